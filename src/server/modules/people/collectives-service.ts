import type { Page, PageParams } from "../../../domain/paging.ts";
import type { Collective, CollectiveInput, CollectiveUpdate } from "../../../domain/persons.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { collectives } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { peoplePolicy, requirePeopleAccess } from "./policy.ts";
import { findCollective, findPerson, pageCollectives } from "./queries.ts";
import { resolveListUnit, targetUnit } from "./service.ts";

export async function listCollectives(
  ctx: ServiceContext,
  query: { q?: string; unitId?: string } & PageParams,
): Promise<Page<Collective>> {
  requirePeopleAccess(ctx.actor);
  const unitId = await resolveListUnit(ctx, query.unitId);
  return pageCollectives(ctx.db, { unitId, q: query.q }, { page: query.page, limit: query.limit });
}

/** A collective the caller may read, or 404. */
export async function readableCollective(ctx: ServiceContext, db: Db, id: string): Promise<Collective> {
  const c = await findCollective(db, id);
  if (!c || !peoplePolicy.canRead(ctx.actor, c.unitId)) throw notFound("Không tìm thấy tập thể này.");
  return c;
}

/** The representative must be a person of the collective's unit. */
async function checkRepresentative(db: Db, unitId: string, personId: string | null | undefined) {
  if (!personId) return;
  const p = await findPerson(db, personId);
  if (!p || p.unitId !== unitId) {
    throw validation("Người đại diện phải là một người trong danh sách của đơn vị.", {
      fields: { representativeId: "Người đại diện không thuộc đơn vị này." },
    });
  }
}

export async function createCollective(ctx: ServiceContext, input: CollectiveInput): Promise<Collective> {
  const unitId = await targetUnit(ctx, input.unitId);
  await checkRepresentative(ctx.db, unitId, input.representativeId);
  const id = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(collectives)
      .values({
        unitId,
        name: input.name,
        searchKey: foldVietnamese(input.name),
        representativeId: input.representativeId ?? null,
        achievement: input.achievement ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: collectives.id });
    const after = await findCollective(tx, row!.id);
    await recordAudit(tx, ctx, {
      action: "collective.create",
      entityType: "collective",
      entityId: row!.id,
      unitId,
      after,
    });
    return row!.id;
  });
  return (await findCollective(ctx.db, id))!;
}

export async function updateCollective(
  ctx: ServiceContext,
  id: string,
  input: CollectiveUpdate,
): Promise<Collective> {
  requirePeopleAccess(ctx.actor);
  const before = await readableCollective(ctx, ctx.db, id);
  if (!peoplePolicy.canEdit(ctx.actor, before.unitId)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ của đơn vị được sửa tập thể này.");
  }
  const name = input.name ?? before.name;
  const representativeId =
    input.representativeId === undefined ? before.representativeId : input.representativeId;
  await checkRepresentative(ctx.db, before.unitId, representativeId);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, collectives, {
      id,
      version: input.version,
      set: {
        name,
        searchKey: foldVietnamese(name),
        representativeId,
        achievement: input.achievement === undefined ? before.achievement : input.achievement,
      },
      notFound: "Không tìm thấy tập thể này.",
    });
    await recordAudit(tx.db, tx, {
      action: "collective.update",
      entityType: "collective",
      entityId: id,
      unitId: before.unitId,
      before,
      after: await findCollective(tx.db, id),
    });
  });
  return (await findCollective(ctx.db, id))!;
}
