/**
 * The conference list at national scale (issue #11 item 5; D, O1, O2): filtered, counted
 * and cut into a page in SQL (10,000 conferences, 1,000,000 delegates), ordered town →
 * pilot → unit, then by unit name in Vietnamese alphabet order (`units.sort_key`, migration
 * 0022: migration 0021's letter codes stored; tones tie-broken by the name, then the id). The rule
 * counts are stored on the conference (`rule-counts.ts`); delegates are only counted, for the page.
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PageParams } from "../../../domain/paging.ts";
import { offsetOf } from "../../../domain/paging.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { conferences, delegates, unitKinds, units, users } from "../../db/schema/index.ts";
import type { ConferenceFilter, ConferenceRow } from "./queries.ts";

export type ConferenceListFilter = Omit<ConferenceFilter, "ids"> & { q?: string };

const likeEscape = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

function listWhere(filter: ConferenceListFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.planId) where.push(eq(conferences.planId, filter.planId));
  if (filter.unitId) where.push(eq(conferences.unitId, filter.unitId));
  if (filter.status) where.push(eq(conferences.status, filter.status));
  if (filter.kind) where.push(eq(conferences.kind, filter.kind));
  for (const w of foldVietnamese(filter.q ?? "")
    .split(" ")
    .filter(Boolean)) {
    where.push(sql`${units.searchKey} like ${`%${likeEscape(w)}%`}`);
  }
  return where.length ? and(...where) : undefined;
}

/**
 * Conferences matching the filter in all (one COUNT). The unit is joined only to filter on its
 * name: every conference has its unit (a foreign key), and hashing 10,000 units was most of the count.
 */
export async function countConferenceRows(db: Db, filter: ConferenceListFilter): Promise<number> {
  const q = db.select({ n: sql<number>`count(*)::int` }).from(conferences);
  const [row] = await (filter.q?.trim()
    ? q.innerJoin(units, eq(units.id, conferences.unitId)).where(listWhere(filter))
    : q.where(listWhere(filter)));
  return Number(row?.n ?? 0);
}

/** How many delegates each of the conferences has (an aggregate over the page only). */
export async function delegateCounts(db: Db, conferenceIds: string[]): Promise<Map<string, number>> {
  if (conferenceIds.length === 0) return new Map();
  const rows = await db
    .select({ id: delegates.conferenceId, n: sql<number>`count(*)::int` })
    .from(delegates)
    .where(inArray(delegates.conferenceId, conferenceIds))
    .groupBy(delegates.conferenceId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** One page of conference rows. */
export async function pageConferenceRows(
  db: Db,
  filter: ConferenceListFilter,
  page: PageParams,
): Promise<ConferenceRow[]> {
  const kindOrder = sql`case ${conferences.kind} when 'town' then 0 when 'pilot' then 1 else 2 end`;
  const rows = await db
    .select({
      c: conferences,
      unitName: units.name,
      unitKind: units.kindCode,
      hasWorkforce: unitKinds.hasWorkforce,
      workforce: units.workforce,
      reviewerName: users.fullName,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .innerJoin(unitKinds, eq(unitKinds.code, units.kindCode))
    .leftJoin(users, eq(users.id, conferences.reviewedBy))
    .where(listWhere(filter))
    .orderBy(kindOrder, units.sortKey, sql`${units.name} collate "C"`, conferences.id)
    .limit(page.limit)
    .offset(offsetOf(page));
  return rows.map((r) => ({
    ...r.c,
    kind: r.c.kind as ConferenceKind,
    unitName: r.unitName,
    unitKind: r.unitKind,
    hasWorkforce: r.hasWorkforce,
    workforce: r.workforce,
    reviewerName: r.reviewerName,
  }));
}
