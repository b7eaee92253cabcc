/**
 * What the generated drafts (G4) are filled from: the unit's conference in the plan
 * (date, time, venue, form, delegate counts, presidium, agenda), the unit and its
 * parent, and the plan's number, date and place. Plain SQL reads, no decisions.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  agendaItems,
  collectives,
  conferences,
  delegates,
  persons,
  plans,
  presidiumMembers,
  units,
} from "../../db/schema/index.ts";

/** The unit's own conference of the plan (unit or pilot kind), if any. */
export async function conferenceOf(db: Db, planId: string, unitId: string) {
  const [row] = await db
    .select()
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
export type ConferenceRow = NonNullable<Awaited<ReturnType<typeof conferenceOf>>>;

export type DraftSource = {
  plan: { numberSymbol: string; issuedOn: string | null; issuingBody: string; place: string; title: string };
  unit: { name: string; parentName: string | null };
  conference: ConferenceRow | null;
  counts: { exemplar: number; guest: number; attended: number };
  presidium: { name: string; title: string | null }[];
  agenda: { title: string; presenter: string | null }[];
};

export async function loadDraftSource(db: Db, planId: string, unitId: string): Promise<DraftSource> {
  const [plan] = await db
    .select({
      numberSymbol: plans.numberSymbol,
      issuedOn: plans.issuedOn,
      issuingBody: plans.issuingBody,
      place: plans.place,
      title: plans.title,
    })
    .from(plans)
    .where(eq(plans.id, planId));
  const [unit] = await db
    .select({ name: units.name, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, unitId));
  const [parent] = unit?.parentId
    ? await db.select({ name: units.name }).from(units).where(eq(units.id, unit.parentId))
    : [];
  const conference = await conferenceOf(db, planId, unitId);
  const source: DraftSource = {
    plan: plan!,
    unit: { name: unit!.name, parentName: parent?.name ?? null },
    conference,
    counts: { exemplar: 0, guest: 0, attended: 0 },
    presidium: [],
    agenda: [],
  };
  if (!conference) return source;
  const [counts] = await db
    .select({
      exemplar: sql<number>`(count(*) filter (where ${delegates.role} = 'exemplar'))::int`,
      guest: sql<number>`(count(*) filter (where ${delegates.role} = 'guest'))::int`,
      attended: sql<number>`(count(*) filter (where ${delegates.status} = 'attended'))::int`,
    })
    .from(delegates)
    .where(eq(delegates.conferenceId, conference.id));
  source.counts = {
    exemplar: Number(counts?.exemplar ?? 0),
    guest: Number(counts?.guest ?? 0),
    attended: Number(counts?.attended ?? 0),
  };
  const members = await db
    .select({
      person: persons.fullName,
      collective: collectives.name,
      title: presidiumMembers.titleShown,
      position: persons.position,
    })
    .from(presidiumMembers)
    .innerJoin(delegates, eq(delegates.id, presidiumMembers.delegateId))
    .leftJoin(persons, eq(persons.id, delegates.personId))
    .leftJoin(collectives, eq(collectives.id, delegates.collectiveId))
    .where(eq(presidiumMembers.conferenceId, conference.id))
    .orderBy(asc(presidiumMembers.order));
  source.presidium = members.map((m) => ({
    name: m.person ?? m.collective ?? "",
    title: m.title ?? m.position,
  }));
  source.agenda = await db
    .select({ title: agendaItems.title, presenter: agendaItems.presenter })
    .from(agendaItems)
    .where(eq(agendaItems.conferenceId, conference.id))
    .orderBy(asc(agendaItems.order));
  return source;
}
