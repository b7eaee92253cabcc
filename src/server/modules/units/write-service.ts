/**
 * Unit writes (B1, N2): create, edit, move, deactivate / activate, delete.
 * Office only; every change and its audit row commit in one transaction;
 * edits carry the version read and a stale one is refused (409 STALE).
 */
import { count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { AuditAction } from "../../../domain/audit/vocabulary.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Unit, UnitInputSchema, UnitMoveSchema, UnitUpdateSchema } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { isForeignKeyViolation, isUniqueViolation } from "../../db/pg-errors.ts";
import { planParticipants, plans, units, users } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  checkCodeFree,
  checkNewParent,
  checkReferences,
  cleanAddress,
  codeTaken,
  loadUnit,
  lockUnitTree,
  requireUnitManager,
  type UnitValues,
} from "./write-support.ts";

export type UnitCreateData = z.output<typeof UnitInputSchema>;
export type UnitUpdateData = z.output<typeof UnitUpdateSchema>;
export type UnitMoveData = z.output<typeof UnitMoveSchema>;

/** A unique-code race lost at insert time is the same 409 as the check before it. */
function mapUniqueViolation(err: unknown, code: string): never {
  if (isUniqueViolation(err)) throw codeTaken(code);
  throw err;
}

export async function createUnit(ctx: ServiceContext, input: UnitCreateData): Promise<Unit> {
  requireUnitManager(ctx);
  const values: UnitValues = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    parentId: input.parentId ?? null,
    workforce: input.workforce ?? null,
    population: input.population ?? null,
    clusterId: input.clusterId ?? null,
    address: cleanAddress(input.address),
  };
  await checkCodeFree(ctx.db, values.code);
  await checkReferences(ctx.db, values, { kindIsNew: true });
  const now = ctx.clock.now();
  const id = await ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(units)
        .values({
          code: values.code,
          name: values.name,
          searchKey: foldVietnamese(values.name),
          kindCode: values.kind,
          parentId: values.parentId,
          workforce: values.workforce,
          population: values.population,
          clusterId: values.clusterId,
          address: values.address,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: units.id });
      const after = await loadUnit(tx, row!.id);
      await recordAudit(tx, ctx, {
        action: "unit.create",
        entityType: "unit",
        entityId: after.id,
        unitId: after.id,
        after,
      });
      return after.id;
    })
    .catch((err) => mapUniqueViolation(err, values.code));
  return loadUnit(ctx.db, id);
}

/** Applies `set` when the version still matches, then writes the audit row; all in one transaction. */
async function versionedWrite(
  ctx: ServiceContext,
  before: Unit,
  version: number,
  action: AuditAction,
  set: Partial<typeof units.$inferInsert>,
  opts: { checkParent?: string | null } = {},
): Promise<Unit> {
  await withTx(ctx, async (tx) => {
    if (opts.checkParent !== undefined) {
      await lockUnitTree(tx.db);
      await checkNewParent(tx.db, before, opts.checkParent);
    }
    await versionedUpdate(tx, units, { id: before.id, version, set, notFound: "Không tìm thấy đơn vị." });
    const after = await loadUnit(tx.db, before.id);
    await recordAudit(tx.db, tx, {
      action,
      entityType: "unit",
      entityId: before.id,
      unitId: before.id,
      before,
      after,
    });
  });
  return loadUnit(ctx.db, before.id);
}

