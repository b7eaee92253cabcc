/**
 * Merge-aware reading of a worksheet. Offices merge cells everywhere: header
 * cells over two rows, "Năm sinh" over its Nam/Nữ sub-columns, a unit's name down
 * the rows of its people, a section title or a signature across the whole row.
 */
import type ExcelJS from "exceljs";
import { type CellContent, contentText, readCellValue } from "../files/cell-text.ts";

/** Columns looked at when scanning a row as a whole (headers, footers, headings). */
export const SCAN_COLUMNS = 64;

const EMPTY: CellContent = { kind: "empty" };

export class SheetReader {
  readonly scanColumns: number;
  readonly lastRow: number;

  constructor(readonly ws: ExcelJS.Worksheet) {
    this.scanColumns = Math.min(Math.max(ws.columnCount, 1), SCAN_COLUMNS);
    this.lastRow = ws.rowCount;
  }

  get name(): string {
    return this.ws.name;
  }

  cell(row: number, col: number): ExcelJS.Cell | undefined {
    if (row < 1 || col < 1) return undefined;
    return this.ws.findRow(row)?.findCell(col);
  }

  /** Where the merge covering (row, col) starts, or null when the cell is not a merge slave. */
  masterOf(row: number, col: number): { row: number; col: number } | null {
    const cell = this.cell(row, col);
    if (!cell || cell.master === cell) return null;
    const at = cell.master.fullAddress;
    return { row: at.row, col: at.col };
  }

  /**
   * Content as data: a vertical merge repeats its value down its rows (a unit's
   * name merged over its people); the other cells of a horizontal merge are empty,
   * so a title merged across the row counts once.
   */
  content(row: number, col: number): CellContent {
    const cell = this.cell(row, col);
    if (!cell) return EMPTY;
    const master = this.masterOf(row, col);
    if (master && master.col !== col) return EMPTY;
    return readCellValue(cell.value);
  }

  text(row: number, col: number): string {
    return contentText(this.content(row, col));
  }

  /** Header text: every cell of a merge reads the merge's text (a parent over its sub-columns). */
  headerText(row: number, col: number): string {
    const cell = this.cell(row, col);
    return cell ? contentText(readCellValue(cell.value)) : "";
  }

  /** True when (row, col) continues a merge begun on an earlier row. */
  continuesFromAbove(row: number, col: number): boolean {
    const master = this.masterOf(row, col);
    return master !== null && master.row < row;
  }

  /** How many columns the cell at (row, col) spans (1 unless it starts a horizontal merge). */
  spanWidth(row: number, col: number): number {
    const cell = this.cell(row, col);
    if (!cell) return 1;
    let width = 1;
    for (let c = col + 1; c <= col + SCAN_COLUMNS; c++) {
      const next = this.cell(row, c);
      if (!next || next.master !== cell) break;
      width++;
    }
    return width;
  }

  /** The non-empty data cells of a row, scanning the first SCAN_COLUMNS columns. */
  filledCells(row: number): Array<{ col: number; content: CellContent; text: string }> {
    const out: Array<{ col: number; content: CellContent; text: string }> = [];
    if (!this.ws.findRow(row)) return out;
    for (let col = 1; col <= this.scanColumns; col++) {
      const content = this.content(row, col);
      const text = contentText(content).trim();
      if (content.kind !== "empty" && (text !== "" || content.kind === "formula-without-result")) {
        out.push({ col, content, text });
      }
    }
    return out;
  }
}
