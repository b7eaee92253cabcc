/**
 * Import of a "danh sách trích ngang" (delegate summary list) as offices really
 * make them (SPEC E3): title block, two-row merged headers with Nam/Nữ birth-year
 * columns, header spelling variants, blank rows, section headings, a signature
 * footer, the list on any sheet. Pure: bytes in, rows and Vietnamese errors out —
 * no database, no HTTP. All or nothing is the caller's rule: save only when
 * `errors` is empty; show every error otherwise.
 */
import type ExcelJS from "exceljs";
import { foldVietnamese } from "../../domain/text.ts";
import { columnNumber } from "../files/cell-text.ts";
import { FileRefusedError } from "../files/refusal.ts";
import type { XlsxGuardLimits } from "../files/xlsx-guard.ts";
import { readXlsx } from "../files/xlsx-read.ts";
import {
  type ColumnMapping,
  detectAt,
  detectHeader,
  EXPECTED_HEADERS_TEXT,
  emptyMapping,
  FIELD_KEYS,
  FIELD_LABELS,
  type FieldKey,
  HEADER_SCAN_ROWS,
  type HeaderDetection,
} from "./delegate-headers.ts";
import { isColumnNumberRow, isFooterRow, isHeadingRow } from "./delegate-layout.ts";
import {
  type DelegateImportError,
  type ParsedDelegateRow,
  parseDelegateRow,
  type RowCells,
} from "./delegate-row.ts";
import { SheetReader } from "./sheet-reader.ts";

export type { ColumnMapping, FieldKey } from "./delegate-headers.ts";
export { FIELD_KEYS, FIELD_LABELS } from "./delegate-headers.ts";
export type { DelegateImportError, ParsedDelegateRow } from "./delegate-row.ts";

export const DEFAULT_MAX_ROWS = 5000;

export interface ParseDelegateListOptions {
  /** Columns chosen by the user (field → letter, null = no such column), over the detected ones. */
  mapping?: Partial<Record<FieldKey, string | null>>;
  /** The sheet to read; by default the visible sheet whose header scores best. */
  sheetName?: string;
  /** The header row to use instead of searching for it. */
  headerRow?: number;
  /** Most data rows accepted (default 5,000). */
  maxRows?: number;
  /** "Today" for the birth-year window 1900 … year − 14 (default: now). */
  today?: Date;
  /** Limits of the file check done before parsing. */
  guard?: Partial<XlsxGuardLimits>;
}

export interface DelegateListParseResult {
  sheetName: string | null;
  sheetNames: string[];
  headerRow: number | null;
  mapping: ColumnMapping;
  /** Column letter → header text as written, for the mapping screen. */
  headers: Record<string, string>;
  rows: ParsedDelegateRow[];
  errors: DelegateImportError[];
}

const fileError = (message: string): DelegateImportError => ({ row: 0, column: "", message });
const intVi = new Intl.NumberFormat("vi-VN");

function emptyResult(errors: DelegateImportError[], sheetNames: string[] = []): DelegateListParseResult {
  return {
    sheetName: null,
    sheetNames,
    headerRow: null,
    mapping: emptyMapping(),
    headers: {},
    rows: [],
    errors,
  };
}

function isVisible(ws: ExcelJS.Worksheet): boolean {
  return ws.state !== "hidden" && ws.state !== "veryHidden";
}

/** The user's mapping over the detected one, checked. */
function applyOverride(
  detected: ColumnMapping,
  override: ParseDelegateListOptions["mapping"],
  headerRow: number,
  errors: DelegateImportError[],
): ColumnMapping {
  const mapping = { ...detected };
  for (const key of FIELD_KEYS) {
    if (!override || !(key in override)) continue;
    const value = override[key];
    if (value === undefined) continue;
    if (value === null || value.trim() === "") {
      mapping[key] = null;
      continue;
    }
    const n = columnNumber(value);
    if (n === null) {
      errors.push({
        row: headerRow,
        column: value,
        field: key,
        message: `Cột “${value}” chọn cho “${FIELD_LABELS[key]}” không hợp lệ: ghi chữ cái của cột, ví dụ “B”.`,
      });
      mapping[key] = null;
    } else mapping[key] = value.trim().toUpperCase();
  }
  const owner = new Map<string, FieldKey>();
  for (const key of FIELD_KEYS) {
    const col = mapping[key];
    if (!col) continue;
    const other = owner.get(col);
    if (other) {
      errors.push({
        row: headerRow,
        column: col,
        field: key,
        message: `Cột ${col} được chọn cho cả “${FIELD_LABELS[other]}” và “${FIELD_LABELS[key]}”: mỗi cột chỉ dùng cho một thông tin.`,
      });
    } else owner.set(col, key);
  }
  if (!mapping.fullName) {
    errors.push({ row: headerRow, column: "", field: "fullName", message: "Chưa chọn cột “Họ và tên”." });
  }
  return mapping;
}

function chooseSheet(
  wb: ExcelJS.Workbook,
  options: ParseDelegateListOptions,
): { sheet: SheetReader; detection: HeaderDetection | null } | string {
  if (options.sheetName !== undefined) {
    const wanted = foldVietnamese(options.sheetName);
    const ws = wb.worksheets.find((w) => w.name === options.sheetName || foldVietnamese(w.name) === wanted);
    if (!ws) {
      const names = wb.worksheets.map((w) => `“${w.name}”`).join(", ");
      return `Không có trang tính “${options.sheetName}” trong tệp. Các trang tính: ${names}.`;
    }
    const sheet = new SheetReader(ws);
    return { sheet, detection: options.headerRow ? detectAt(sheet, options.headerRow) : detectHeader(sheet) };
  }
  let best: { sheet: SheetReader; detection: HeaderDetection | null } | null = null;
  for (const ws of wb.worksheets.filter(isVisible)) {
    const sheet = new SheetReader(ws);
    const detection = options.headerRow ? detectAt(sheet, options.headerRow) : detectHeader(sheet);
    if (!best || (detection && (!best.detection || detection.score > best.detection.score))) {
      best = { sheet, detection };
    }
  }
  return best ?? "Tệp Excel không có trang tính nào đang hiện (các trang tính trống hoặc đều bị ẩn).";
}

