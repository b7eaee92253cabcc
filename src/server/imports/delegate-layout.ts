/**
 * What else a delegate list holds besides people: a row of column numbers under
 * the header, section headings ("I. KHỐI XÃ, PHƯỜNG"), and the footer — totals,
 * "Nơi nhận", the date line and the signature block — where the table ends.
 */
import { foldVietnamese } from "../../domain/text.ts";

/** Starts of cells that only a footer has ("NGƯỜI LẬP BIỂU", "TM. UBND …", "Tổng cộng: 25 người"). */
const FOOTER_START =
  /^(nguoi lap( bieu| danh sach)?|t\s?\/\s?m\b|tm\s?\.|k\s?\/\s?t\b|kt\s?\.|q\s?\/\s?\.?\s?chu tich|xac nhan( cua)?|tong cong|tong so|cong\s?:|noi nhan|duyet cua|danh sach (nay )?(co|gom)\s+\d)/u;

/** Whole cells that are signature titles ("THỦ TRƯỞNG ĐƠN VỊ", "CHỦ TỊCH"). */
const SIGNATURE_TITLE =
  /^((pho )?(chu tich|giam doc|bi thu|truong phong|truong ban|thu truong|hieu truong)( don vi| co quan| ubnd)?|thu truong don vi|nguoi ky)$/u;

/** "Bỉm Sơn, ngày 10 tháng 3 năm 2020", "…, ngày … tháng … năm …". */
const DATE_LINE = /(^|[\s,])ngay\s*[\d.…_ ]{0,12}\s*thang\s*[\d.…_ ]{0,12}\s*nam\b/u;

function fold(text: string): string {
  return foldVietnamese(text).replace(/\s+/gu, " ").trim();
}

export function isFooterText(text: string): boolean {
  const f = fold(text);
  if (!f) return false;
  return FOOTER_START.test(f) || SIGNATURE_TITLE.test(f) || DATE_LINE.test(f);
}

const ROMAN_OR_LETTER = /^([ivxlc]+|[a-z])\s*[.)]?$/u;

export function isPositiveInteger(text: string): boolean {
  return /^\d{1,6}\.?$/u.test(text.trim());
}

export interface RowShape {
  /** Text of the STT cell ("" when none). */
  stt: string;
  /** Text of the name cell ("" when none). */
  name: string;
  /** All non-empty data cells of the row. */
  filled: ReadonlyArray<{ col: number; text: string; span: number }>;
  /** Column number of the STT cell (0 when none). */
  sttCol: number;
  /** Columns mapped to a field other than STT. */
  dataCols: ReadonlySet<number>;
  /** Mapped columns other than STT and name that hold something. */
  otherMappedFilled: number;
}

/**
 * The footer starts at a row that has a footer text and no person in it: the name
 * cell is empty or is itself the footer text, and STT is not a number.
 */
export function isFooterRow(shape: RowShape): boolean {
  if (isPositiveInteger(shape.stt)) return false;
  if (shape.name && !isFooterText(shape.name)) return false;
  return shape.filled.some((c) => isFooterText(c.text));
}

/**
 * A section heading: a lone text merged across columns, or alone in the STT column
 * or in a column no field reads; or a Roman numeral/letter in STT with nothing but
 * a title beside it. A lone value in a data column is not a heading: it is a row
 * with a missing name, and is reported.
 */
export function isHeadingRow(shape: RowShape): boolean {
  if (shape.filled.length === 1) {
    const only = shape.filled[0]!;
    if (isPositiveInteger(only.text)) return false;
    return only.span > 1 || only.col === shape.sttCol || !shape.dataCols.has(only.col);
  }
  return ROMAN_OR_LETTER.test(fold(shape.stt)) && shape.otherMappedFilled === 0;
}

/** The row of column numbers some forms put under the header: "1 2 3 …" or "(1) (2) (3) …". */
export function isColumnNumberRow(texts: readonly string[], nameText: string): boolean {
  const numbered = (t: string) => /^\(?\d{1,2}\)?$/u.test(t.trim());
  if (nameText && !numbered(nameText)) return false;
  return texts.length >= 2 && texts.every(numbered);
}
