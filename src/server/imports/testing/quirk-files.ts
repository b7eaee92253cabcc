/**
 * Test helper (issue #10 "Done when"): delegate lists the way offices really type
 * them, built in code — TCVN3 and VNI text (names and headers, with or without the
 * legacy font), names in two columns, CSV in UTF-8 or Windows-1258, and .xls made by
 * LibreOffice from an .xlsx.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { type LegacyEncoding, unicodeToLegacy } from "../../../domain/legacy-encodings.ts";
import { type Cell, putRows } from "./delegate-workbooks.ts";

/** A one-sheet list whose text cells (headers too, when asked) are typed in a legacy encoding. */
export function legacyList(
  encoding: LegacyEncoding,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  options: { legacyHeaders?: boolean; font?: string } = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  const put = (r: number, values: ReadonlyArray<Cell>, legacy: boolean) =>
    values.forEach((v, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = typeof v === "string" && legacy ? unicodeToLegacy(v, encoding) : v;
      if (options.font && legacy) cell.font = { name: options.font };
    });
  put(1, header, options.legacyHeaders ?? false);
  rows.forEach((values, i) => {
    put(i + 2, values, true);
  });
  return wb;
}

/** A list whose name is "Họ và tên" merged over two columns (B:C), the sub-row naming "Họ đệm" and "Tên". */
export function mergedNameList(rows: ReadonlyArray<ReadonlyArray<Cell>>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.mergeCells("A1:A2");
  ws.getCell("A1").value = "STT";
  ws.mergeCells("B1:C1");
  ws.getCell("B1").value = "Họ và tên";
  ws.getCell("B2").value = "Họ đệm";
  ws.getCell("C2").value = "Tên";
  ws.mergeCells("D1:D2");
  ws.getCell("D1").value = "Năm sinh";
  ws.mergeCells("E1:E2");
  ws.getCell("E1").value = "Giới tính";
  putRows(ws, 3, rows);
  return wb;
}

const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

/** Windows-1258 bytes for a Unicode text (tones as combining bytes where no precomposed byte exists). */
export function encodeWindows1258(text: string): Buffer {
  const decoder = new TextDecoder("windows-1258");
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!byChar.has(ch)) byChar.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const d = [...ch.normalize("NFD")];
    const toneMark = d.find((c) => TONE_MARKS.includes(c)) ?? "";
    const base = byChar.get(
      d
        .filter((c) => c !== toneMark)
        .join("")
        .normalize("NFC"),
    );
    const tone = byChar.get(toneMark);
    if (base === undefined || tone === undefined) throw new Error(`no Windows-1258 byte for ${ch}`);
    out.push(base, tone);
  }
  return Buffer.from(out);
}

/** CSV text from rows (fields with the separator, quotes or line breaks are quoted). */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator = ","): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",;\t\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(separator)).join("\r\n")}\r\n`;
}

/** Excel 97–2003 (.xls) bytes of a workbook, converted by LibreOffice Calc. */
export async function toXls(wb: ExcelJS.Workbook): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-test-xls-"));
  try {
    const input = join(dir, "list.xlsx");
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xls:MS Excel 97",
        "--outdir",
        dir,
        input,
      ],
      { timeout: 120_000, stdio: "ignore" },
    );
    return readFileSync(join(dir, "list.xls"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
