/**
 * Duplicate people (E6): people of different units with the same identity key
 * (folded name | birth year | gender). Only people with a birth year count: a
 * bare name shared by two units is too weak a sign to flag.
 */
import { aliasedTable, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import {
  personDuplicateDismissals,
  personDuplicateKeys,
  persons,
  units,
  users,
} from "../../db/schema/index.ts";

export type CandidateRow = {
  id: string;
  unitId: string;
  unitName: string;
  fullName: string;
  gender: string | null;
  birthYear: number | null;
  position: string | null;
  identityKey: string;
};

/**
 * One page of duplicate keys (issue #11 item 5: 500,000 people, 132,000 groups). The grouping is
 * kept by the database (migration 0027: `person_duplicate_keys`, one row per key of two units or
 * more, updated by triggers on persons and dismissals): a key is a duplicate while its cross-unit
 * pairs outnumber its dismissed ones, and the page is a range of that partial index, ordered by
 * the people's official-list order key (persons.sort_key), then the key.
 */
export async function duplicateKeyPage(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ keys: string[]; total: number }> {
  const open = sql`${personDuplicateKeys.pairs} > ${personDuplicateKeys.dismissed}`;
  const [rows, [counted]] = await readTogether(db, [
    () =>
      db
        .select({ k: personDuplicateKeys.identityKey })
        .from(personDuplicateKeys)
        .where(open)
        .orderBy(
          sql`${personDuplicateKeys.sortKey} collate "C"`,
          sql`${personDuplicateKeys.identityKey} collate "C"`,
        )
        .limit(page.limit)
        .offset(page.offset),
    () => db.select({ n: sql<number>`count(*)::int` }).from(personDuplicateKeys).where(open),
  ]);
  return { keys: rows.map((r) => r.k), total: Number(counted?.n ?? 0) };
}

/** The people (with a birth year) of the given duplicate keys. */
export async function duplicateCandidates(db: Db, keys: string[]): Promise<CandidateRow[]> {
  if (keys.length === 0) return [];
  return db
    .select({
      id: persons.id,
      unitId: persons.unitId,
      unitName: units.name,
      fullName: persons.fullName,
      gender: persons.gender,
      birthYear: persons.birthYear,
      position: persons.position,
      identityKey: persons.identityKey,
    })
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(sql`${persons.birthYear} is not null and ${inArray(persons.identityKey, keys)}`);
}

export type DismissalRow = {
  id: string;
  personIdA: string;
  personIdB: string;
  fullNameA: string;
  unitNameA: string;
  fullNameB: string;
  unitNameB: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
};

const pa = aliasedTable(persons, "pa");
const pb = aliasedTable(persons, "pb");
const ua = aliasedTable(units, "ua");
const ub = aliasedTable(units, "ub");

export async function listDismissals(db: Db, ids?: string[]): Promise<DismissalRow[]> {
  const d = personDuplicateDismissals;
  const q = db
    .select({
      id: d.id,
      personIdA: d.personAId,
      personIdB: d.personBId,
      fullNameA: pa.fullName,
      unitNameA: ua.name,
      fullNameB: pb.fullName,
      unitNameB: ub.name,
      note: d.note,
      createdBy: users.username,
      createdAt: d.createdAt,
    })
    .from(d)
    .innerJoin(pa, eq(pa.id, d.personAId))
    .innerJoin(pb, eq(pb.id, d.personBId))
    .innerJoin(ua, eq(ua.id, pa.unitId))
    .innerJoin(ub, eq(ub.id, pb.unitId))
    .leftJoin(users, eq(users.id, d.createdBy));
  return ids ? q.where(inArray(d.id, ids)) : q;
}

/** The pair in stored order: (a, b) and (b, a) are the same pair. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export const pairKey = (x: string, y: string) => orderedPair(x, y).join("|");
