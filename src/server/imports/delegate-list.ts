/**
 * Import of a "danh sách trích ngang" (delegate summary list) as offices really
 * make them (SPEC E3): title block, two-row merged headers with Nam/Nữ birth-year
 * columns, header spelling variants, blank rows, section headings, a signature
 * footer, the list on the sheet with the most data rows; text in TCVN3/VNI made
 * Unicode and invisible characters removed first (issue #10). Pure: bytes in, rows,
 * warnings and Vietnamese errors out —
 * no database, no HTTP. All or nothing is the caller's rule: save only when
 * `errors` is empty; show every error otherwise.
 */
import type ExcelJS from "exceljs";
import { foldVietnamese } from "../../domain/text.ts";
import { columnNumber } from "../files/cell-text.ts";
import { FileRefusedError } from "../files/refusal.ts";
import type { XlsxGuardLimits } from "../files/xlsx-guard.ts";
import {
  type ColumnMapping,
  detectAt,
  detectHeader,
  EXPECTED_HEADERS_TEXT,
  emptyMapping,
  FIELD_KEYS,
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
import { type OpenedList, openDelegateListFile } from "./list-source.ts";
import { applyOverride } from "./mapping-override.ts";
import { SheetReader } from "./sheet-reader.ts";
import { normaliseWorkbookText, textNotes } from "./workbook-text.ts";

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
  /** The conference's date (yyyy-mm-dd): birth years 1900 … it, ages counted at it (default: today). */
  referenceDate?: string;
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
  /** Rows read with something changed or worth a look; nothing refused. */
  warnings: DelegateImportError[];
  /** What was done to the file as a whole (legacy encoding converted, invisible characters removed, sheet chosen). */
  notes: string[];
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
    warnings: [],
    notes: [],
  };
}

function isVisible(ws: ExcelJS.Worksheet): boolean {
  return ws.state !== "hidden" && ws.state !== "veryHidden";
}

type Candidate = { sheet: SheetReader; detection: HeaderDetection | null; dataRows: number };

/** Data rows under the detected header (an instructions sheet's example table has a few). */
function countDataRows(
  sheet: SheetReader,
  detection: HeaderDetection | null,
  options: ParseDelegateListOptions,
) {
  if (!detection) return 0;
  const probe: DelegateImportError[] = [];
  const first = detection.headerRow + detection.headerRows;
  return readRows(sheet, detection.mapping, first, options, probe, []).length;
}

function chooseSheet(wb: ExcelJS.Workbook, options: ParseDelegateListOptions): Candidate | string {
  if (options.sheetName !== undefined) {
    const wanted = foldVietnamese(options.sheetName);
    const ws = wb.worksheets.find((w) => w.name === options.sheetName || foldVietnamese(w.name) === wanted);
    if (!ws) {
      const names = wb.worksheets.map((w) => `“${w.name}”`).join(", ");
      return `Không có trang tính “${options.sheetName}” trong tệp. Các trang tính: ${names}.`;
    }
    const sheet = new SheetReader(ws);
    const detection = options.headerRow ? detectAt(sheet, options.headerRow) : detectHeader(sheet);
    return { sheet, detection, dataRows: 0 };
  }
  const candidates = wb.worksheets.filter(isVisible).map((ws) => {
    const sheet = new SheetReader(ws);
    return { sheet, detection: options.headerRow ? detectAt(sheet, options.headerRow) : detectHeader(sheet) };
  });
  const withHeader = candidates.filter((c) => c.detection !== null);
  // Several sheets with a list header (an instructions sheet's example table, a copy): the most rows win.
  const counted = withHeader.map((c) => ({
    ...c,
    dataRows: withHeader.length > 1 ? countDataRows(c.sheet, c.detection, options) : 0,
  }));
  let best: Candidate | null = counted[0] ?? (candidates[0] ? { ...candidates[0], dataRows: 0 } : null);
  for (const c of counted.slice(1)) {
    const better =
      c.dataRows > best!.dataRows ||
      (c.dataRows === best!.dataRows && c.detection!.score > best!.detection!.score);
    if (better) best = c;
  }
  return best ?? "Tệp Excel không có trang tính nào đang hiện (các trang tính trống hoặc đều bị ẩn).";
}

