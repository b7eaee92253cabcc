/**
 * Finding the header of a "danh sách trích ngang" (SPEC E3): score rows against the
 * header names offices use (folded: no case, no diacritics, no punctuation),
 * including the two-row header where "Năm sinh" is merged over "Nam" and "Nữ".
 */
import { FIELD_KEYS, type FieldKey } from "../../domain/delegate-lists.ts";
import { cleanText, foldVietnamese } from "../../domain/text.ts";
import { columnLetter, columnNumber } from "../files/cell-text.ts";
import type { SheetReader } from "./sheet-reader.ts";

export { FIELD_KEYS, FIELD_LABELS, type FieldKey } from "../../domain/delegate-lists.ts";

/** Field → Excel column letter ("B"), or null when the list has no such column. */
export type ColumnMapping = Record<FieldKey, string | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, null])) as ColumnMapping;
}

/** How many rows from the top are tried as the header (title blocks are a few rows tall). */
export const HEADER_SCAN_ROWS = 30;

interface Rule {
  field: FieldKey;
  exact: readonly string[];
  prefix?: readonly string[];
}

/** In order: the first rule that matches wins ("năm sinh nam" before "năm sinh"). */
const RULES: readonly Rule[] = [
  { field: "stt", exact: ["stt", "tt", "so tt", "so thu tu", "thu tu"] },
  {
    field: "fullName",
    exact: ["ho va ten", "ho ten", "ho va ten dai bieu", "ho ten dai bieu", "ho va ten nguoi duoc de nghi"],
    prefix: ["ho va ten", "ho ten"],
  },
  // A name in two columns: the family-and-middle part here, the given name under "Tên".
  {
    field: "fullName",
    exact: ["ho va dem", "ho dem", "ho va ten dem", "ho va chu dem", "ho lot", "ho"],
  },
  { field: "givenName", exact: ["ten", "ten goi"] },
  { field: "birthYearMale", exact: ["nam sinh nam", "nam sinh cua nam"] },
  { field: "birthYearFemale", exact: ["nam sinh nu", "nam sinh cua nu"] },
  {
    field: "birthYear",
    exact: ["nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam"],
    prefix: ["nam sinh", "ngay sinh", "ngay thang nam sinh"],
  },
  { field: "gender", exact: ["gioi tinh", "gioi", "phai", "nam nu"], prefix: ["gioi tinh"] },
  { field: "ethnicity", exact: ["dan toc"], prefix: ["dan toc"] },
  { field: "position", exact: ["chuc vu", "chuc danh"], prefix: ["chuc vu", "chuc danh"] },
  {
    field: "workplace",
    exact: ["don vi", "don vi cong tac", "noi cong tac", "co quan don vi", "co quan cong tac", "co quan"],
    prefix: ["don vi cong tac", "noi cong tac", "co quan don vi", "co quan cong tac"],
  },
  {
    field: "achievement",
    exact: ["thanh tich", "tom tat thanh tich", "danh hieu thanh tich"],
    prefix: ["thanh tich", "tom tat thanh tich"],
  },
  {
    field: "category",
    exact: ["doi tuong", "thanh phan", "loai dai bieu", "doi tuong dai bieu", "thanh phan dai bieu"],
    prefix: ["doi tuong", "thanh phan"],
  },
  { field: "note", exact: ["ghi chu"], prefix: ["ghi chu"] },
];

/** "Chức vụ – Đơn vị công tác" → "chuc vu don vi cong tac". */
export function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();
}

