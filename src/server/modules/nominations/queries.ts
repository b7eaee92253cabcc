/**
 * Nominations' SQL (SPEC F4): the higher conference of a plan, units' nominations and
 * entries, a unit's candidates (its people and its own conference's delegates), people
 * nominated by two units (E6 identity key), the list. The office's overview: overview-queries.ts.
 * "Higher conference" = the conference a plan's issuing unit holds in that plan (the level's
 * own conference, which receives the participants' delegates): data, not a level name —
 * the province's plan has one too (M1). The quotas module uses the same rule.
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  conferences,
  nominationEntries,
  nominationListGuests,
  nominationLists,
  nominations,
  persons,
  plans,
  units,
} from "../../db/schema/index.ts";

type Result = { rows: Record<string, unknown>[] };

/** The conference is held by its plan's issuing unit (joined with `plans`). */
const receives = eq(conferences.unitId, plans.issuingUnitId);
const rowsOf = (r: unknown) => (r as Result).rows;

export type ConferenceRow = {
  id: string;
  planId: string;
  unitId: string;
  unitName: string;
  title: string;
  date: string | null;
  status: string;
  planNumberSymbol: string;
  planTitle: string;
  planIssuedOn: string | null;
};

const conferenceCols = {
  id: conferences.id,
  planId: conferences.planId,
  unitId: conferences.unitId,
  unitName: units.name,
  title: sql<string>`coalesce(${conferences.title}, 'Hội nghị điển hình tiên tiến ' || ${units.name})`,
  date: conferences.date,
  status: conferences.status,
  planNumberSymbol: plans.numberSymbol,
  planTitle: plans.title,
  planIssuedOn: plans.issuedOn,
};

export async function conferenceById(db: Db, id: string): Promise<ConferenceRow | null> {
  const [row] = await db
    .select(conferenceCols)
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .innerJoin(plans, eq(plans.id, conferences.planId))
    .where(and(eq(conferences.id, id), receives));
  return row ?? null;
}

export async function conferenceOfPlan(db: Db, planId: string): Promise<ConferenceRow | null> {
  const [row] = await db
    .select(conferenceCols)
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .innerJoin(plans, eq(plans.id, conferences.planId))
    .where(and(eq(conferences.planId, planId), receives))
    .limit(1);
  return row ?? null;
}

/** The receiving conference run by `unitIds` (the office's unit or its parent), newest plan first. */
export async function conferenceRunBy(db: Db, unitIds: string[]): Promise<ConferenceRow | null> {
  if (unitIds.length === 0) return null;
  const [row] = await db
    .select(conferenceCols)
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .innerJoin(plans, eq(plans.id, conferences.planId))
    .where(and(receives, inArray(conferences.unitId, unitIds), eq(plans.isTemplate, false)))
    .orderBy(desc(plans.createdAt))
    .limit(1);
  return row ?? null;
}

/** The receiving conference of a plan the unit takes part in, newest plan first. */
export async function conferenceForParticipant(db: Db, unitId: string): Promise<ConferenceRow | null> {
  const [row] = await db
    .select(conferenceCols)
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .innerJoin(plans, eq(plans.id, conferences.planId))
    .where(
      and(
        receives,
        eq(plans.isTemplate, false),
        sql`exists (select 1 from plan_participants pp where pp.plan_id = ${conferences.planId} and pp.unit_id = ${unitId})`,
      ),
    )
    .orderBy(desc(plans.createdAt))
    .limit(1);
  return row ?? null;
}

export async function unitParent(db: Db, unitId: string): Promise<string | null> {
  const [u] = await db.select({ parentId: units.parentId }).from(units).where(eq(units.id, unitId));
  return u?.parentId ?? null;
}

/** The unit's own conference in the plan (unit or pilot kind), if any. */
export async function ownConference(db: Db, planId: string, unitId: string) {
  const [row] = await db
    .select({ id: conferences.id, status: conferences.status })
    .from(conferences)
    .where(
      and(
        eq(conferences.planId, planId),
        eq(conferences.unitId, unitId),
        inArray(conferences.kind, ["unit", "pilot"]),
      ),
    )
    .orderBy(asc(conferences.createdAt))
    .limit(1);
  return row ?? null;
}

export async function nominationOf(db: Db, conferenceId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(nominations)
    .where(and(eq(nominations.conferenceId, conferenceId), eq(nominations.unitId, unitId)));
  return row ?? null;
}

export async function nominationById(db: Db, id: string) {
  const [row] = await db
    .select({ n: nominations, unitName: units.name, unitCode: units.code })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(eq(nominations.id, id));
  return row ?? null;
}

export async function entriesOf(db: Db, nominationId: string) {
  return db
    .select({
      personId: nominationEntries.personId,
      order: nominationEntries.order,
      achievement: nominationEntries.achievement,
      movementCode: nominationEntries.movementCode,
      fullName: persons.fullName,
      gender: persons.gender,
      birthYear: persons.birthYear,
      position: persons.position,
      workplace: persons.workplace,
    })
    .from(nominationEntries)
    .innerJoin(persons, eq(persons.id, nominationEntries.personId))
    .where(eq(nominationEntries.nominationId, nominationId))
    .orderBy(asc(nominationEntries.order));
}

/** People a unit may nominate: its own list, or delegates of its own conferences in the plan. */
function candidateWhere(planId: string, unitId: string) {
  return or(
    eq(persons.unitId, unitId),
    sql`${persons.id} in (select d.person_id from delegates d join conferences c on c.id = d.conference_id
      where c.plan_id = ${planId} and c.unit_id = ${unitId} and c.kind in ('unit','pilot') and d.person_id is not null)`,
  );
}

