/**
 * People search in SQL (E5), fast on 100,000 people on PGlite and PostgreSQL
 * without a Vietnamese collation:
 * - every folded query word must occur in the person's search key (name, position,
 *   workplace) or in the name of the person's unit (a sub-select on the small units table);
 * - rank: 0 exact name, 1 name prefix, 2 every word starts a word of the name, 3 other;
 * - cut in SQL by (rank, given-name key) with FETCH … WITH TIES, so the rows that tie
 *   at the cut all come back and JS can order them the Vietnamese way (name-key.ts);
 * - then the details of the rows kept, by id.
 */
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { conferences, delegates, persons, units } from "../../db/schema/index.ts";
import { NAME_KEY_FROM, NAME_KEY_TO } from "./name-key.ts";

export type RankedRow = { id: string; fullName: string; rank: number; total: number };

/** Folded query words; `|` is the identity key's separator and never part of a word. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return foldVietnamese(q.replaceAll("|", " ")).split(" ").filter(Boolean).slice(0, 10);
}

const likeEscape = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

function rankExpr(words: string[]): SQL {
  if (words.length === 0) return sql`3`;
  const phrase = likeEscape(words.join(" "));
  const wordStarts = sql.join(
    words.map((w) => sql`(' ' || split_part(p.identity_key, '|', 1)) like ${`% ${likeEscape(w)}%`}`),
    sql` and `,
  );
  return sql`case when p.identity_key like ${`${phrase}|%`} then 0
    when p.identity_key like ${`${phrase}%`} then 1
    when ${wordStarts} then 2 else 3 end`;
}

/**
 * The first `limit` matches by (rank, given-name key), plus every row tied with the
 * last one. The key is computed once per distinct given name (materialized `k`),
 * not once per row: translate() is the costly part of the query.
 */
export async function rankedPersonRows(
  db: Db,
  opts: { words: string[]; unitId?: string; limit: number },
): Promise<RankedRow[]> {
  const where: SQL[] = [sql`true`];
  if (opts.unitId) where.push(sql`p.unit_id = ${opts.unitId}`);
  for (const w of opts.words) {
    const pat = `%${likeEscape(w)}%`;
    where.push(
      sql`(p.search_key like ${pat} or p.unit_id in (select u.id from units u where u.search_key like ${pat}))`,
    );
  }
  const result = await db.execute(sql`
    with m as materialized (
      select p.id, p.full_name, ${rankExpr(opts.words)} as rank, split_part(p.full_name, ' ', -1) as given
      from persons p
      where ${sql.join(where, sql` and `)}),
    k as materialized (
      select given, translate(given, ${NAME_KEY_FROM}::text, ${NAME_KEY_TO}::text) collate "C" as key
      from (select distinct given from m) d)
    select m.id, m.full_name as "fullName", m.rank, (select count(*) from m) as total
    from m join k on k.given = m.given
    order by m.rank, k.key
    fetch first ${opts.limit} rows with ties`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((r) => ({
    id: String(r.id),
    fullName: String(r.fullName),
    rank: Number(r.rank),
    total: Number(r.total),
  }));
}

export type PersonDetail = {
  id: string;
  unitId: string;
  unitName: string;
  gender: string | null;
  birthYear: number | null;
  position: string | null;
  workplace: string | null;
};

export async function personDetails(db: Db, ids: string[]): Promise<Map<string, PersonDetail>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: persons.id,
      unitId: persons.unitId,
      unitName: units.name,
      gender: persons.gender,
      birthYear: persons.birthYear,
      position: persons.position,
      workplace: persons.workplace,
    })
    .from(persons)
    .innerJoin(units, eq(units.id, persons.unitId))
    .where(inArray(persons.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export type PersonConference = {
  personId: string;
  conferenceId: string;
  title: string | null;
  kind: string;
  status: string;
  date: string | null;
  unitId: string;
  unitName: string;
  role: string;
  delegateStatus: string;
};

/** The conferences these people are delegates of; `unitId` limits them to one unit's. */
export async function conferencesOf(
  db: Db,
  personIds: string[],
  unitId?: string,
): Promise<PersonConference[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({
      personId: delegates.personId,
      conferenceId: conferences.id,
      title: conferences.title,
      kind: conferences.kind,
      status: conferences.status,
      date: conferences.date,
      unitId: conferences.unitId,
      unitName: units.name,
      role: delegates.role,
      delegateStatus: delegates.status,
    })
    .from(delegates)
    .innerJoin(conferences, sql`${conferences.id} = ${delegates.conferenceId}`)
    .innerJoin(units, sql`${units.id} = ${conferences.unitId}`)
    .where(
      unitId
        ? sql`${inArray(delegates.personId, personIds)} and ${conferences.unitId} = ${unitId}`
        : inArray(delegates.personId, personIds),
    );
  return rows.map((r) => ({ ...r, personId: r.personId! }));
}
