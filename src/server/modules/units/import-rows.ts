/**
 * Checks every row of an imported unit sheet against the kinds, clusters and
 * units already known (B1). Pure: it only plans; nothing is written here.
 * Every problem is reported with its row number and column header.
 */
import { cleanText, foldVietnamese } from "../../../domain/text.ts";
import {
  type ImportError,
  UnitCodeSchema,
  type UnitSheetKey,
  wouldCreateCycle,
} from "../../../domain/units.ts";
import {
  cellText,
  columnHeader,
  type HeaderMap,
  parseCount,
  parseYesNo,
  type SheetRow,
} from "./sheet-format.ts";

export const MAX_IMPORT_ROWS = 5000;

export type ExistingUnit = {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  workforce: number | null;
  population: number | null;
  clusterId: string | null;
  address: string | null;
  active: boolean;
};
export type ImportContext = {
  kinds: { code: string; name: string; hasWorkforce: boolean; active: boolean }[];
  clusters: { id: string; name: string }[];
  units: ExistingUnit[];
};
export type PlannedUnit = {
  row: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  workforce: number | null;
  population: number | null;
  clusterId: string | null;
  address: string | null;
  active: boolean;
  existing: ExistingUnit | null;
  /** For an existing unit: does the row change anything? */
  changed: boolean;
};
export type ImportPlan = { rows: number; items: PlannedUnit[]; errors: ImportError[] };

export function planImport(sheet: SheetRow[], header: HeaderMap, ctx: ImportContext): ImportPlan {
  const { columns } = header;
  const mapped = Object.values(columns);
  const dataRows = sheet.filter((r) => r.row > header.row && mapped.some((i) => cellText(r.cells[i]) !== ""));
  if (dataRows.length > MAX_IMPORT_ROWS) {
    const message = `Tệp có ${dataRows.length} dòng dữ liệu, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`;
    return { rows: dataRows.length, items: [], errors: [{ row: null, column: null, message }] };
  }

  const errors: ImportError[] = [];
  const fail = (row: number, key: UnitSheetKey, message: string): false => {
    const column = columnHeader(key);
    errors.push({ row, column, message: `Dòng ${row}, cột ${column}: ${message}` });
    return false;
  };
  /** undefined: the column is not in the file; null: the cell is empty. */
  const get = (r: SheetRow, key: UnitSheetKey) => {
    const i = columns[key];
    return i === undefined ? undefined : (r.cells[i] ?? null);
  };

  const existingByCode = new Map(ctx.units.map((u) => [u.code, u]));
  const codeById = new Map(ctx.units.map((u) => [u.id, u.code]));

  // Pass 1: codes, so a parent may refer to a row earlier or later in the file.
  const firstRowOfCode = new Map<string, number>();
  const codeOfRow = new Map<number, string>();
  for (const r of dataRows) {
    const raw = cellText(get(r, "code"));
    if (raw === "") {
      fail(r.row, "code", "bắt buộc nhập.");
      continue;
    }
    const parsed = UnitCodeSchema.safeParse(raw);
    if (!parsed.success) {
      fail(r.row, "code", `mã "${raw}" không hợp lệ: chỉ gồm chữ không dấu, số, "-" hoặc "_" (2–40 ký tự).`);
      continue;
    }
    const first = firstRowOfCode.get(parsed.data);
    if (first !== undefined) {
      fail(r.row, "code", `mã "${parsed.data}" trùng với dòng ${first}.`);
      continue;
    }
    firstRowOfCode.set(parsed.data, r.row);
    codeOfRow.set(r.row, parsed.data);
  }

  // Pass 2: every other cell.
  const items: PlannedUnit[] = [];
  for (const r of dataRows) {
    const code = codeOfRow.get(r.row);
    const existing = code ? (existingByCode.get(code) ?? null) : null;
    let ok = code !== undefined;

    const name = cellText(get(r, "name"));
    if (name === "") ok = fail(r.row, "name", "bắt buộc nhập.");
    else if (name.length > 300) ok = fail(r.row, "name", "tối đa 300 ký tự.");

    const kindRaw = cellText(get(r, "kind"));
    const kind =
      ctx.kinds.find((k) => k.code === kindRaw.toLowerCase()) ??
      ctx.kinds.find((k) => foldVietnamese(k.name) === foldVietnamese(kindRaw));
    if (kindRaw === "") ok = fail(r.row, "kind", "bắt buộc nhập.");
    else if (!kind) ok = fail(r.row, "kind", `không có loại đơn vị "${kindRaw}".`);
    else if (!kind.active && existing?.kind !== kind.code) {
      ok = fail(r.row, "kind", `loại đơn vị "${kind.name}" đã ngừng sử dụng.`);
    }

    let parentCode = existing?.parentId ? (codeById.get(existing.parentId) ?? null) : null;
    const parentCell = get(r, "parentCode");
    if (parentCell !== undefined) {
      const raw = cellText(parentCell).toLowerCase();
      parentCode = raw === "" ? null : raw;
      if (parentCode && !firstRowOfCode.has(parentCode) && !existingByCode.has(parentCode)) {
        ok = fail(r.row, "parentCode", `không có đơn vị mã "${parentCode}" trong tệp hoặc trong hệ thống.`);
      }
    }

    const count = (key: "workforce" | "population", keep: number | null) => {
      const cell = get(r, key);
      if (cell === undefined) return keep;
      const parsed = parseCount(cell);
      if (parsed.ok) return parsed.value;
      ok = fail(r.row, key, parsed.message);
      return null;
    };
    let workforce = count("workforce", existing?.workforce ?? null);
    if (kind && !kind.hasWorkforce && workforce !== null) {
      if (get(r, "workforce") === undefined) workforce = null;
      else ok = fail(r.row, "workforce", `loại đơn vị "${kind.name}" không có số lao động; hãy để trống.`);
    }
    const population = count("population", existing?.population ?? null);

    let clusterId = existing?.clusterId ?? null;
    const clusterCell = get(r, "cluster");
    if (clusterCell !== undefined) {
      const raw = cellText(clusterCell);
      const cluster = ctx.clusters.find((c) => foldVietnamese(c.name) === foldVietnamese(raw));
      clusterId = cluster?.id ?? null;
      if (raw !== "" && !cluster) ok = fail(r.row, "cluster", `không có cụm thi đua "${raw}".`);
    }

    let address = existing?.address ?? null;
    const addressCell = get(r, "address");
    if (addressCell !== undefined) {
      address = cleanText(cellText(addressCell)) || null;
      if (address && address.length > 500) ok = fail(r.row, "address", "tối đa 500 ký tự.");
    }

    let active = existing?.active ?? true;
    const activeCell = get(r, "active");
    if (activeCell !== undefined) {
      const parsed = parseYesNo(activeCell);
      if (!parsed.ok) ok = fail(r.row, "active", parsed.message);
      else if (parsed.value !== null) active = parsed.value;
    }

    if (!ok || !code || !kind) continue;
    const item = {
      row: r.row,
      code,
      name,
      kind: kind.code,
      parentCode,
      workforce,
      population,
      clusterId,
      address,
      active,
    };
    items.push({ ...item, existing, changed: existing ? differs(existing, item, codeById) : true });
  }

  checkCycles(items, ctx.units, codeById, fail);
  return { rows: dataRows.length, items, errors: errors.sort(byRow) };
}

