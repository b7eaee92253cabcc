/** Unit shapes (B1, B2, M1): one schema per shape, for routes, forms and client types. */
import { z } from "zod";
import { ImportRefusedSchema } from "./import-refusal.ts";
import { pageQuery } from "./paging.ts";
import { cleanText } from "./text.ts";
import "./zod-vi.ts";

export const nameText = (label: string, max = 300) =>
  z
    .string({ error: `${label}: bắt buộc nhập` })
    .transform(cleanText)
    .pipe(z.string().min(1, `${label}: bắt buộc nhập`).max(max, `${label}: tối đa ${max} ký tự`));

export const UnitCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{1,39}$/u, "Mã đơn vị: chỉ gồm chữ không dấu, số, '-' hoặc '_' (2–40 ký tự)");

export const UnitKindSchema = z.object({
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  hasWorkforce: z.boolean(),
  isArea: z.boolean(),
  active: z.boolean(),
});
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitKindInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,29}$/u, "Mã loại: chữ thường không dấu, số hoặc '_' (2–30 ký tự)"),
  name: nameText("Tên loại", 100),
  sortOrder: z.number().int().min(0).max(10000).default(100),
  hasWorkforce: z.boolean().default(false),
  isArea: z.boolean().default(false),
});
export type UnitKindInput = z.input<typeof UnitKindInputSchema>;

export const ClusterSchema = z.object({ id: z.uuid(), name: z.string(), note: z.string().nullable() });
export type Cluster = z.infer<typeof ClusterSchema>;

/**
 * `GET /api/unit-kinds` and `GET /api/clusters` (issue #11 item 5): pages of 100 by default —
 * every picker's whole catalogue today — at most 500; clusters filtered by name without diacritics.
 */
export const UnitKindListQuerySchema = pageQuery(100, 500);
export const ClusterListQuerySchema = z
  .object({ q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional() })
  .extend(pageQuery(100, 500).shape);
export type ClusterListQuery = z.infer<typeof ClusterListQuerySchema>;
export const ClusterInputSchema = z.object({
  name: nameText("Tên cụm thi đua", 200),
  note: z.string().max(1000).nullable().optional(),
});

export const UnitSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  kindName: z.string(),
  workforce: z.number().int().nullable(),
  population: z.number().int().nullable(),
  clusterId: z.uuid().nullable(),
  clusterName: z.string().nullable(),
  address: z.string().nullable(),
  isPilot: z.boolean(),
  isDemo: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof UnitSchema>;

/**
 * One page of units (issue #11 item 5: 10,000 units), ordered by kind (data, M1) then name in
 * Vietnamese order; `q` finds the name without diacritics. The ceiling lets the pickers and the
 * tree walk the whole list in a few pages (`fetchAllPages` in src/web/lib/api.ts).
 */
export const UnitListQuerySchema = z
  .object({
    includeInactive: z.stringbool().optional(),
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
    kind: z.string().max(50).optional(),
    parentId: z.uuid("Đơn vị cấp trên: không hợp lệ").optional(),
  })
  .extend(pageQuery(100, 5000).shape);
export type UnitListQuery = z.infer<typeof UnitListQuerySchema>;

const count = (label: string) =>
  z
    .number({ error: `${label}: phải là số nguyên không âm` })
    .int(`${label}: phải là số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(10_000_000, `${label}: quá lớn`)
    .nullable()
    .optional();

export const UnitInputSchema = z.object({
  code: UnitCodeSchema,
  name: nameText("Tên đơn vị"),
  kind: z.string().min(1, "Loại đơn vị: bắt buộc chọn"),
  parentId: z.uuid("Đơn vị cấp trên: không hợp lệ").nullable().optional(),
  workforce: count("Số lao động"),
  population: count("Dân số"),
  clusterId: z.uuid("Cụm thi đua: không hợp lệ").nullable().optional(),
  address: z.string().max(500).nullable().optional(),
});
export type UnitInput = z.input<typeof UnitInputSchema>;

/** Edits carry the version read, so a stale save is refused (N2). */
export const UnitUpdateSchema = UnitInputSchema.partial().extend({
  version: z.number().int().min(1),
  active: z.boolean().optional(),
});
export type UnitUpdate = z.input<typeof UnitUpdateSchema>;

export const UnitMoveSchema = z.object({ parentId: z.uuid().nullable(), version: z.number().int().min(1) });

/** Builds the tree for display, children sorted the Vietnamese way. */
export type UnitNode<T extends { id: string; parentId: string | null; name: string }> = T & {
  children: UnitNode<T>[];
};
export function buildTree<T extends { id: string; parentId: string | null; name: string }>(
  items: readonly T[],
  compare: (a: string, b: string) => number,
): UnitNode<T>[] {
  const byId = new Map<string, UnitNode<T>>();
  for (const item of items) byId.set(item.id, { ...item, children: [] });
  const roots: UnitNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (nodes: UnitNode<T>[]) => {
    nodes.sort((a, b) => compare(a.name, b.name));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Would moving `id` under `newParentId` create a cycle? */
export function wouldCreateCycle(
  parents: ReadonlyMap<string, string | null>,
  id: string,
  newParentId: string | null,
): boolean {
  let cursor = newParentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === id) return true;
    if (seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parents.get(cursor) ?? null;
  }
  return false;
}

/** Columns of the unit sheet (xlsx export and import, B1), in order; headers are what users see. */
export const UNIT_SHEET_COLUMNS = [
  { key: "code", header: "Mã đơn vị", width: 18 },
  { key: "name", header: "Tên đơn vị", width: 50 },
  { key: "kind", header: "Loại", width: 16 },
  { key: "parentCode", header: "Mã đơn vị cấp trên", width: 20 },
  { key: "workforce", header: "Số lao động", width: 13 },
  { key: "population", header: "Dân số", width: 12 },
  { key: "cluster", header: "Cụm thi đua", width: 22 },
  { key: "address", header: "Địa chỉ", width: 36 },
  { key: "pilot", header: "Điểm", width: 8 },
  { key: "active", header: "Đang hoạt động", width: 15 },
] as const;
export type UnitSheetKey = (typeof UNIT_SHEET_COLUMNS)[number]["key"];

/** One problem found in an imported file: the sheet row number and the column header it concerns. */
export const ImportErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const UnitImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Data rows read (empty rows skipped). */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(ImportErrorSchema),
});
export type UnitImportResult = z.infer<typeof UnitImportResultSchema>;

/** 422 body of a refused import: the error envelope, `details` listing each row and column. */
export const UnitImportFailureSchema = ImportRefusedSchema;
