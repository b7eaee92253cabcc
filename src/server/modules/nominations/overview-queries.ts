/**
 * The office's overview of units' nominations in SQL (SPEC F4; issue #11 item 5): one page of
 * the plan's participants — unit name words filtered, counted and cut in SQL, nominated units
 * first, then unit names in Vietnamese alphabet order (`units.sort_key`), the id last — with
 * their nomination's status, entry count and published quota; and the totals over every
 * nomination to the conference from one aggregate statement, whatever the page or the filter.
 */
import { and, eq, sql } from "drizzle-orm";
import { offsetOf, type PageParams } from "../../../domain/paging.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { planParticipants, units } from "../../db/schema/index.ts";
import { countSql, wordsMatch } from "../../db/text-sql.ts";
import { publishedSeatsSql } from "../quotas/index.ts";

type Result = { rows: Record<string, unknown>[] };

export type UnitCountRow = {
  unitId: string;
  unitCode: string;
  unitName: string;
  nominationId: string | null;
  status: string | null;
  source: string | null;
  count: number;
  version: number | null;
  /** The latest published allocation's seats, null when none is published for the unit. */
  quota: number | null;
};

/** One page of the participants with their nominations, and how many participants match `q`. */
export async function unitCountsPage(
  db: Db,
  s: { planId: string; conferenceId: string; q?: string },
  p: PageParams,
): Promise<{ items: UnitCountRow[]; total: number }> {
  const where = and(eq(planParticipants.planId, s.planId), ...wordsMatch(s.q, units.searchKey));
  const [counted, page] = await readTogether(db, [
    () =>
      db
        .select({ n: countSql })
        .from(planParticipants)
        .innerJoin(units, eq(units.id, planParticipants.unitId))
        .where(where),
    () =>
      db.execute(sql`
        select ${units.id} as unit_id, ${units.code} as unit_code, ${units.name} as unit_name,
          n.id as nomination_id, n.status, n.source, n.version, q.seats as quota,
          (select count(*) from nomination_entries e where e.nomination_id = n.id)::int as entries
        from ${planParticipants}
        join ${units} on ${units.id} = ${planParticipants.unitId}
        left join nominations n on n.unit_id = ${units.id} and n.conference_id = ${s.conferenceId}
        left join ${publishedSeatsSql(s.conferenceId)} q on q.unit_id = ${units.id}
        where ${where}
        order by (n.id is null), ${units.sortKey}, ${units.name} collate "C", ${units.id}
        limit ${p.limit} offset ${offsetOf(p)}`),
  ]);
  const items = (page as unknown as Result).rows.map(
    (r): UnitCountRow => ({
      unitId: String(r.unit_id),
      unitCode: String(r.unit_code),
      unitName: String(r.unit_name),
      nominationId: (r.nomination_id as string | null) ?? null,
      status: (r.status as string | null) ?? null,
      source: (r.source as string | null) ?? null,
      count: Number(r.entries),
      version: r.version == null ? null : Number(r.version),
      quota: r.quota == null ? null : Number(r.quota),
    }),
  );
  return { items, total: Number(counted[0]?.n ?? 0) };
}

export type NominationSummary = { nominated: number; accepted: number; overQuotaUnits: number };

/**
 * Over every nomination to the conference: people put forward (drafts left out), people
 * accepted, and units sent over their published quota.
 */
export async function nominationSummary(db: Db, conferenceId: string): Promise<NominationSummary> {
  const res = (await db.execute(sql`
    select coalesce(sum(c.entries) filter (where c.status <> 'draft'), 0)::int as nominated,
      coalesce(sum(c.entries) filter (where c.status = 'accepted'), 0)::int as accepted,
      (count(*) filter (where c.status <> 'draft' and c.entries > q.seats))::int as over_quota
    from (
      select n.unit_id, n.status,
        (select count(*) from nomination_entries e where e.nomination_id = n.id) as entries
      from nominations n where n.conference_id = ${conferenceId}) c
    left join ${publishedSeatsSql(conferenceId)} q on q.unit_id = c.unit_id`)) as unknown as Result;
  const r = res.rows[0] ?? {};
  return {
    nominated: Number(r.nominated ?? 0),
    accepted: Number(r.accepted ?? 0),
    overQuotaUnits: Number(r.over_quota ?? 0),
  };
}
