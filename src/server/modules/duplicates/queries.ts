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

/**
 * One page of duplicate keys, grouped in SQL (issue #11 item 5: 500,000 people, never pulled
 * into JS). A key is a duplicate when some cross-unit pair of its people is not dismissed:
 * cross-unit pairs = (n² − Σ per-unit nᵤ²) / 2, compared with the key's dismissed cross-unit
 * pairs. Ordered by the people's official-list order key (persons.sort_key), then the key.
 */
export async function duplicateKeyPage(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ keys: string[]; total: number }> {
  const result = await db.execute(sql`
    with per_unit as (
      select identity_key as k, unit_id, count(*)::bigint as n, min(sort_key) as sk
      from persons where birth_year is not null
      group by identity_key, unit_id),
    per_key as (
      select k, sum(n) as n, sum(n * n) as sq, min(sk) as sk
      from per_unit group by k having count(*) > 1),
    dismissed as (
      select pa.identity_key as k, count(*) as d
      from person_duplicate_dismissals x
      join persons pa on pa.id = x.person_a_id
      join persons pb on pb.id = x.person_b_id
      where pa.identity_key = pb.identity_key and pa.unit_id <> pb.unit_id
      group by pa.identity_key),
    q as materialized (
      select per_key.k, per_key.sk from per_key left join dismissed on dismissed.k = per_key.k
      where (per_key.n * per_key.n - per_key.sq) / 2 > coalesce(dismissed.d, 0))
    select k, (select count(*) from q) as total from q
    order by sk collate "C", k collate "C"
    limit ${page.limit} offset ${page.offset}`);
  const rows = (result as unknown as { rows: { k: string; total: string | number }[] }).rows;
  if (rows.length > 0) return { keys: rows.map((r) => r.k), total: Number(rows[0]!.total) };
  if (page.offset === 0) return { keys: [], total: 0 };
  const again = await duplicateKeyPage(db, { limit: 1, offset: 0 });
  return { keys: [], total: again.total };
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
