/**
 * Vietnamese text in SQL for the paged lists (issue #11 item 5): the databases have no Vietnamese
 * collation and no unaccent, so a column is folded and ordered with translate() over the letter
 * table of `schema/sort-letters.ts`, the same the units' and people's stored keys use.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { foldVietnamese } from "../../domain/text.ts";
import { PERSON_SORT_FROM, PERSON_SORT_TO } from "./schema/sort-letters.ts";

/** Each letter of the table folded as foldVietnamese folds it (Đ → d, ấ → a), one for one. */
const FOLD_TO = [...PERSON_SORT_FROM].map((c) => foldVietnamese(c)).join("");

/** The column without diacritics and in lower case, as `foldVietnamese` would give it. */
export const foldedSql = (column: SQLWrapper): SQL =>
  sql`lower(translate(${column}, ${PERSON_SORT_FROM}::text, ${FOLD_TO}::text))`;

/**
 * Order keys for a name in Vietnamese alphabet order: the letters' codes byte by byte, then the
 * name itself (tones and case) — end the ORDER BY with the id for a stable page.
 */
export const viOrderSql = (column: SQLWrapper): SQL[] => [
  sql`translate(${column}, ${PERSON_SORT_FROM}::text, ${PERSON_SORT_TO}::text) collate "C"`,
  sql`${column} collate "C"`,
];

const likeEscape = (s: string) => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

/**
 * One `LIKE` per word of `q` (folded): every word must occur in one of the folded expressions
 * (`foldedSql(column)`, or a stored folded key such as `units.search_key`).
 */
export function wordsMatch(q: string | undefined, ...folded: SQLWrapper[]): SQL[] {
  return foldVietnamese(q ?? "")
    .split(" ")
    .filter(Boolean)
    .map((w) => {
      const pattern = `%${likeEscape(w)}%`;
      const each = folded.map((f) => sql`${f} like ${pattern}`);
      return each.length === 1 ? each[0]! : sql`(${sql.join(each, sql` or `)})`;
    });
}

/** `count(*)` as a number. */
export const countSql = sql<number>`count(*)::int`;
