/** The search's final order, in JS (the databases have no Vietnamese collation). */
import { cleanText, compareVi, personNameParts } from "../../../domain/text.ts";

export type Ranked = { id: string; fullName: string; rank: number };

/**
 * Rank, then comparePersonNames (given, middle, family name, whole name), then id.
 * The name parts are split once per row, not once per comparison.
 */
export function orderRows<T extends Ranked>(rows: readonly T[]): T[] {
  const keyed = rows.map((r) => ({ r, p: personNameParts(r.fullName), full: cleanText(r.fullName) }));
  keyed.sort(
    (a, b) =>
      a.r.rank - b.r.rank ||
      compareVi(a.p.given, b.p.given) ||
      compareVi(a.p.middle, b.p.middle) ||
      compareVi(a.p.family, b.p.family) ||
      compareVi(a.full, b.full) ||
      (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
  );
  return keyed.map((k) => k.r);
}
