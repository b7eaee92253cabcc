/**
 * The body of an NĐ 30 document: justified paragraphs with a first-line indent
 * and 6 pt spacing, headings, "- " lines, bordered tables with a repeated header.
 */
import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { ALL_BORDERS, alignment, runs, splitWidth } from "./nd30-docx.ts";
import { mm, pt, upperVi } from "./nd30-format.ts";
import type {
  Align,
  Block,
  BulletBlock,
  CellValue,
  HeaderCellSpec,
  HeadingBlock,
  ParagraphBlock,
  RichText,
  TableBlock,
  TableCellSpec,
} from "./nd30-types.ts";

/** First-line indent of body text: 1.27 cm. */
export const FIRST_LINE = mm(12.7);

export interface BodyContext {
  /** Body text size in points. */
  size: number;
  /** Width of the text area in twips. */
  width: number;
}

function bodyParagraph(children: TextRun[], o: { align?: Align; indent: boolean; keepNext?: boolean }) {
  return new Paragraph({
    children,
    alignment: alignment(o.align ?? "justify"),
    indent: o.indent ? { firstLine: FIRST_LINE } : undefined,
    spacing: { before: pt(6), after: 0, line: 276, lineRule: "auto" },
    keepNext: o.keepNext,
    widowControl: true,
  });
}

function paragraph(b: ParagraphBlock, ctx: BodyContext, keepNext: boolean): Paragraph {
  const align = b.align ?? "justify";
  const indent = b.indent ?? align === "justify";
  const style = { size: b.size ?? ctx.size, bold: b.bold, italic: b.italic };
  return bodyParagraph(runs(b.text, style), { align, indent, keepNext });
}

function heading(b: HeadingBlock, ctx: BodyContext): Paragraph {
  const text = b.number ? `${b.number.trim()} ${b.text.trim()}` : b.text.trim();
  const style = { size: ctx.size, bold: true, italic: b.level === 3 };
  const shown = b.level === 1 ? upperVi(text) : text;
  return bodyParagraph(runs(shown, style), { indent: true, keepNext: true });
}

function bullet(b: BulletBlock, ctx: BodyContext, keepNext: boolean): Paragraph {
  const marker = (b.level ?? 1) === 2 ? "+ " : "- ";
  const rich: RichText = typeof b.text === "string" ? `${marker}${b.text}` : [marker, ...[b.text].flat()];
  return bodyParagraph(runs(rich, { size: ctx.size }), { indent: true, keepNext });
}

function isCellSpec(v: CellValue | TableCellSpec): v is TableCellSpec {
  return typeof v === "object" && v !== null;
}

function cellParagraph(text: RichText, size: number, align: Align, o: { bold?: boolean; italic?: boolean }) {
  return new Paragraph({
    children: runs(text, { size, bold: o.bold, italic: o.italic }),
    alignment: alignment(align),
    spacing: { before: pt(2), after: pt(2), line: 240, lineRule: "auto" },
  });
}

/** A bordered table; header rows repeat on every page, body rows do not split. */
export function table(b: TableBlock, ctx: BodyContext): Table {
  const size = b.size ?? 12;
  const widths = splitWidth(
    ctx.width,
    b.columns.map((c) => c.width),
  );
  const headerRows: readonly (readonly HeaderCellSpec[])[] = b.headerRows ?? [
    b.columns.map((c) => ({ text: c.header ?? "" })),
  ];

  // Width of a cell spanning columns [start, start + span).
  const spanWidth = (start: number, span: number) =>
    widths.slice(start, start + span).reduce((a, w) => a + w, 0);

  // Header cells are placed HTML-style: skip the columns still covered by a rowSpan from above.
  const covered: number[] = new Array(widths.length).fill(0);
  const header = headerRows.map((cells) => {
    let col = 0;
    const children: TableCell[] = [];
    for (const c of cells) {
      while (col < widths.length && (covered[col] ?? 0) > 0) col++;
      const span = c.colSpan ?? 1;
      const rowSpan = c.rowSpan ?? 1;
      children.push(
        new TableCell({
          children: [cellParagraph(c.text, size, "center", { bold: true })],
          columnSpan: span > 1 ? span : undefined,
          rowSpan: rowSpan > 1 ? rowSpan : undefined,
          width: { size: spanWidth(col, span), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
        }),
      );
      for (let i = col; i < col + span; i++) covered[i] = rowSpan;
      col += span;
    }
    for (let i = 0; i < covered.length; i++) covered[i] = Math.max(0, (covered[i] ?? 0) - 1);
    return new TableRow({ children, tableHeader: true, cantSplit: true });
  });

  const body = b.rows.map((row) => {
    let col = 0;
    const children = row.map((value) => {
      const spec: TableCellSpec = isCellSpec(value) ? value : { text: value ?? "" };
      const span = spec.colSpan ?? 1;
      const column = b.columns[col];
      const text = spec.text === null ? "" : typeof spec.text === "number" ? String(spec.text) : spec.text;
      const cell = new TableCell({
        children: [cellParagraph(text, size, spec.align ?? column?.align ?? "left", spec)],
        columnSpan: span > 1 ? span : undefined,
        width: { size: spanWidth(col, span), type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
      });
      col += span;
      return cell;
    });
    return new TableRow({ children, cantSplit: true });
  });

  return new Table({
    rows: [...header, ...body],
    width: { size: ctx.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ALL_BORDERS,
    margins: { left: 80, right: 80, top: 0, bottom: 0 },
  });
}

/**
 * Converts body blocks to docx children. The last paragraph is kept on the page of
 * what follows, so a signature never stands alone on a page.
 */
export function bodyChildren(blocks: readonly Block[], ctx: BodyContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [i, b] of blocks.entries()) {
    const last = i === blocks.length - 1;
    switch (b.type) {
      case "paragraph":
        out.push(paragraph(b, ctx, last));
        break;
      case "heading":
        out.push(heading(b, ctx));
        break;
      case "bullet":
        out.push(bullet(b, ctx, last));
        break;
      case "table":
        out.push(new Paragraph({ spacing: { before: 0, after: 0, line: pt(6), lineRule: "exact" } }));
        out.push(table(b, ctx));
        break;
      case "spacer":
        for (let i = 0; i < (b.lines ?? 1); i++)
          out.push(new Paragraph({ children: runs("", { size: ctx.size }) }));
        break;
      case "pageBreak":
        out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
    }
  }
  return out;
}
