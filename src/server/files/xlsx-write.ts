/**
 * The one xlsx writer (issue #7 item 4) for every table the product exports: title rows merged across
 * the table, a one- or two-row header (e.g. "Năm sinh" over "Nam" | "Nữ"), Times
 * New Roman, borders, wrapped text, frozen header, A4 print setup that repeats
 * the header on every page.
 *
 * Security: text is only ever written as a plain string cell with the text number
 * format "@" — never as a formula — so "=HYPERLINK(…)", "+1", "-2", "@SUM(…)" typed by a
 * user stay inert text in Excel and LibreOffice; such text also gets a leading `'`
 * (ASVS 1.2.10, issue #12 item 9: `formula-escape.ts`), which the readers strip again.
 */
import type ExcelJS from "exceljs";
import { safeText } from "../documents/nd30-format.ts";
import { escapeFormulaText } from "./formula-escape.ts";

export { isFormulaLike } from "./formula-escape.ts";

const FONT = "Times New Roman";
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export type XlsxAlign = "left" | "center" | "right";
export type XlsxScalar = string | number | null | undefined;
/** A cell that spans `colSpan` leaf columns to the right. */
export interface XlsxSpanCell {
  value: XlsxScalar;
  colSpan: number;
  align?: XlsxAlign;
}
export type XlsxValue = XlsxScalar | XlsxSpanCell;

export interface XlsxColumn {
  header: string;
  /** Key in each row; columns with subHeaders take their keys from the sub-columns. */
  key?: string;
  /** Width in characters (Excel units); default 12. */
  width?: number;
  align?: XlsxAlign;
  /** Sub-columns under this header (makes the header two rows high). */
  subHeaders?: readonly XlsxColumn[];
}

export interface XlsxLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: XlsxAlign;
  /** Columns the line is merged over: the whole table (default), or its left / right half. */
  span?: "all" | "left" | "right";
}

/** A title row: one line, or several lines side by side (e.g. an NĐ 30 header: left and right halves). */
export type XlsxTitle = string | XlsxLine | readonly XlsxLine[];

export interface XlsxTableSpec {
  sheetName: string;
  titleLines?: readonly XlsxTitle[];
  columns: readonly XlsxColumn[];
  rows: readonly Readonly<Record<string, XlsxValue>>[];
  footer?: readonly (string | XlsxLine)[];
  landscape?: boolean;
  /** Font size of header and body cells; default 12. */
  fontSize?: number;
  /** Filter buttons on the (last) header row. */
  autoFilter?: boolean;
  /** Page number centred in the printed page header, from page 2 on (NĐ 30). */
  pageNumbers?: boolean;
}

/** Excel's sheet name rules: at most 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = safeText(name)
    .replace(/[[\]:*?/\\]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^'+|'+$/gu, "");
  return (cleaned || "Sheet1").slice(0, 31).trimEnd();
}

function leafColumns(columns: readonly XlsxColumn[]): XlsxColumn[] {
  return columns.flatMap((c) => (c.subHeaders?.length ? [...c.subHeaders] : [c]));
}

/** Writes a value as data: numbers as numbers, everything else as inert text. */
function setValue(cell: ExcelJS.Cell, value: XlsxScalar): void {
  if (typeof value === "number" && Number.isFinite(value)) {
    cell.value = value;
    return;
  }
  const text = value === null || value === undefined ? "" : safeText(String(value));
  if (text === "") return;
  cell.numFmt = "@";
  cell.value = escapeFormulaText(text);
}

function asLine(l: string | XlsxLine): XlsxLine {
  return typeof l === "string" ? { text: l } : l;
}

/** Estimated height in points of a row whose cells wrap (exceljs does not measure text). */
function rowHeight(texts: readonly { text: string; width: number }[], size: number): number {
  const lines = Math.max(
    1,
    ...texts.map(({ text, width }) =>
      text
        .split("\n")
        .reduce(
          (n, part) => n + Math.max(1, Math.ceil((part.length * size) / 11 / Math.max(width - 1, 1))),
          0,
        ),
    ),
  );
  return Math.round(lines * size * 1.3 + 4);
}