export async function updateUnit(ctx: ServiceContext, id: string, input: UnitUpdateData): Promise<Unit> {
  requireUnitManager(ctx);
  const before = await loadUnit(ctx.db, id);
  if (input.version !== before.version) throw stale();
  const next: UnitValues = {
    code: input.code ?? before.code,
    name: input.name ?? before.name,
    kind: input.kind ?? before.kind,
    parentId: input.parentId === undefined ? before.parentId : input.parentId,
    workforce: input.workforce === undefined ? before.workforce : input.workforce,
    population: input.population === undefined ? before.population : input.population,
    clusterId: input.clusterId === undefined ? before.clusterId : input.clusterId,
    address: input.address === undefined ? before.address : cleanAddress(input.address),
  };
  if (next.code !== before.code) await checkCodeFree(ctx.db, next.code, id);
  await checkReferences(ctx.db, next, { kindIsNew: next.kind !== before.kind });
  const set = {
    code: next.code,
    name: next.name,
    searchKey: foldVietnamese(next.name),
    kindCode: next.kind,
    parentId: next.parentId,
    workforce: next.workforce,
    population: next.population,
    clusterId: next.clusterId,
    address: next.address,
    active: input.active ?? before.active,
  };
  const parentChanged = next.parentId !== before.parentId;
  return versionedWrite(
    ctx,
    before,
    input.version,
    "unit.update",
    set,
    parentChanged ? { checkParent: next.parentId } : {},
  ).catch((err) => mapUniqueViolation(err, next.code));
}

export async function moveUnit(ctx: ServiceContext, id: string, input: UnitMoveData): Promise<Unit> {
  requireUnitManager(ctx);
  const before = await loadUnit(ctx.db, id);
  if (input.version !== before.version) throw stale();
  return versionedWrite(
    ctx,
    before,
    input.version,
    "unit.move",
    { parentId: input.parentId },
    { checkParent: input.parentId },
  );
}

export async function setUnitActive(
  ctx: ServiceContext,
  id: string,
  active: boolean,
  version: number,
): Promise<Unit> {
  requireUnitManager(ctx);
  const before = await loadUnit(ctx.db, id);
  if (version !== before.version) throw stale();
  return versionedWrite(ctx, before, version, active ? "unit.activate" : "unit.deactivate", { active });
}

/** What keeps a unit from being deleted outright; empty when it has no data. */
async function unitData(db: Db, id: string): Promise<string[]> {
  const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
  const children = await n(db.select({ n: count() }).from(units).where(eq(units.parentId, id)));
  const accounts = await n(db.select({ n: count() }).from(users).where(eq(users.unitId, id)));
  const planned = await n(
    db.select({ n: count() }).from(planParticipants).where(eq(planParticipants.unitId, id)),
  );
  const issued = await n(db.select({ n: count() }).from(plans).where(eq(plans.issuingUnitId, id)));
  const found: string[] = [];
  if (children) found.push(`${children} đơn vị cấp dưới`);
  if (accounts) found.push(`${accounts} tài khoản`);
  if (planned) found.push(`tham gia ${planned} kế hoạch`);
  if (issued) found.push(`ban hành ${issued} kế hoạch`);
  return found;
}

function hasData(name: string, found: string[]): AppError {
  const what = found.length ? ` (${found.join(", ")})` : "";
  return new AppError(
    "CONFLICT",
    `Đơn vị "${name}" đã có dữ liệu${what} nên không thể xóa hẳn. Hãy dùng "Ngừng hoạt động" thay cho xóa.`,
    { hasData: found },
  );
}

/** Hard delete, only for a unit with no data at all (e.g. one entered by mistake). */
export async function deleteUnit(ctx: ServiceContext, id: string): Promise<void> {
  requireUnitManager(ctx);
  const before = await loadUnit(ctx.db, id);
  const found = await unitData(ctx.db, id);
  if (found.length) throw hasData(before.name, found);
  await ctx.db
    .transaction(async (tx) => {
      await lockUnitTree(tx);
      const again = await unitData(tx, id);
      if (again.length) throw hasData(before.name, again);
      await tx.delete(units).where(eq(units.id, id));
      await recordAudit(tx, ctx, {
        action: "unit.delete",
        entityType: "unit",
        entityId: id,
        unitId: id,
        before,
      });
    })
    .catch((err) => {
      // Data in a table added later (conferences, delegates…) shows up as a foreign-key violation.
      if (isForeignKeyViolation(err)) throw hasData(before.name, []);
      throw err;
    });
}
