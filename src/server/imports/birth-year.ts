/**
 * Reading a birth year or a full birth date from a cell (SPEC E3; issue #10 items 3, 8):
 * a 4-digit year, dd/mm/yyyy or yyyy-mm-dd text, an Excel date cell; a mark ("x")
 * in a Nam/Nữ column; the age at the conference's date.
 */
import { cleanText } from "../../domain/text.ts";
import { type CellContent, contentText } from "../files/cell-text.ts";

const MARKS = new Set(["x", "✓", "✔", "v"]);

export type YearReading =
  | { kind: "none" }
  | { kind: "mark" }
  | { kind: "year"; year: number; shown: string; date: string | null }
  | { kind: "invalid"; shown: string }
  | { kind: "cell-error"; message: string };

export function cellProblem(content: CellContent): string | null {
  if (content.kind === "error") return `ô có lỗi công thức (${content.error})`;
  if (content.kind === "formula-without-result") {
    return "ô chứa công thức chưa có kết quả tính sẵn; hãy mở tệp bằng Excel, để Excel tính rồi lưu lại";
  }
  return null;
}

export function readYear(content: CellContent): YearReading {
  const problem = cellProblem(content);
  if (problem) return { kind: "cell-error", message: problem };
  switch (content.kind) {
    case "empty":
      return { kind: "none" };
    case "number":
      return Number.isInteger(content.value)
        ? { kind: "year", year: content.value, shown: String(content.value), date: null }
        : { kind: "invalid", shown: String(content.value) };
    case "date": {
      const d = content.value;
      const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      return { kind: "year", year: d.getUTCFullYear(), shown: contentText(content), date };
    }
    case "text": {
      const t = cleanText(content.text);
      if (!t) return { kind: "none" };
      if (MARKS.has(t.toLowerCase())) return { kind: "mark" };
      const y = /^(?:năm\s*)?(\d{4})$/iu.exec(t);
      if (y) return { kind: "year", year: Number(y[1]), shown: t, date: null };
      const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
      const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/u.exec(t);
      const [year, month, day] = dmy
        ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
        : ymd
          ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
          : [0, 0, 0];
      const date = year ? isoDate(year, month, day) : null;
      return date ? { kind: "year", year, shown: t, date } : { kind: "invalid", shown: t };
    }
    default:
      return { kind: "invalid", shown: contentText(content) };
  }
}

/** yyyy-mm-dd, or null when no such day exists (31/02, 00/13). */
function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole years from a birth date (or a year alone, as of 1 January) to the reference date. */
export function ageAt(reference: string, year: number, date: string | null): number {
  const [ry, rm, rd] = reference.split("-").map(Number) as [number, number, number];
  if (!date) return ry - year;
  const [, m, d] = date.split("-").map(Number) as [number, number, number];
  return ry - year - (rm < m || (rm === m && rd < d) ? 1 : 0);
}
