import { compareVi } from "../../../domain/text.ts";
import type { Unit } from "../../../domain/units.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { listUnitKinds } from "./kinds-service.ts";
import { unitPolicy } from "./policy.ts";
import { listUnits } from "./queries.ts";

/** Units the actor may see; a unit user gets only its own (N3). Sorted by kind order (data, M1), then name (vi). */
export async function listVisibleUnits(
  ctx: ServiceContext,
  opts: { includeInactive?: boolean } = {},
): Promise<Unit[]> {
  const { actor } = ctx;
  const rows = unitPolicy.readAll(actor)
    ? await listUnits(ctx.db, { includeInactive: opts.includeInactive })
    : await listUnits(ctx.db, { ids: actor.unitId ? [actor.unitId] : [], includeInactive: true });
  const order = new Map((await listUnitKinds(ctx.db)).map((k, i) => [k.code, i]));
  const rank = (k: string) => order.get(k) ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => rank(a.kind) - rank(b.kind) || compareVi(a.name, b.name));
}

/** One unit; 404 (not 403) for a unit the actor may not see, so its existence does not leak. */
export async function getUnit(ctx: ServiceContext, id: string): Promise<Unit> {
  if (!unitPolicy.canRead(ctx.actor, id)) throw notFound("Không tìm thấy đơn vị.");
  const [unit] = await listUnits(ctx.db, { ids: [id], includeInactive: true });
  if (!unit) throw notFound("Không tìm thấy đơn vị.");
  return unit;
}
