/**
 * The conference rules engine (D1–D9): pure functions of plan rules and conference data.
 * `checkConference` runs every rule in a fixed order; each violation names the plan
 * section it comes from and says in Vietnamese what is wrong and how to fix it.
 */
import { checkAgenda } from "./agenda.ts";
import { checkBudget } from "./budget.ts";
import { checkDelegateCap } from "./cap.ts";
import { checkForm } from "./form.ts";
import { checkExemplarMix } from "./mix.ts";
import { checkPresidium } from "./presidium.ts";
import { checkSchedule } from "./schedule.ts";
import type { Rule, RuleInput, Violation } from "./types.ts";

export { checkAgenda } from "./agenda.ts";
export {
  type BudgetSourceRefusal,
  checkBudget,
  expectedBudgetSource,
  unknownBudgetSource,
} from "./budget.ts";
export {
  type CapDecision,
  capFor,
  checkDelegateCap,
  knownWorkforce,
  type UnitKindDescriptor,
} from "./cap.ts";
export * from "./categories.ts";
export { type CompositionSummary, compositionSummary, type Share } from "./composition.ts";
export { checkForm } from "./form.ts";
export { checkExemplarMix, mixBand } from "./mix.ts";
export { checkPresidium } from "./presidium.ts";
export { checkSchedule, conferenceDeadline, DEADLINE_MILESTONE } from "./schedule.ts";
export * from "./types.ts";

/** The rules in the order their violations are reported. */
export const RULES: ReadonlyArray<{ id: string; check: Rule }> = [
  { id: "D1", check: checkForm },
  { id: "D2", check: checkSchedule },
  { id: "D3", check: checkDelegateCap },
  { id: "D4", check: checkExemplarMix },
  { id: "D6", check: checkPresidium },
  { id: "D7", check: checkAgenda },
  { id: "D8", check: checkBudget },
];

export function checkConference(input: RuleInput): Violation[] {
  return RULES.flatMap((rule) => rule.check(input));
}

/** Errors block a submission; warnings do not (D9). */
export function hasBlockingErrors(violations: readonly Violation[]): boolean {
  return violations.some((v) => v.severity === "error");
}
