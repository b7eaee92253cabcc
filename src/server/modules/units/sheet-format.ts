/**
 * Pure helpers for the unit sheet (B1): cell values, numbers, yes/no, and
 * finding the header row by its (diacritic-folded) column names.
 */
import type ExcelJS from "exceljs";
import { cleanText, foldVietnamese, formatDateVi } from "../../../domain/text.ts";
import { type ImportError, UNIT_SHEET_COLUMNS, type UnitSheetKey } from "../../../domain/units.ts";
import { readCellValue } from "../../files/cell-text.ts";

/** A cell reduced to a plain value (rich text, hyperlinks and formula results unwrapped). */
export type SheetCell = string | number | boolean | Date | null;
/** One sheet row: its 1-based row number and cells by 0-based column. */
export type SheetRow = { row: number; cells: SheetCell[] };
export type HeaderMap = { row: number; columns: Partial<Record<UnitSheetKey, number>> };

export const columnHeader = (key: UnitSheetKey): string =>
  UNIT_SHEET_COLUMNS.find((c) => c.key === key)!.header;

/** A cell as a plain value, read by the one cell reader (rich text, hyperlinks, formula results). */
export function cellPlain(value: unknown): SheetCell {
  const content = readCellValue(value);
  switch (content.kind) {
    case "empty":
    case "formula-without-result":
      return null;
    case "text":
      return content.text;
    case "error":
      return content.error;
    default:
      return content.value;
  }
}

/** Rows of a worksheet as plain values; cells by 0-based column. */
export function sheetRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellPlain(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** Text of a cell, NFC and trimmed; "" when empty. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cleanText(cell);
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "Có" : "Không";
  return formatDateVi(cell);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MAX_COUNT = 10_000_000;

/** A non-negative whole number, or null for an empty cell. "1.150" and "1 150" read as 1150. */
export function parseCount(cell: SheetCell | undefined): Parsed<number | null> {
  const shown = cellText(cell);
  if (shown === "") return { ok: true, value: null };
  let n: number;
  if (typeof cell === "number") n = cell;
  else if (/^-?\d+$/u.test(shown)) n = Number(shown);
  else if (/^\d{1,3}([. ]\d{3})+$/u.test(shown)) n = Number(shown.replace(/[. ]/gu, ""));
  else if (/^-\s*\d/u.test(shown)) return { ok: false, message: `"${shown}" không hợp lệ: không được âm.` };
  else return { ok: false, message: `"${shown}" không phải là số nguyên không âm.` };
  if (n < 0) return { ok: false, message: `"${shown}" không hợp lệ: không được âm.` };
  if (!Number.isInteger(n)) return { ok: false, message: `"${shown}" không hợp lệ: phải là số nguyên.` };
  if (n > MAX_COUNT) return { ok: false, message: `"${shown}" quá lớn.` };
  return { ok: true, value: n };
}

const YES = new Set(["co", "x", "1", "true", "yes", "dang hoat dong", "hoat dong"]);
const NO = new Set(["khong", "0", "false", "no", "ngung", "ngung hoat dong"]);

/** "Có" / "Không" (also x, 1/0); null for an empty cell. */
export function parseYesNo(cell: SheetCell | undefined): Parsed<boolean | null> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const shown = cellText(cell);
  if (shown === "") return { ok: true, value: null };
  const folded = foldVietnamese(shown);
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false, message: `"${shown}" không hợp lệ; hãy ghi "Có" hoặc "Không".` };
}

/** Header text → key: folded, punctuation dropped ("Mã đơn vị (*)" → "ma don vi"). */
export function normalizeHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();
}

const HEADER_ALIASES: Record<string, UnitSheetKey> = {
  ma: "code",
  "ma don vi": "code",
  ten: "name",
  "ten don vi": "name",
  loai: "kind",
  "loai don vi": "kind",
  "ma don vi cap tren": "parentCode",
  "don vi cap tren": "parentCode",
  "ma cap tren": "parentCode",
  "cap tren": "parentCode",
  "so lao dong": "workforce",
  "lao dong": "workforce",
  "dan so": "population",
  "cum thi dua": "cluster",
  cum: "cluster",
  "dia chi": "address",
  diem: "pilot",
  "don vi diem": "pilot",
  "dang hoat dong": "active",
  "hoat dong": "active",
  "trang thai": "active",
};

export const REQUIRED_COLUMNS: UnitSheetKey[] = ["code", "name", "kind"];

function headerColumns(row: SheetRow): HeaderMap["columns"] {
  const columns: HeaderMap["columns"] = {};
  row.cells.forEach((cell, i) => {
    const key = HEADER_ALIASES[normalizeHeader(cellText(cell))];
    if (key && columns[key] === undefined) columns[key] = i;
  });
  return columns;
}

/**
 * The header row: the first of the top rows naming the required columns
 * (title rows above it are skipped). Otherwise an error naming what is missing.
 */
export function findHeader(rows: SheetRow[], scan = 30): HeaderMap | ImportError {
  let best: { row: number; columns: HeaderMap["columns"]; found: number } | null = null;
  for (const row of rows.slice(0, scan)) {
    const columns = headerColumns(row);
    const found = REQUIRED_COLUMNS.filter((k) => columns[k] !== undefined).length;
    if (found === REQUIRED_COLUMNS.length) return { row: row.row, columns };
    if (found > 0 && (!best || found > best.found)) best = { row: row.row, columns, found };
  }
  const wanted = REQUIRED_COLUMNS.map((k) => `"${columnHeader(k)}"`).join(", ");
  if (best) {
    const missing = REQUIRED_COLUMNS.filter((k) => best.columns[k] === undefined)
      .map((k) => `"${columnHeader(k)}"`)
      .join(", ");
    return {
      row: best.row,
      column: null,
      message: `Dòng ${best.row}: dòng tiêu đề thiếu cột ${missing}. Tệp cần có các cột ${wanted} (như tệp xuất ra từ hệ thống).`,
    };
  }
  return {
    row: null,
    column: null,
    message: `Không tìm thấy dòng tiêu đề. Tệp cần có các cột ${wanted} (như tệp xuất ra từ hệ thống).`,
  };
}

export function isHeaderMap(v: HeaderMap | ImportError): v is HeaderMap {
  return "columns" in v;
}
