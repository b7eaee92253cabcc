/**
 * Reads an uploaded xlsx, judged by its content, never by its name: a ZIP
 * container (PK\x03\x04) holding a workbook, of bounded unpacked size, that
 * exceljs can open.
 */
import ExcelJS from "exceljs";
import { AppError } from "../../http/errors.ts";
import { cellPlain, type SheetRow } from "./sheet-format.ts";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Unpacked size and entry count limits, against ZIP bombs. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const notXlsx = (why: string) =>
  new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    `Tệp không phải là bảng tính Excel (.xlsx) hợp lệ: ${why} Hãy mở tệp bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`,
  );

/** Names of the ZIP entries, after checking the signature and the sizes the central directory declares. */
export function checkXlsxContainer(buf: Buffer): Set<string> {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL_HEADER) {
    throw notXlsx(
      "nội dung tệp không phải dạng .xlsx (tệp .xls cũ, .csv, văn bản hay tệp chỉ đổi đuôi đều không đọc được).",
    );
  }
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === END_OF_CENTRAL) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx("tệp nén bị hỏng hoặc không đầy đủ.");
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) throw new AppError("PAYLOAD_TOO_LARGE", "Tệp chứa quá nhiều thành phần.");
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_HEADER) throw notXlsx("tệp nén bị hỏng.");
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > buf.length) throw notXlsx("tệp nén bị hỏng.");
    names.add(buf.toString("utf8", p + 46, p + 46 + nameLen));
    total += size;
    if (size === 0xffffffff || total > MAX_UNZIPPED_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", "Tệp sau khi giải nén quá lớn, không thể đọc.");
    }
    p += 46 + skip;
  }
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw notXlsx("tệp nén không chứa bảng tính (có thể là tệp Word hoặc tệp nén khác).");
  }
  return names;
}

export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  checkXlsxContainer(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw notXlsx("không đọc được nội dung bảng tính.");
  }
  if (wb.worksheets.length === 0) throw notXlsx("tệp không có trang tính nào.");
  return wb;
}

/** Rows of a worksheet as plain values; cells by 0-based column. */
export function sheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellPlain(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}
