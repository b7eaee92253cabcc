/**
 * Checks shared by the unit writes (single edits and the xlsx import):
 * manager policy, reference checks, code uniqueness, the tree lock.
 */
import { eq, sql } from "drizzle-orm";
import { cleanText } from "../../../domain/text.ts";
import { type Unit, wouldCreateCycle } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { clusters, unitKinds, units } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, validation } from "../../http/errors.ts";
import { unitPolicy } from "./policy.ts";
import { listUnits } from "./queries.ts";

export function requireUnitManager(ctx: ServiceContext): void {
  if (!unitPolicy.canManage(ctx.actor)) {
    throw forbidden(
      "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được thêm, sửa, chuyển, ngừng hoạt động, xóa hoặc nhập danh sách đơn vị.",
    );
  }
}

/** One unit as the API shows it, whatever its state; 404 when it does not exist. */
export async function loadUnit(db: Db, id: string): Promise<Unit> {
  const [unit] = await listUnits(db, { ids: [id], includeInactive: true });
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  return unit;
}

export function codeTaken(code: string, usedBy?: string): AppError {
  const by = usedBy ? ` cho đơn vị "${usedBy}"` : "";
  return new AppError("CONFLICT", `Mã đơn vị "${code}" đã được dùng${by}. Hãy chọn mã khác.`, {
    fields: { code: `Mã đơn vị "${code}" đã tồn tại.` },
  });
}

export async function checkCodeFree(db: Db, code: string, exceptId?: string): Promise<void> {
  const [row] = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.code, code));
  if (row && row.id !== exceptId) throw codeTaken(code, row.name);
}

export type UnitValues = {
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  workforce: number | null;
  population: number | null;
  clusterId: string | null;
  address: string | null;
};

/** Address: NFC, whitespace collapsed, empty → null. */
export function cleanAddress(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return cleanText(value) || null;
}

/**
 * Kind exists (and is active when newly chosen), workforce only for kinds with
 * a workforce, parent and cluster exist. All problems at once, per field.
 */
export async function checkReferences(db: Db, v: UnitValues, opts: { kindIsNew: boolean }): Promise<void> {
  const fields: Record<string, string> = {};
  const [kind] = await db.select().from(unitKinds).where(eq(unitKinds.code, v.kind));
  if (!kind) fields.kind = `Không có loại đơn vị "${v.kind}".`;
  else if (!kind.active && opts.kindIsNew) fields.kind = `Loại đơn vị "${kind.name}" đã ngừng sử dụng.`;
  if (kind && !kind.hasWorkforce && v.workforce !== null) {
    fields.workforce = `Loại đơn vị "${kind.name}" không có số lao động; hãy để trống.`;
  }
  if (v.parentId) {
    const [p] = await db.select({ id: units.id }).from(units).where(eq(units.id, v.parentId));
    if (!p) fields.parentId = "Đơn vị cấp trên không tồn tại.";
  }
  if (v.clusterId) {
    const [c] = await db.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, v.clusterId));
    if (!c) fields.clusterId = "Cụm thi đua không tồn tại.";
  }
  const messages = Object.values(fields);
  if (messages.length) throw validation(messages.join(" "), { fields });
}

/** Serialises changes to the tree's shape, so two concurrent moves cannot build a cycle together. */
const TREE_LOCK_KEY = 7_310_001;
export async function lockUnitTree(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK_KEY})`);
}

/** Refuses a parent that does not exist or that would put the unit under itself (a cycle). */
export async function checkNewParent(db: Db, unit: { id: string; name: string }, parentId: string | null) {
  if (parentId === null) return;
  const rows = await db.select({ id: units.id, parentId: units.parentId, name: units.name }).from(units);
  const parents = new Map(rows.map((r) => [r.id, r.parentId]));
  const parent = rows.find((r) => r.id === parentId);
  if (!parent)
    throw validation("Đơn vị cấp trên không tồn tại.", {
      fields: { parentId: "Đơn vị cấp trên không tồn tại." },
    });
  if (!wouldCreateCycle(parents, unit.id, parentId)) return;
  const message =
    parentId === unit.id
      ? `Đơn vị "${unit.name}" không thể là cấp trên của chính nó.`
      : `Không thể chuyển "${unit.name}" vào dưới "${parent.name}": "${parent.name}" đang là đơn vị cấp dưới của "${unit.name}", việc chuyển sẽ tạo thành vòng lặp.`;
  throw validation(message, { fields: { parentId: message } });
}
