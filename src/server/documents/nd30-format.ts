/**
 * Text rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, that do not depend on docx:
 * place and date line, number and symbol, upper case, page geometry, and an
 * estimate of printed text width (for the lines under headings).
 */
import type { DocumentKind } from "./nd30-types.ts";

/** False for the characters XML 1.0 cannot carry; a stray one would make the file unreadable. */
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** NFC, without characters that cannot be written to OOXML. Keeps "\n" and "\t"; CR becomes "\n". */
export function safeText(value: string): string {
  const nfc = value.normalize("NFC").replace(/\r\n?/gu, "\n");
  let clean = true;
  for (const ch of nfc) {
    if (!isXmlChar(ch)) {
      clean = false;
      break;
    }
  }
  return clean ? nfc : [...nfc].filter(isXmlChar).join("");
}

export function upperVi(value: string): string {
  return safeText(value).toLocaleUpperCase("vi");
}

/** Blank space left for a hand-written day or month on a draft. */
const BLANK = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

/**
 * "Bỉm Sơn, ngày 05 tháng 02 năm 2020". NĐ 30: a day below 10 and the months 1 and 2
 * get a leading 0 (other months do not: "ngày 24 tháng 11", "ngày 07 tháng 4").
 * `date` is ISO "yyyy-mm-dd"; "yyyy-mm" or "yyyy" leave the missing parts blank;
 * null leaves all blank ("năm 20…").
 */
export function formatPlaceDate(place: string, date: string | null): string {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(date.trim()) : null;
  const year = m?.[1] ?? "20…";
  const month = m?.[2] ? Number(m[2]) : null;
  const day = m?.[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) throw new Error(`Tháng không hợp lệ: ${date}`);
  if (day !== null && (day < 1 || day > 31)) throw new Error(`Ngày không hợp lệ: ${date}`);
  const dd = day === null ? BLANK : String(day).padStart(2, "0");
  const mm = month === null ? BLANK : month <= 2 ? `0${month}` : String(month);
  const prefix = place.trim() ? `${safeText(place).trim()}, ` : "";
  return `${prefix}ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * "05/KH-UBND": numbers below 10 get a leading 0 (NĐ 30); without a number the
 * space is left blank for the clerk ("     /TTr-UBND").
 */
export function formatNumberSymbol(
  kind: DocumentKind,
  bodyCode: string,
  number?: number | string | null,
): string {
  const n =
    number === undefined || number === null || number === ""
      ? BLANK
      : typeof number === "number"
        ? String(number).padStart(2, "0")
        : number.trim();
  const symbol = kind === "CV" ? bodyCode : `${kind}-${bodyCode}`;
  return `${n}/${symbol}`;
}

/** "- Ban TĐKT tỉnh (b/c);" … "- Lưu: VT, NV." */
export function formatRecipients(lines: readonly string[]): string[] {
  const cleaned = lines.map((l) => safeText(l).trim()).filter(Boolean);
  return cleaned.map((line, i) => {
    const body = line.replace(/^[-–+•]\s*/u, "").replace(/[;,.]+$/u, "");
    return `- ${body}${i === cleaned.length - 1 ? "." : ";"}`;
  });
}

// ---- page geometry (twips: 1/20 pt; 1 mm = 56.7 twips) ----

export const mm = (value: number): number => Math.round((value * 1440) / 25.4);
export const pt = (value: number): number => Math.round(value * 20);

/** A4 with NĐ 30 margins: top 20, bottom 20, left 30, right 15 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;

/** Width of the text area in twips. */
export function contentWidth(landscape: boolean): number {
  const paper = landscape ? PAGE.height : PAGE.width;
  return paper - PAGE.margin.left - PAGE.margin.right;
}

// ---- printed width estimate (Times New Roman, in 1/1000 em) ----

const REGULAR: Record<string, number> = {};
const BOLD: Record<string, number> = {};
function table(target: Record<string, number>, chars: string, widths: readonly number[]): void {
  [...chars].forEach((c, i) => {
    target[c] = widths[i] ?? 500;
  });
}
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
table(
  REGULAR,
  LOWER,
  [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
    500, 722, 500, 500, 444,
  ],
);
table(
  REGULAR,
  UPPER,
  [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611,
  ],
);
table(
  BOLD,
  LOWER,
  [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
    500, 722, 500, 500, 444,
  ],
);
table(
  BOLD,
  UPPER,
  [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667,
  ],
);
for (const t of [REGULAR, BOLD]) {
  t[" "] = 250;
  t["-"] = 333;
  t["."] = 250;
  t[","] = 250;
  t[":"] = 333;
  t["/"] = 278;
  t["("] = 333;
  t[")"] = 333;
  t.đ = t.d ?? 500;
  t.Đ = t.D ?? 722;
  for (const d of "0123456789") t[d] = 500;
}

/** Estimated printed width in twips of one line of Times New Roman text. */
export function textWidth(text: string, sizePt: number, bold: boolean): number {
  const widths = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text.normalize("NFD")) {
    if (/[\u0300-\u036f]/u.test(ch)) continue;
    em += widths[ch] ?? 556;
  }
  return Math.round((em / 1000) * sizePt * 20);
}