export async function writeXlsxTable(spec: XlsxTableSpec): Promise<Buffer> {
  const size = spec.fontSize ?? 12;
  const leaves = leafColumns(spec.columns);
  const n = leaves.length;
  const twoRows = spec.columns.some((c) => c.subHeaders?.length);
  const titles = (spec.titleLines ?? []).map((t) =>
    Array.isArray(t) ? t.map(asLine) : [asLine(t as string | XlsxLine)],
  );
  const headerTop = titles.length > 0 ? titles.length + 2 : 1;
  const headerBottom = headerTop + (twoRows ? 1 : 0);

  // exceljs loads on first use (issue #11 item 1): the server starts without it.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "thidua";
  const ws = wb.addWorksheet(safeSheetName(spec.sheetName), {
    views: [{ state: "frozen", ySplit: headerBottom, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerTop}:${headerBottom}`,
    },
  });
  ws.properties.defaultRowHeight = size * 1.3 + 4;
  if (spec.pageNumbers) {
    ws.headerFooter = {
      differentFirst: true,
      firstHeader: "",
      oddHeader: `&C&"${FONT},Regular"&${size}&P`,
    };
  }
  leaves.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? 12;
  });

  const writeLine = (row: number, line: XlsxLine) => {
    const from = line.span === "right" ? Math.floor(n / 2) + 1 : 1;
    const to = line.span === "left" ? Math.max(1, Math.floor(n / 2)) : n;
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    setValue(cell, line.text);
    cell.font = { name: FONT, size: line.size ?? size + 1, bold: line.bold, italic: line.italic };
    cell.alignment = { horizontal: line.align ?? "center", vertical: "middle", wrapText: true };
  };
  titles.forEach((lines, i) => {
    for (const t of lines) writeLine(i + 1, { bold: true, ...t });
  });

  // Header: HTML-like placement, a column without sub-columns spans both rows.
  let col = 1;
  const headerCell = (row: number, c: number, text: string) => {
    const cell = ws.getCell(row, c);
    setValue(cell, text);
    cell.font = { name: FONT, size, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  for (const c of spec.columns) {
    const subs = c.subHeaders ?? [];
    headerCell(headerTop, col, c.header);
    if (subs.length > 0) {
      if (subs.length > 1) ws.mergeCells(headerTop, col, headerTop, col + subs.length - 1);
      subs.forEach((s, i) => {
        headerCell(headerBottom, col + i, s.header);
      });
      col += subs.length;
    } else {
      if (twoRows) ws.mergeCells(headerTop, col, headerBottom, col);
      col += 1;
    }
  }
  for (let r = headerTop; r <= headerBottom; r++) {
    for (let c = 1; c <= n; c++) ws.getCell(r, c).border = BORDER;
  }
  if (spec.autoFilter)
    ws.autoFilter = { from: { row: headerBottom, column: 1 }, to: { row: headerBottom, column: n } };

  // Body.
  spec.rows.forEach((data, i) => {
    const r = headerBottom + 1 + i;
    const texts: { text: string; width: number }[] = [];
    let skip = 0;
    leaves.forEach((leaf, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.border = BORDER;
      cell.font = { name: FONT, size };
      if (skip > 0) {
        skip--;
        return;
      }
      const raw = leaf.key === undefined ? undefined : data[leaf.key];
      const span = typeof raw === "object" && raw !== null ? raw : null;
      const value = span ? span.value : (raw as XlsxScalar);
      setValue(cell, value);
      const align = span?.align ?? leaf.align ?? (typeof value === "number" ? "center" : "left");
      cell.alignment = { horizontal: align, vertical: "middle", wrapText: true };
      let width = leaf.width ?? 12;
      if (span && span.colSpan > 1) {
        const last = Math.min(n, j + span.colSpan);
        ws.mergeCells(r, j + 1, r, last);
        for (let k = j + 1; k < last; k++) width += leaves[k]?.width ?? 12;
        skip = last - j - 1;
      }
      texts.push({ text: value === null || value === undefined ? "" : String(value), width });
    });
    ws.getRow(r).height = rowHeight(texts, size);
  });

  const footerTop = headerBottom + spec.rows.length + 2;
  (spec.footer ?? []).map(asLine).forEach((l, i) => {
    writeLine(footerTop + i, { align: "left", size, ...l });
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