/**
 * Parses a delegate list from the file's bytes, read by the one guarded xlsx reader.
 * Never throws for a bad file: a refused file is the one error of row 0.
 */
export async function parseDelegateList(
  buffer: Uint8Array,
  options: ParseDelegateListOptions = {},
): Promise<DelegateListParseResult> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await readXlsx(buffer, options.guard);
  } catch (error) {
    if (error instanceof FileRefusedError) return emptyResult([fileError(error.message)]);
    throw error;
  }
  return parseDelegateWorkbook(wb, options);
}

/** Parses a delegate list from a workbook already opened (see readXlsx). */
export function parseDelegateWorkbook(
  wb: ExcelJS.Workbook,
  options: Omit<ParseDelegateListOptions, "guard"> = {},
): DelegateListParseResult {
  const sheetNames = wb.worksheets.map((w) => w.name);

  const chosen = chooseSheet(wb, options);
  if (typeof chosen === "string") return emptyResult([fileError(chosen)], sheetNames);
  const { sheet, detection } = chosen;

  const headerRow = detection?.headerRow ?? options.headerRow ?? null;
  if (headerRow === null || (!detection && !options.mapping?.fullName)) {
    const where =
      options.sheetName !== undefined || options.headerRow !== undefined
        ? `trang tính “${sheet.name}”${options.headerRow ? `, dòng ${options.headerRow}` : ""}`
        : `${HEADER_SCAN_ROWS} dòng đầu của các trang tính`;
    return emptyResult(
      [
        fileError(
          `Không tìm thấy dòng tiêu đề của danh sách (${where}). Danh sách cần có dòng tiêu đề với các cột như ${EXPECTED_HEADERS_TEXT}; bắt buộc có cột “Họ và tên”.`,
        ),
      ],
      sheetNames,
    );
  }

  const errors: DelegateImportError[] = [];
  const mapping = applyOverride(detection?.mapping ?? emptyMapping(), options.mapping, headerRow, errors);
  const base = {
    sheetName: sheet.name,
    sheetNames,
    headerRow,
    mapping,
    headers: detection?.headers ?? {},
  };
  if (errors.length > 0) return { ...base, rows: [], errors };

  const rows = readRows(sheet, mapping, headerRow + (detection?.headerRows ?? 1), options, errors);
  if (rows.length === 0 && errors.length === 0) {
    errors.push({
      row: headerRow,
      column: "",
      message: `Danh sách không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow}, trang tính “${sheet.name}”).`,
    });
  }
  return { ...base, rows, errors };
}

function readRows(
  sheet: SheetReader,
  mapping: ColumnMapping,
  firstRow: number,
  options: ParseDelegateListOptions,
  errors: DelegateImportError[],
): ParsedDelegateRow[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const year = (options.today ?? new Date()).getFullYear();
  const rules = { minBirthYear: 1900, maxBirthYear: year - 14 };
  const colOf = (key: FieldKey) => (mapping[key] ? (columnNumber(mapping[key]) ?? 0) : 0);
  const sttCol = colOf("stt");
  const nameCol = colOf("fullName");
  const dataFields = FIELD_KEYS.filter((k) => k !== "stt" && mapping[k]);
  const dataCols = new Set(dataFields.map(colOf));

  const rows: ParsedDelegateRow[] = [];
  let count = 0;
  let beforeFirst = true;
  for (let r = firstRow; r <= sheet.lastRow; r++) {
    const filled = sheet.filledCells(r);
    const cells: RowCells = {};
    for (const key of dataFields)
      cells[key] = { column: mapping[key]!, content: sheet.content(r, colOf(key)) };
    const anyData = dataFields.some((k) => cells[k]!.content.kind !== "empty");
    if (filled.length === 0 && !anyData) continue;

    const stt = sttCol ? sheet.text(r, sttCol).trim() : "";
    const name = sheet.text(r, nameCol).trim();
    if (beforeFirst) {
      beforeFirst = false;
      if (
        isColumnNumberRow(
          filled.map((c) => c.text),
          name,
        )
      )
        continue;
    }
    const shape = {
      stt,
      name,
      filled: filled.map((c) => ({ col: c.col, text: c.text, span: sheet.spanWidth(r, c.col) })),
      sttCol,
      dataCols,
      otherMappedFilled: dataFields.filter((k) => k !== "fullName" && cells[k]!.content.kind !== "empty")
        .length,
    };
    if (isFooterRow(shape)) break;
    if (!anyData || isHeadingRow(shape)) continue;

    count++;
    if (count > maxRows) {
      errors.push({
        row: r,
        column: "",
        message: `Danh sách có hơn ${intVi.format(maxRows)} dòng dữ liệu (giới hạn ${intVi.format(maxRows)} dòng, vượt từ dòng ${r}): hãy chia thành nhiều tệp.`,
      });
      break;
    }
    const parsed = parseDelegateRow(r, cells, rules);
    errors.push(...parsed.errors);
    if (parsed.value) rows.push(parsed.value);
  }
  return rows;
}
