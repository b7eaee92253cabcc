/**
 * Small docx building blocks shared by the NĐ 30 header, body and closing:
 * runs from rich text, aligned paragraphs, short horizontal rules, borderless tables.
 */
import {
  AlignmentType,
  BorderStyle,
  type IBorderOptions,
  type ITableBordersOptions,
  Paragraph,
  TextRun,
} from "docx";
import { pt, safeText } from "./nd30-format.ts";
import type { Align, RichText, TextSpan } from "./nd30-types.ts";

export const FONT = "Times New Roman";

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function alignment(align: Align): (typeof ALIGN)[Align] {
  return ALIGN[align];
}

function spans(text: RichText): TextSpan[] {
  if (typeof text === "string") return [{ text }];
  if (Array.isArray(text)) return text.map((t) => (typeof t === "string" ? { text: t } : t));
  return [text as TextSpan];
}

/** Text runs; "\n" becomes a line break, tabs become spaces. */
export function runs(text: RichText, style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  for (const span of spans(text)) {
    const lines = safeText(span.text).replace(/\t/gu, " ").split("\n");
    lines.forEach((line, i) => {
      out.push(
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          font: FONT,
          size: style.size * 2,
          bold: span.bold ?? style.bold,
          italics: span.italic ?? style.italic,
          underline: (span.underline ?? style.underline) ? {} : undefined,
        }),
      );
    });
  }
  return out;
}

export interface LineOptions extends RunStyle {
  align?: Align;
  /** Space before/after in points. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  firstLine?: number;
}

/** One paragraph of text with single line spacing. */
export function line(text: RichText, o: LineOptions): Paragraph {
  return new Paragraph({
    children: runs(text, o),
    alignment: alignment(o.align ?? "center"),
    spacing: { before: pt(o.before ?? 0), after: pt(o.after ?? 0), line: 240, lineRule: "auto" },
    indent: o.firstLine ? { firstLine: o.firstLine } : undefined,
    keepNext: o.keepNext,
    keepLines: true,
  });
}

/**
 * A solid horizontal rule of `length` twips, centred in a space `available` twips
 * wide: an empty, 2-point-high paragraph with a bottom border and side indents.
 */
export function rule(length: number, available: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    children: [new TextRun({ text: "", size: 4, font: FONT })],
    indent: { left: side, right: side },
    spacing: { before: 0, after: pt(after), line: 40, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    keepNext: true,
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const SINGLE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const ALL_BORDERS: ITableBordersOptions = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
};

/** Splits `total` twips by relative weights, exactly (rounding goes to the last column). */
export function splitWidth(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += total - used;
  return widths;
}
