/**
 * Duplicate people (E6): people of different units with the same identity key
 * (folded name | birth year | gender). Only people with a birth year count: a
 * bare name shared by two units is too weak a sign to flag.
 */
import { aliasedTable, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { personDuplicateDismissals, persons, units, users } from "../../db/schema/index.ts";

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

export async function duplicateCandidates(db: Db): Promise<CandidateRow[]> {
  const shared = db
    .select({ key: persons.identityKey })
    .from(persons)
    .where(sql`${persons.birthYear} is not null`)
    .groupBy(persons.identityKey)
    .having(sql`count(distinct ${persons.unitId}) > 1`);
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
    .where(sql`${persons.birthYear} is not null and ${persons.identityKey} in ${shared}`);
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