/**
 * Parses a delegate list from the file's bytes (.xlsx, .xls or CSV; see list-source).
 * Never throws for a bad file: a refused file is the one error of row 0.
 */
export async function parseDelegateList(
  buffer: Uint8Array,
  options: ParseDelegateListOptions = {},
): Promise<DelegateListParseResult> {
  let opened: OpenedList;
  try {
    opened = await openDelegateListFile(buffer, options.guard);
  } catch (error) {
    if (error instanceof FileRefusedError) return emptyResult([fileError(error.message)]);
    throw error;
  }
  const parsed = parseDelegateWorkbook(opened.workbook, options);
  return { ...parsed, notes: [...opened.notes, ...parsed.notes] };
}

/** Parses a delegate list from a workbook already opened (see readXlsx). */
export function parseDelegateWorkbook(
  wb: ExcelJS.Workbook,
  options: Omit<ParseDelegateListOptions, "guard"> = {},
): DelegateListParseResult {
  const sheetNames = wb.worksheets.map((w) => w.name);
  const notes = textNotes(normaliseWorkbookText(wb));

  const chosen = chooseSheet(wb, options);
  if (typeof chosen === "string") return { ...emptyResult([fileError(chosen)], sheetNames), notes };
  const { sheet, detection } = chosen;

  const headerRow = detection?.headerRow ?? options.headerRow ?? null;
  if (headerRow === null || (!detection && !options.mapping?.fullName)) {
    const where =
      options.sheetName !== undefined || options.headerRow !== undefined
        ? `trang tính “${sheet.name}”${options.headerRow ? `, dòng ${options.headerRow}` : ""}`
        : `${HEADER_SCAN_ROWS} dòng đầu của các trang tính`;
    const missing = fileError(
      `Không tìm thấy dòng tiêu đề của danh sách (${where}). Danh sách cần có dòng tiêu đề với các cột như ${EXPECTED_HEADERS_TEXT}; bắt buộc có cột “Họ và tên”.`,
    );
    return { ...emptyResult([missing], sheetNames), notes };
  }

  const errors: DelegateImportError[] = [];
  const mapping = applyOverride(detection?.mapping ?? emptyMapping(), options.mapping, headerRow, errors);
  const base = {
    sheetName: sheet.name,
    sheetNames,
    headerRow,
    mapping,
    headers: detection?.headers ?? {},
    notes,
  };
  if (errors.length > 0) return { ...base, rows: [], errors, warnings: [] };

  if (options.sheetName === undefined && sheetNames.length > 1)
    notes.push(
      `Đã đọc trang tính “${sheet.name}” (trang có nhiều dòng dữ liệu nhất); có thể chọn trang tính khác.`,
    );
  const warnings: DelegateImportError[] = [];
  const rows = readRows(sheet, mapping, headerRow + (detection?.headerRows ?? 1), options, errors, warnings);
  if (rows.length === 0 && errors.length === 0) {
    errors.push({
      row: headerRow,
      column: "",
      message: `Danh sách không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow}, trang tính “${sheet.name}”).`,
    });
  }
  return { ...base, rows, errors, warnings };
}

function readRows(
  sheet: SheetReader,
  mapping: ColumnMapping,
  firstRow: number,
  options: ParseDelegateListOptions,
  errors: DelegateImportError[],
  warnings: DelegateImportError[],
): ParsedDelegateRow[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const referenceDate = options.referenceDate ?? new Date().toISOString().slice(0, 10);
  const rules = {
    minBirthYear: 1900,
    maxBirthYear: Number(referenceDate.slice(0, 4)),
    referenceDate,
    warnUnderAge: 15,
  };
  const colOf = (key: FieldKey) => (mapping[key] ? (columnNumber(mapping[key]) ?? 0) : 0);
  const sttCol = colOf("stt");
  const nameCol = colOf("fullName");
  const givenCol = colOf("givenName");
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
    const name = [sheet.text(r, nameCol), givenCol ? sheet.text(r, givenCol) : ""].join(" ").trim();
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
      otherMappedFilled: dataFields.filter(
        (k) => k !== "fullName" && k !== "givenName" && cells[k]!.content.kind !== "empty",
      ).length,
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
    warnings.push(...parsed.warnings);
    if (parsed.value) rows.push(parsed.value);
  }
  return rows;
}