/** Lower-case with diacritics kept: "Nam" (male) must not be read as "Năm" (year). */
function subKey(text: string): string {
  return cleanText(text)
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isMaleHeader(text: string): boolean {
  return subKey(text) === "nam";
}

function isFemaleHeader(text: string): boolean {
  const k = subKey(text);
  return k === "nữ" || k === "nu";
}

/** The field a header text names, or null. Long texts (titles) only match exactly. */
export function matchHeader(text: string): FieldKey | null {
  if (isMaleHeader(text)) return "birthYearMale";
  if (isFemaleHeader(text)) return "birthYearFemale";
  const key = headerKey(text);
  if (!key) return null;
  for (const rule of RULES) {
    if (rule.exact.includes(key)) return rule.field;
    if (key.length <= 60 && rule.prefix?.some((p) => key.startsWith(`${p} `))) return rule.field;
  }
  return null;
}

export interface HeaderDetection {
  sheetName: string;
  /** The (first) header row, 1-based as in Excel. */
  headerRow: number;
  /** 1, or 2 for a header with Nam/Nữ sub-columns. */
  headerRows: number;
  mapping: ColumnMapping;
  /** Column letter → header text, as written (both rows joined), for the mapping UI. */
  headers: Record<string, string>;
  score: number;
}

/**
 * The Nam/Nữ sub-columns in the row under `row`: each must sit under a parent
 * merged across columns ("Năm sinh" or "Giới tính") or under nothing, and both a
 * Nam and a Nữ column must be there — so a first data row saying "Nam" under a
 * plain "Giới tính" header is not taken for a sub-header.
 */
function subHeaderFields(sheet: SheetReader, row: number): Map<number, FieldKey> {
  const found = new Map<number, FieldKey>();
  for (let col = 1; col <= sheet.scanColumns; col++) {
    if (sheet.continuesFromAbove(row + 1, col)) continue;
    const sub = cleanText(sheet.headerText(row + 1, col));
    const field = sub ? matchHeader(sub) : null;
    if (field !== "birthYearMale" && field !== "birthYearFemale") continue;
    const top = cleanText(sheet.headerText(row, col));
    const parent = top ? matchHeader(top) : null;
    const merged = sheet.masterOf(row, col) !== null || sheet.spanWidth(row, col) > 1;
    if (!top || ((parent === "birthYear" || parent === "gender") && merged)) found.set(col, field);
  }
  const values = [...found.values()];
  const paired = values.includes("birthYearMale") && values.includes("birthYearFemale");
  return paired ? found : new Map();
}

/** Tries `row` as the header row; null when it has no "Họ và tên" column. */
export function detectAt(sheet: SheetReader, row: number): HeaderDetection | null {
  const mapping = emptyMapping();
  const headers: Record<string, string> = {};
  const subFields = subHeaderFields(sheet, row);
  let usedSubRow = subFields.size > 0;

  for (let col = 1; col <= sheet.scanColumns; col++) {
    const top = cleanText(sheet.headerText(row, col));
    const sub = sheet.continuesFromAbove(row + 1, col) ? "" : cleanText(sheet.headerText(row + 1, col));
    const topMaster = sheet.masterOf(row, col);
    const topIsSideSlave = topMaster !== null && topMaster.col !== col;

    let field: FieldKey | null = subFields.get(col) ?? null;
    if (!field && top && !topIsSideSlave) field = matchHeader(top);

    const label = [top, sub].filter(Boolean).join(" – ");
    if (label) headers[columnLetter(col)] = label;
    if (field && mapping[field] === null) mapping[field] = columnLetter(col);
  }

  // "Họ và tên" merged over two columns: the second holds the given name.
  if (mapping.fullName && !mapping.givenName) {
    const col = columnNumber(mapping.fullName) ?? 0;
    if (sheet.spanWidth(row, col) === 2) mapping.givenName = columnLetter(col + 1);
  }
  if (mapping.givenName && !usedSubRow) {
    const col = columnNumber(mapping.givenName) ?? 0;
    const sub = sheet.continuesFromAbove(row + 1, col) ? "" : sheet.headerText(row + 1, col);
    if (sheet.masterOf(row, col) !== null && matchHeader(sub) === "givenName") usedSubRow = true;
  }

  // A row is the header when enough known columns are found. The name column counts double:
  // without it, three other columns are needed, and the user then picks the name column
  // in the mapping (a header like "Người được đề nghị" is not guessed).
  const matched = FIELD_KEYS.filter((k) => mapping[k] !== null).length;
  const score = matched - (mapping.givenName ? 1 : 0) + (mapping.fullName ? 1 : 0);
  if (score < 3) return null;
  return { sheetName: sheet.name, headerRow: row, headerRows: usedSubRow ? 2 : 1, mapping, headers, score };
}

/** The best-scoring header row among the first HEADER_SCAN_ROWS rows; ties go to the earlier row. */
export function detectHeader(sheet: SheetReader): HeaderDetection | null {
  let best: HeaderDetection | null = null;
  const last = Math.min(sheet.lastRow, HEADER_SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    const found = detectAt(sheet, row);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/** The headers a list is expected to have, for the "no header found" message. */
export const EXPECTED_HEADERS_TEXT =
  "“STT”, “Họ và tên”, “Năm sinh” (hoặc hai cột “Nam”, “Nữ” dưới “Năm sinh”), “Giới tính”, “Dân tộc”, " +
  "“Chức vụ, đơn vị công tác”, “Thành tích”, “Đối tượng”, “Ghi chú”";
