/**
 * The one way to open an uploaded .xlsx (issue #7 item 4; SPEC B1, E3, G2): the guard
 * first (a ZIP bomb or a ZIP that lies never reaches exceljs), then exceljs, every
 * failure a FileRefusedError with a Vietnamese message.
 */
import type ExcelJS from "exceljs";
import { FileRefusedError } from "./refusal.ts";
import { checkXlsxBuffer, NOT_XLSX_MESSAGE, type XlsxGuardLimits } from "./xlsx-guard.ts";

export const UNREADABLE_XLSX_MESSAGE = `${NOT_XLSX_MESSAGE}: không đọc được nội dung tệp. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.`;

export async function readXlsx(
  input: Uint8Array,
  limits: Partial<XlsxGuardLimits> = {},
): Promise<ExcelJS.Workbook> {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const verdict = checkXlsxBuffer(buf, limits);
  if (!verdict.ok) throw new FileRefusedError(verdict.reason, verdict.message);
  // exceljs loads on first use (issue #11 item 1): the server starts without it.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileRefusedError("unreadable", UNREADABLE_XLSX_MESSAGE);
  }
  return wb;
}
