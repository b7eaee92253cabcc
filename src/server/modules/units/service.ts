import type { Page } from "../../../domain/paging.ts";
import type { Unit, UnitListQuery } from "../../../domain/units.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { unitPolicy } from "./policy.ts";
import { listUnits, pageUnits } from "./queries.ts";

/**
 * One page of the units the actor may see; a unit user gets only its own (N3). Ordered by kind
 * order (data, M1), then name (vi), in SQL (issue #11 item 5: 10,000 units).
 */
export async function listVisibleUnits(ctx: ServiceContext, q: UnitListQuery): Promise<Page<Unit>> {
  const { actor } = ctx;
  const page = { page: q.page, limit: q.limit };
  const filter = { includeInactive: q.includeInactive, q: q.q, kind: q.kind, parentId: q.parentId };
  return unitPolicy.readAll(actor)
    ? pageUnits(ctx.db, filter, page)
    : pageUnits(ctx.db, { ...filter, ids: actor.unitId ? [actor.unitId] : [], includeInactive: true }, page);
}

/** One unit; 404 (not 403) for a unit the actor may not see, so its existence does not leak. */
export async function getUnit(ctx: ServiceContext, id: string): Promise<Unit> {
  if (!unitPolicy.canRead(ctx.actor, id)) throw notFound("Không tìm thấy đơn vị.");
  const [unit] = await listUnits(ctx.db, { ids: [id], includeInactive: true });
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  return unit;
}
