import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Unit } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
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

export type UnitFilter = {
  ids?: string[];
  includeInactive?: boolean;
  /** Words of the name, without diacritics, all present. */
  q?: string;
  kind?: string;
  parentId?: string;
};

const likeEscape = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

function unitWhere(filter: UnitFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.ids) where.push(inArray(units.id, filter.ids));
  if (!filter.includeInactive) where.push(eq(units.active, true));
  if (filter.kind) where.push(eq(units.kindCode, filter.kind));
  if (filter.parentId) where.push(eq(units.parentId, filter.parentId));
  for (const w of foldVietnamese(filter.q ?? "")
    .split(" ")
    .filter(Boolean)) {
    where.push(sql`${units.searchKey} like ${`%${likeEscape(w)}%`}`);
  }
  return where.length ? and(...where) : undefined;
}

/**
 * One page of units with the total (issue #11 item 5): filtered, counted and cut in SQL, ordered
 * by the kind's order (data, M1), then the name in Vietnamese alphabet order (the stored letter
 * codes `units.sort_key`, migration 0022; tones tie-broken by the name), then the id.
 */
export async function pageUnits(db: Db, filter: UnitFilter, page: PageParams): Promise<Page<Unit>> {
  if (filter.ids?.length === 0) return { items: [], total: 0, ...page };
  const [counted, ids] = await readTogether(db, [
    () => db.select({ n: sql<number>`count(*)::int` }).from(units).where(unitWhere(filter)),
    () =>
      db
        .select({ id: units.id })
        .from(units)
        .innerJoin(unitKinds, eq(unitKinds.code, units.kindCode))
        .where(unitWhere(filter))
        .orderBy(unitKinds.sortOrder, unitKinds.name, units.sortKey, sql`${units.name} collate "C"`, units.id)
        .limit(page.limit)
        .offset(offsetOf(page)),
  ]);
  const byId = new Map(
    (await listUnits(db, { ids: ids.map((r) => r.id), includeInactive: true })).map((u) => [u.id, u]),
  );
  return {
    items: ids.map((r) => byId.get(r.id)!),
    total: Number(counted[0]?.n ?? 0),
    ...page,
  };
}

/** Units matching the filter (ids given: those units only), unordered. */
export async function listUnits(db: Db, filter: UnitFilter = {}): Promise<Unit[]> {
  if (filter.ids?.length === 0) return [];
  const planId = await currentPlanId(db);
  const pilotIds = new Set<string>();
  if (planId) {
    const pilots = await db
      .select({ unitId: planParticipants.unitId })
      .from(planParticipants)
      .where(
        and(
          eq(planParticipants.planId, planId),
          eq(planParticipants.role, "pilot"),
          filter.ids ? inArray(planParticipants.unitId, filter.ids) : undefined,
        ),
      );
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
    .where(unitWhere(filter));
  return rows.map((r) => ({ ...r, isPilot: pilotIds.has(r.id) }));
}
