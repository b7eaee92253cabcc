/**
 * Composition of a conference's delegate list (D4, D5): exemplars and guests, categories,
 * and what II.2.2 asks the town level to stress: women, ethnic minorities, direct workers.
 */
import { isEthnicMinority, PERSON_CATEGORIES, type PersonCategory } from "./categories.ts";
import { percentOf } from "./format.ts";
import type { DelegateStatus, RuleInput } from "./types.ts";

/** A count and its share of all delegates, as a percentage 0–100 rounded to one decimal. */
export type Share = { count: number; percent: number };

export type CompositionSummary = {
  total: number;
  exemplars: Share;
  guests: Share;
  /** Every category of PERSON_CATEGORIES, in that order, zeros included. */
  byCategory: Array<{ code: PersonCategory; label: string } & Share>;
  byStatus: Record<DelegateStatus, Share>;
  women: Share;
  /** Delegates whose gender is not recorded. */
  genderUnknown: number;
  /** ethnicityCode present and not "01" (Kinh). */
  ethnicMinorities: Share;
  /** Delegates whose ethnicity is not recorded. */
  ethnicityUnknown: number;
  directWorkers: Share;
};

export function compositionSummary(input: Pick<RuleInput, "delegates">): CompositionSummary {
  const { delegates } = input;
  const total = delegates.length;
  const share = (count: number): Share => ({ count, percent: percentOf(count, total) });
  const countIf = (test: (d: (typeof delegates)[number]) => boolean) => delegates.filter(test).length;
  const hasCategory = (code: string) => countIf((d) => d.categories.includes(code));

  return {
    total,
    exemplars: share(countIf((d) => d.role === "exemplar")),
    guests: share(countIf((d) => d.role === "guest")),
    byCategory: PERSON_CATEGORIES.map((c) => ({
      code: c.code,
      label: c.label,
      ...share(hasCategory(c.code)),
    })),
    byStatus: {
      invited: share(countIf((d) => d.status === "invited")),
      confirmed: share(countIf((d) => d.status === "confirmed")),
      attended: share(countIf((d) => d.status === "attended")),
    },
    women: share(countIf((d) => d.gender === "female")),
    genderUnknown: countIf((d) => d.gender !== "male" && d.gender !== "female"),
    ethnicMinorities: share(countIf((d) => isEthnicMinority(d.ethnicityCode))),
    ethnicityUnknown: countIf((d) => (d.ethnicityCode?.trim() ?? "") === ""),
    directWorkers: share(hasCategory("direct_worker")),
  };
}
