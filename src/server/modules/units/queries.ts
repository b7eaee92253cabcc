import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Unit } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { clusters, planParticipants, plans, unitKinds, units } from "../../db/schema/index.ts";

/** The plan currently run (issued, not a template), newest first; null when none. */
export async function currentPlanId(db: Db): Promise<string | null> {
  const rows = await db
    .select({ id: plans.id, status: plans.status, createdAt: plans.createdAt })
    .from(plans)
    .where(eq(plans.isTemplate, false));
  const rank = (s: string) => (s === "issued" ? 0 : s === "draft" ? 1 : 2);
  rows.sort((a, b) => rank(a.status) - rank(b.status) || b.createdAt.getTime() - a.createdAt.getTime());
  return rows[0]?.id ?? null;
}

export async function listUnits(
  db: Db,
  filter: { ids?: string[]; includeInactive?: boolean } = {},
): Promise<Unit[]> {
  const where: SQL[] = [];
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(inArray(units.id, filter.ids));
  }
  if (!filter.includeInactive) where.push(eq(units.active, true));
  const planId = await currentPlanId(db);
  const pilotIds = new Set<string>();
  if (planId) {
    const pilots = await db
      .select({ unitId: planParticipants.unitId })
      .from(planParticipants)
      .where(and(eq(planParticipants.planId, planId), eq(planParticipants.role, "pilot")));
    for (const p of pilots) pilotIds.add(p.unitId);
  }
  const rows = await db
    .select({
      id: units.id,
      parentId: units.parentId,
      code: units.code,
      name: units.name,
      kind: units.kindCode,
      kindName: unitKinds.name,
      workforce: units.workforce,
      population: units.population,
      clusterId: units.clusterId,
      clusterName: clusters.name,
      address: units.address,
      isDemo: units.isDemo,
      active: units.active,
      version: units.version,
    })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.code, units.kindCode))
    .leftJoin(clusters, eq(clusters.id, units.clusterId))
    .where(where.length ? and(...where) : undefined);
  return rows.map((r) => ({ ...r, isPilot: pilotIds.has(r.id) }));
}