function differs(
  e: ExistingUnit,
  n: Omit<PlannedUnit, "existing" | "changed">,
  codeById: Map<string, string>,
): boolean {
  const parentCode = e.parentId ? (codeById.get(e.parentId) ?? null) : null;
  return (
    e.name !== n.name ||
    e.kind !== n.kind ||
    parentCode !== n.parentCode ||
    e.workforce !== n.workforce ||
    e.population !== n.population ||
    e.clusterId !== n.clusterId ||
    e.address !== n.address ||
    e.active !== n.active
  );
}

/** The tree after the import (existing units overlaid with the file's rows) must have no cycle. */
function checkCycles(
  items: PlannedUnit[],
  units: ExistingUnit[],
  codeById: Map<string, string>,
  fail: (row: number, key: UnitSheetKey, message: string) => void,
) {
  const parents = new Map<string, string | null>(
    units.map((u) => [u.code, u.parentId ? (codeById.get(u.parentId) ?? null) : null]),
  );
  for (const item of items) parents.set(item.code, item.parentCode);
  const bad = new Set<number>();
  for (const item of items) {
    if (!wouldCreateCycle(parents, item.code, item.parentCode)) continue;
    const path = [item.code];
    let cursor = item.parentCode;
    while (cursor && path.length <= parents.size && !path.includes(cursor)) {
      path.push(cursor);
      cursor = parents.get(cursor) ?? null;
    }
    if (cursor) path.push(cursor);
    fail(item.row, "parentCode", `đơn vị cấp trên tạo thành vòng lặp (${path.join(" → ")}).`);
    bad.add(item.row);
  }
  if (bad.size) items.splice(0, items.length, ...items.filter((i) => !bad.has(i.row)));
}

function byRow(a: ImportError, b: ImportError): number {
  return (a.row ?? 0) - (b.row ?? 0);
}
