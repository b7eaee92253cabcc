/**
 * The unit list as xlsx (B1, N3): a bold title, the columns of
 * UNIT_SHEET_COLUMNS (the import reads the same file back), rows in
 * Vietnamese order. Text is always written as text, never as a formula.
 */
import ExcelJS from "exceljs";
import { compareVi, formatDateTimeVi } from "../../../domain/text.ts";
import { UNIT_SHEET_COLUMNS, type Unit, type UnitSheetKey } from "../../../domain/units.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const SHEET_TITLE = "DANH SÁCH ĐƠN VỊ";
/** Rows above the header: title, subtitle, blank. */
export const HEADER_ROW = 4;

const TEXT_KEYS = new Set<UnitSheetKey>([
  "code",
  "name",
  "kind",
  "parentCode",
  "cluster",
  "address",
  "pilot",
  "active",
]);

/** By kind order, then name, then code, the Vietnamese way (never the database collation). */
export function sortUnitsForSheet(units: readonly Unit[], kindOrder: ReadonlyMap<string, number>): Unit[] {
  const rank = (k: string) => kindOrder.get(k) ?? Number.MAX_SAFE_INTEGER;
  return [...units].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || compareVi(a.name, b.name) || compareVi(a.code, b.code),
  );
}

export function unitSheetValues(
  unit: Unit,
  codeById: ReadonlyMap<string, string>,
): Record<UnitSheetKey, string | number | null> {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kindName,
    parentCode: unit.parentId ? (codeById.get(unit.parentId) ?? null) : null,
    workforce: unit.workforce,
    population: unit.population,
    cluster: unit.clusterName,
    address: unit.address,
    pilot: unit.isPilot ? "x" : null,
    active: unit.active ? "Có" : "Không",
  };
}

/** A string cell that spreadsheet programs will not read as a formula (= + - @ at the start). */
function setText(cell: ExcelJS.Cell, value: string) {
  cell.numFmt = "@";
  cell.value = value;
}

export async function buildUnitWorkbook(
  units: readonly Unit[],
  opts: { kindOrder: ReadonlyMap<string, number>; now: Date },
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "thidua";
  wb.created = opts.now;
  const ws = wb.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  ws.columns = UNIT_SHEET_COLUMNS.map((c) => ({ key: c.key, width: c.width }));

  const last = UNIT_SHEET_COLUMNS.length;
  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = SHEET_TITLE;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  const sub = ws.getCell(2, 1);
  const demo = units.filter((u) => u.isDemo).length;
  const demoNote = demo ? ` Số liệu của ${demo} đơn vị là số liệu mẫu (minh họa).` : "";
  sub.value = `Xuất lúc ${formatDateTimeVi(opts.now)} — ${units.length} đơn vị.${demoNote}`;
  sub.font = { italic: true };
  sub.alignment = { horizontal: "center" };

  const header = ws.getRow(HEADER_ROW);
  UNIT_SHEET_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };

  const codeById = new Map(units.map((u) => [u.id, u.code]));
  sortUnitsForSheet(units, opts.kindOrder).forEach((unit, n) => {
    const row = ws.getRow(HEADER_ROW + 1 + n);
    const values = unitSheetValues(unit, codeById);
    UNIT_SHEET_COLUMNS.forEach((c, i) => {
      const v = values[c.key];
      if (v === null) return;
      const cell = row.getCell(i + 1);
      if (TEXT_KEYS.has(c.key) || typeof v === "string") setText(cell, String(v));
      else cell.value = v;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
