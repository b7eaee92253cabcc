/**
 * Reading exceljs cells whatever shape their value has: plain values, shared and
 * rich text, hyperlinks, dates, formulas (their cached result), error values.
 * Formula cells are accepted through their cached result; text that merely starts
 * with "=" is ordinary text (it is stored as a string, never evaluated). The `'` that
 * exports put before such text is taken off (`formula-escape.ts`).
 */
import type ExcelJS from "exceljs";
import { unescapeFormulaText } from "./formula-escape.ts";

export type CellContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "boolean"; value: boolean }
  /** An Excel error value such as #N/A or #REF!, typed or computed. */
  | { kind: "error"; error: string }
  /** A formula whose result was never computed and cached (files written by some tools). */
  | { kind: "formula-without-result"; formula: string };

const EMPTY: CellContent = { kind: "empty" };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function richText(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  return parts.map((p) => (isRecord(p) && typeof p.text === "string" ? p.text : "")).join("");
}

/** Classifies any exceljs cell value (also a formula's result, or a hyperlink's text). */
export function readCellValue(value: ExcelJS.CellValue | unknown): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string")
    // The `'` our exports put before formula-like text is not part of the text (issue #12 item 9).
    return value.trim() === "" ? EMPTY : { kind: "text", text: unescapeFormulaText(value.normalize("NFC")) };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY;
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { kind: "date", value };
  if (!isRecord(value)) return EMPTY;

  if ("formula" in value || "sharedFormula" in value) {
    const formula = String(value.formula ?? value.sharedFormula ?? "");
    if (value.result === undefined || value.result === null)
      return { kind: "formula-without-result", formula };
    return readCellValue(value.result);
  }
  if (typeof value.error === "string") return { kind: "error", error: value.error };
  if ("richText" in value) return readCellValue(richText(value.richText));
  if ("text" in value) {
    // Hyperlink: { text, hyperlink }; its text may itself be rich text.
    const text = value.text;
    return readCellValue(isRecord(text) && "richText" in text ? richText(text.richText) : text);
  }
  return EMPTY;
}

/** dd/mm/yyyy from the UTC parts: exceljs gives dates as UTC midnight, whatever the server's zone. */
export function formatCellDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** The text a person sees for a content, NFC, not trimmed or collapsed (callers clean it). */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case "empty":
    case "formula-without-result":
      return "";
    case "text":
      return content.text;
    case "number":
      return String(content.value);
    case "date":
      return formatCellDate(content.value);
    case "boolean":
      return content.value ? "TRUE" : "FALSE";
    case "error":
      return content.error;
  }
}

/** The text of a cell whatever its value's shape ("" for empty or missing cells). */
export function cellText(cell: ExcelJS.Cell | null | undefined): string {
  if (!cell) return "";
  return contentText(readCellValue(cell.value));
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 1, "aa" → 27; null unless 1–3 letters within Excel's 16,384 columns. */
export function columnNumber(letters: string): number | null {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/u.test(s)) return null;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16_384 ? n : null;
}
