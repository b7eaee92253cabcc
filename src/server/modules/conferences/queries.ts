/** Reads of conferences and their content, in bulk (one query per table). */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { ethnicityName } from "../../../domain/people/ethnicities.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";
import type { Db } from "../../db/client.ts";
import {
  agendaItems,
  collectives,
  conferences,
  delegates,
  persons,
  presidiumMembers,
  unitKinds,
  units,
  users,
} from "../../db/schema/index.ts";

export type ConferenceRow = typeof conferences.$inferSelect & {
  kind: ConferenceKind;
  unitName: string;
  unitKind: string;
  hasWorkforce: boolean;
  workforce: number | null;
  reviewerName: string | null;
};

export type ConferenceFilter = {
  ids?: string[];
  planId?: string;
  unitId?: string;
  status?: string;
  kind?: string;
};

export async function listConferenceRows(db: Db, filter: ConferenceFilter): Promise<ConferenceRow[]> {
  const where: SQL[] = [];
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(inArray(conferences.id, filter.ids));
  }
  if (filter.planId) where.push(eq(conferences.planId, filter.planId));
  if (filter.unitId) where.push(eq(conferences.unitId, filter.unitId));
  if (filter.status) where.push(eq(conferences.status, filter.status));
  if (filter.kind) where.push(eq(conferences.kind, filter.kind));
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
    .where(where.length ? and(...where) : undefined);
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

export async function findConferenceRow(db: Db, id: string): Promise<ConferenceRow | null> {
  const [row] = await listConferenceRows(db, { ids: [id] });
  return row ?? null;
}

export type DelegateRow = {
  id: string;
  conferenceId: string;
  personId: string | null;
  collectiveId: string | null;
  fullName: string;
  role: "exemplar" | "guest";
  status: "invited" | "confirmed" | "attended";
  seat: string | null;
  badgeCode: string | null;
  note: string | null;
  person: {
    id: string;
    unitId: string;
    gender: string | null;
    birthYear: number | null;
    ethnicityCode: string | null;
    ethnicityName: string | null;
    position: string | null;
    workplace: string | null;
    categories: string[];
    emulationLevel: string | null;
    economicSector: string | null;
    titles: string | null;
    achievement: string | null;
    isDemo: boolean;
  } | null;
  collectiveUnitId: string | null;
};

export async function listDelegateRows(
  db: Db,
  conferenceIds: string[],
  delegateIds?: string[],
): Promise<DelegateRow[]> {
  if (conferenceIds.length === 0) return [];
  const where: SQL[] = [inArray(delegates.conferenceId, conferenceIds)];
  if (delegateIds) where.push(inArray(delegates.id, delegateIds));
  // Only the columns the view and the rules use: mapping a person's search keys and timestamps
  // for 150 rows per read was a measurable share of a conference read (issue #11 item 4).
  const rows = await db
    .select({
      d: {
        id: delegates.id,
        conferenceId: delegates.conferenceId,
        personId: delegates.personId,
        collectiveId: delegates.collectiveId,
        role: delegates.role,
        status: delegates.status,
        seat: delegates.seat,
        badgeCode: delegates.badgeCode,
        note: delegates.note,
      },
      p: {
        id: persons.id,
        unitId: persons.unitId,
        fullName: persons.fullName,
        gender: persons.gender,
        birthYear: persons.birthYear,
        ethnicityCode: persons.ethnicityCode,
        position: persons.position,
        workplace: persons.workplace,
        categories: persons.categories,
        emulationLevel: persons.emulationLevel,
        economicSector: persons.economicSector,
        titles: persons.titles,
        achievement: persons.achievement,
        isDemo: persons.isDemo,
      },
      c: { name: collectives.name, unitId: collectives.unitId },
    })
    .from(delegates)
    .leftJoin(persons, eq(persons.id, delegates.personId))
    .leftJoin(collectives, eq(collectives.id, delegates.collectiveId))
    .where(and(...where));
  return rows.map(({ d, p, c }) => ({
    id: d.id,
    conferenceId: d.conferenceId,
    personId: d.personId,
    collectiveId: d.collectiveId,
    fullName: p?.fullName ?? c?.name ?? "",
    role: d.role === "guest" ? "guest" : "exemplar",
    status: d.status === "attended" || d.status === "confirmed" ? d.status : "invited",
    seat: d.seat,
    badgeCode: d.badgeCode,
    note: d.note,
    person: p
      ? {
          id: p.id,
          unitId: p.unitId,
          gender: p.gender,
          birthYear: p.birthYear,
          ethnicityCode: p.ethnicityCode,
          ethnicityName: p.ethnicityCode ? ethnicityName(p.ethnicityCode) : null,
          position: p.position,
          workplace: p.workplace,
          categories: p.categories,
          emulationLevel: p.emulationLevel,
          economicSector: p.economicSector,
          titles: p.titles,
          achievement: p.achievement,
          isDemo: p.isDemo,
        }
      : null,
    collectiveUnitId: c?.unitId ?? null,
  }));
}

export type PresidiumRow = typeof presidiumMembers.$inferSelect;

export async function listPresidiumRows(db: Db, conferenceIds: string[]): Promise<PresidiumRow[]> {
  if (conferenceIds.length === 0) return [];
  return db
    .select()
    .from(presidiumMembers)
    .where(inArray(presidiumMembers.conferenceId, conferenceIds))
    .orderBy(asc(presidiumMembers.order));
}

export type AgendaRow = typeof agendaItems.$inferSelect;

export async function listAgendaRows(db: Db, conferenceIds: string[]): Promise<AgendaRow[]> {
  if (conferenceIds.length === 0) return [];
  return db
    .select()
    .from(agendaItems)
    .where(inArray(agendaItems.conferenceId, conferenceIds))
    .orderBy(asc(agendaItems.order));
}

/** Rows grouped by conference id. */
export function groupBy<T extends { conferenceId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.conferenceId);
    if (list) list.push(r);
    else out.set(r.conferenceId, [r]);
  }
  return out;
}
