/**
 * The unit list as xlsx (B1, N3): a bold title, the columns of
 * UNIT_SHEET_COLUMNS (the import reads the same file back; header on row 4),
 * rows in Vietnamese order, written by the one formula-safe writer.
 */
import { compareVi, formatDateTimeVi } from "../../../domain/text.ts";
import { UNIT_SHEET_COLUMNS, type Unit, type UnitSheetKey } from "../../../domain/units.ts";
import { writeXlsxTable } from "../../files/xlsx-write.ts";

export const SHEET_TITLE = "DANH SÁCH ĐƠN VỊ";

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

export async function buildUnitWorkbook(
  units: readonly Unit[],
  opts: { kindOrder: ReadonlyMap<string, number>; now: Date },
): Promise<Buffer> {
  const demo = units.filter((u) => u.isDemo).length;
  const demoNote = demo ? ` Số liệu của ${demo} đơn vị là số liệu mẫu, không phải số liệu thật.` : "";
  const codeById = new Map(units.map((u) => [u.id, u.code]));
  return writeXlsxTable({
    sheetName: "Đơn vị",
    // Title and subtitle, then a blank row: the header is row 4.
    titleLines: [
      { text: SHEET_TITLE, size: 14 },
      {
        text: `Xuất lúc ${formatDateTimeVi(opts.now)} — ${units.length} đơn vị.${demoNote}`,
        bold: false,
        italic: true,
      },
    ],
    columns: UNIT_SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    rows: sortUnitsForSheet(units, opts.kindOrder).map((u) => unitSheetValues(u, codeById)),
    landscape: true,
    autoFilter: true,
  });
}
