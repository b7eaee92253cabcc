import { and, asc, count, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import { ethnicityName } from "../../../domain/people/ethnicities.ts";
import { asGender, type Collective, type Person } from "../../../domain/persons.ts";
import { foldVietnamese, sortByPersonName, sortVi } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { collectives, persons, units } from "../../db/schema/index.ts";
import { viOrderSql } from "../../db/text-sql.ts";

export type PersonFilter = { ids?: string[]; unitId?: string; q?: string };

/** `%word%` patterns for every word of a query, folded like the stored search key (E5). */
export function searchPatterns(q: string | undefined): string[] {
  if (!q) return [];
  return foldVietnamese(q)
    .split(" ")
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
}

type PersonRow = typeof persons.$inferSelect & { unitName: string };

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    fullName: r.fullName,
    gender: asGender(r.gender),
    birthYear: r.birthYear,
    ethnicityCode: r.ethnicityCode,
    ethnicityName: r.ethnicityCode ? ethnicityName(r.ethnicityCode) : null,
    position: r.position,
    workplace: r.workplace,
    categories: r.categories,
    emulationLevel: r.emulationLevel,
    economicSector: r.economicSector,
    titles: r.titles,
    achievement: r.achievement,
    isDemo: r.isDemo,
    version: r.version,
  };
}

function personWhere(filter: PersonFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.ids) where.push(inArray(persons.id, filter.ids));
  if (filter.unitId) where.push(eq(persons.unitId, filter.unitId));
  // `%word%` on the folded key: the trigram index (migration 0021) answers it at 500,000 people.
  for (const p of searchPatterns(filter.q)) where.push(like(persons.searchKey, p));
  return where.length ? and(...where) : undefined;
}

/**
 * One page of the people matching the filter, in the order of official lists, cut in SQL
 * by the stored order key (given, middle, family name; index persons_sort_idx), with the
 * total from COUNT. The key agrees with comparePersonNames up to case; the page is put in
 * its exact order in JS (rows only move among rows with the same key).
 */
export async function pagePersons(db: Db, filter: PersonFilter, page: PageParams): Promise<Page<Person>> {
  if (filter.ids?.length === 0) return { items: [], total: 0, page: page.page, limit: page.limit };
  const where = personWhere(filter);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(persons).where(where);
  const rows = await db
    .select({ p: persons, unitName: units.name })
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(where)
    .orderBy(asc(persons.sortKey), sql`${persons.fullName} collate "C"`, asc(persons.id))
    .limit(page.limit)
    .offset(offsetOf(page));
  const items = sortByPersonName(
    rows.map((r) => toPerson({ ...r.p, unitName: r.unitName })),
    (p) => p.fullName,
  );
  return { items, total, page: page.page, limit: page.limit };
}

/** People matching the filter (a few: by ids or one unit), in the order of official lists. */
export async function listPersons(db: Db, filter: PersonFilter): Promise<Person[]> {
  if (filter.ids?.length === 0) return [];
  const where = personWhere(filter);
  const rows = await db
    .select({ p: persons, unitName: units.name })
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(where);
  return sortByPersonName(
    rows.map((r) => toPerson({ ...r.p, unitName: r.unitName })),
    (p) => p.fullName,
  );
}

export async function findPerson(db: Db, id: string): Promise<Person | null> {
  const [p] = await listPersons(db, { ids: [id] });
  return p ?? null;
}

export type CollectiveFilter = { ids?: string[]; unitId?: string; q?: string };

export async function listCollectives(db: Db, filter: CollectiveFilter): Promise<Collective[]> {
  const where: SQL[] = [];
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(inArray(collectives.id, filter.ids));
  }
  if (filter.unitId) where.push(eq(collectives.unitId, filter.unitId));
  for (const p of searchPatterns(filter.q)) where.push(like(collectives.searchKey, p));
  const rows = await db
    .select({ c: collectives, unitName: units.name, representativeName: persons.fullName })
    .from(collectives)
    .innerJoin(units, eq(units.id, collectives.unitId))
    .leftJoin(persons, eq(persons.id, collectives.representativeId))
    .where(where.length ? and(...where) : undefined);
  return sortVi(
    rows.map((r) => ({
      id: r.c.id,
      unitId: r.c.unitId,
      unitName: r.unitName,
      name: r.c.name,
      representativeId: r.c.representativeId,
      representativeName: r.representativeName,
      achievement: r.c.achievement,
      version: r.c.version,
    })),
    (c) => c.name,
  );
}

/**
 * One page of collectives (issue #11 item 5): counted and cut in SQL, names in Vietnamese
 * alphabet order (text-sql.ts), then the id.
 */
export async function pageCollectives(
  db: Db,
  filter: Omit<CollectiveFilter, "ids">,
  page: PageParams,
): Promise<Page<Collective>> {
  const where: SQL[] = [];
  if (filter.unitId) where.push(eq(collectives.unitId, filter.unitId));
  for (const p of searchPatterns(filter.q)) where.push(like(collectives.searchKey, p));
  const cond = where.length ? and(...where) : undefined;
  const [counted, ids] = await readTogether(db, [
    () => db.select({ n: count() }).from(collectives).where(cond),
    () =>
      db
        .select({ id: collectives.id })
        .from(collectives)
        .where(cond)
        .orderBy(...viOrderSql(collectives.name), collectives.id)
        .limit(page.limit)
        .offset(offsetOf(page)),
  ]);
  const byId = new Map((await listCollectives(db, { ids: ids.map((r) => r.id) })).map((c) => [c.id, c]));
  return { items: ids.map((r) => byId.get(r.id)!), total: Number(counted[0]?.n ?? 0), ...page };
}

export async function findCollective(db: Db, id: string): Promise<Collective | null> {
  const [c] = await listCollectives(db, { ids: [id] });
  return c ?? null;
}

export async function unitExists(db: Db, id: string): Promise<boolean> {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.id, id)).limit(1);
  return Boolean(u);
}