export async function candidatePage(
  db: Db,
  q: { planId: string; unitId: string; search: string; limit: number; offset: number },
) {
  const where = and(
    candidateWhere(q.planId, q.unitId),
    q.search ? sql`${persons.searchKey} like ${`%${q.search}%`}` : undefined,
  );
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(persons)
    .where(where);
  const items = await db
    .select({
      personId: persons.id,
      fullName: persons.fullName,
      position: persons.position,
      workplace: persons.workplace,
      birthYear: persons.birthYear,
      gender: persons.gender,
      achievement: persons.achievement,
      delegate: sql<boolean>`${persons.id} in (select d.person_id from delegates d join conferences c on c.id = d.conference_id
        where c.plan_id = ${q.planId} and c.unit_id = ${q.unitId} and d.person_id is not null)`,
    })
    .from(persons)
    .where(where)
    .orderBy(asc(persons.searchKey), asc(persons.id))
    .limit(q.limit)
    .offset(q.offset);
  return { total, items };
}

/** Which of `personIds` the unit may nominate. */
export async function allowedCandidates(db: Db, planId: string, unitId: string, personIds: string[]) {
  if (personIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(inArray(persons.id, personIds), candidateWhere(planId, unitId)));
  return new Set(rows.map((r) => r.id));
}

/** People on one unit's nominations (the quota check before accepting). */
export async function entryCount(db: Db, nominationId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominationEntries)
    .where(eq(nominationEntries.nominationId, nominationId));
  return Number(r?.n ?? 0);
}

/** E6: the same person (identity key: folded name, birth year, gender) nominated by two units. */
export async function duplicateNominees(db: Db, conferenceId: string) {
  const rows = rowsOf(
    await db.execute(sql`
      select p.identity_key, min(p.full_name) as full_name, array_agg(distinct u.name) as units
      from nominations n
      join nomination_entries e on e.nomination_id = n.id
      join persons p on p.id = e.person_id
      join units u on u.id = n.unit_id
      where n.conference_id = ${conferenceId} and n.status <> 'draft' and p.birth_year is not null
      group by p.identity_key
      having count(distinct n.unit_id) > 1
      order by 2
      limit 100`),
  );
  const arr = (v: unknown) =>
    Array.isArray(v)
      ? v.map(String)
      : String(v)
          .replace(/^\{|\}$/gu, "")
          .split(",");
  return rows.map((r) => ({
    identityKey: String(r.identity_key),
    fullName: String(r.full_name),
    units: arr(r.units),
  }));
}

export async function listOf(db: Db, conferenceId: string) {
  const [row] = await db.select().from(nominationLists).where(eq(nominationLists.conferenceId, conferenceId));
  return row ?? null;
}

export type ListPersonRow = {
  personId: string;
  role: "exemplar" | "guest";
  fullName: string;
  gender: string | null;
  birthYear: number | null;
  ethnicityCode: string | null;
  position: string | null;
  workplace: string | null;
  categories: string[];
  emulationLevel: string | null;
  economicSector: string | null;
  achievement: string | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
};

/** The compiled list: accepted nominations (by unit name, then order), then the guests. */
export async function compiledPeople(
  db: Db,
  conferenceId: string,
  page?: { limit: number; offset: number },
): Promise<{ items: ListPersonRow[]; total: number }> {
  const rows = rowsOf(
    await db.execute(sql`
      with l as (
        select 'exemplar' as role, p.id as person_id, e.achievement, u.id as unit_id, u.code as unit_code,
          u.name as unit_name, u.search_key as unit_key, 0 as part, e."order" as ord
        from nominations n join nomination_entries e on e.nomination_id = n.id
        join persons p on p.id = e.person_id join units u on u.id = n.unit_id
        where n.conference_id = ${conferenceId} and n.status = 'accepted'
        union all
        select 'guest', g.person_id, null, null, null, null, null, 1, g."order"
        from nomination_lists nl join nomination_list_guests g on g.list_id = nl.id
        where nl.conference_id = ${conferenceId})
      select l.role, l.person_id, p.full_name, p.gender, p.birth_year, p.ethnicity_code, p.position, p.workplace,
        p.categories, p.emulation_level, p.economic_sector, coalesce(l.achievement, p.achievement) as achievement,
        l.unit_id, l.unit_code, l.unit_name, count(*) over ()::int as total
      from l join persons p on p.id = l.person_id
      order by l.part, l.unit_key, l.ord, p.id
      ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`),
  );
  const items = rows.map(
    (r): ListPersonRow => ({
      personId: String(r.person_id),
      role: r.role === "guest" ? "guest" : "exemplar",
      fullName: String(r.full_name),
      gender: (r.gender as string | null) ?? null,
      birthYear: r.birth_year == null ? null : Number(r.birth_year),
      ethnicityCode: (r.ethnicity_code as string | null) ?? null,
      position: (r.position as string | null) ?? null,
      workplace: (r.workplace as string | null) ?? null,
      categories: (typeof r.categories === "string" ? JSON.parse(r.categories) : r.categories) as string[],
      emulationLevel: (r.emulation_level as string | null) ?? null,
      economicSector: (r.economic_sector as string | null) ?? null,
      achievement: (r.achievement as string | null) ?? null,
      unitId: (r.unit_id as string | null) ?? null,
      unitCode: (r.unit_code as string | null) ?? null,
      unitName: (r.unit_name as string | null) ?? null,
    }),
  );
  return { items, total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
}

export async function guestCount(db: Db, listId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominationListGuests)
    .where(eq(nominationListGuests.listId, listId));
  return r?.n ?? 0;
}
