/**
 * A delegate list saved as CSV (issue #10 item 6; SPEC E3): UTF-8 with or without a
 * BOM, or Windows-1258 (Excel's "CSV" on a Vietnamese Windows) detected and decoded;
 * comma, semicolon or tab found from the first line; quoted fields with line breaks
 * and doubled quotes. The rows become a one-sheet workbook, so the same header search,
 * mapping, preview and all-or-nothing save apply.
 */
import type ExcelJS from "exceljs";

export type CsvEncoding = "utf-8" | "windows-1258";

/** Bytes → text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1258; NFC either way. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(body).normalize("NFC"),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("windows-1258").decode(body).normalize("NFC"), encoding: "windows-1258" };
  }
}

/** The separator of the first line (outside quotes): the most frequent of tab, semicolon and comma. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    ["\t", 0],
    [";", 0],
    [",", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  let most = 0;
  for (const [d, n] of counts)
    if (n > most) {
      best = d;
      most = n;
    }
  return best;
}

/** RFC 4180 rows (a quoted field may hold the separator, line breaks and "" for a quote). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** The CSV's rows as a workbook of one sheet named after the file type. */
export async function csvWorkbook(rows: string[][]): Promise<ExcelJS.Workbook> {
  // exceljs loads on first use (issue #11 item 1).
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet("CSV");
  rows.forEach((values, r) => {
    values.forEach((v, c) => {
      if (v.trim() !== "") ws.getCell(r + 1, c + 1).value = v;
    });
  });
  return wb;
}
