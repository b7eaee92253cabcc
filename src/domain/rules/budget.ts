/**
 * D8: the budget that pays for the conference (II.2.1 "ngân sách của đơn vị",
 * II.2.2 "ngân sách Thị xã"). A source the plan does not list is refused when the
 * conference is saved; a source other than the one for its kind is a warning (money is
 * settled with finance).
 */
import { type ConferenceKind, conferenceKindLabel, type PlanRules } from "../plan/rules.ts";
import { levelSection, quote, violation } from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

/** The budget that pays for a conference of `kind` under the plan (a new conference starts with it). */
export function expectedBudgetSource(rules: Pick<PlanRules, "budgetByKind">, kind: ConferenceKind): string {
  return rules.budgetByKind[kind];
}

export function checkBudget(input: RuleInput): Violation[] {
  const { rules, conference } = input;
  const expected = expectedBudgetSource(rules, conference.kind);
  const labelOf = (code: string) => rules.budgetSources.find((s) => s.code === code)?.label ?? code;
  const section = levelSection(rules, conference.kind);
  const kindLabel = conferenceKindLabel(rules, conference.kind);
  const source = conference.budgetSource?.trim() ?? "";
  if (source === "") {
    return [
      violation(
        "D8_BUDGET_MISSING",
        "warning",
        section,
        `Chưa chọn nguồn kinh phí cho ${kindLabel}.`,
        `Chọn ${quote(labelOf(expected))}: theo kế hoạch, kinh phí ${kindLabel} do nguồn này đảm bảo.`,
        "budgetSource",
      ),
    ];
  }
  if (source === expected) return [];
  return [
    violation(
      "D8_BUDGET_MISMATCH",
      "warning",
      section,
      `Nguồn kinh phí đang chọn là ${quote(labelOf(source))}, trong khi kế hoạch quy định kinh phí ${kindLabel} do ${quote(labelOf(expected))} đảm bảo.`,
      `Chọn nguồn kinh phí ${quote(labelOf(expected))}, hoặc ghi rõ lý do khi lập dự toán.`,
      "budgetSource",
    ),
  ];
}

/** Why a budget source cannot be saved: one message for the form, one for the field. */
export type BudgetSourceRefusal = { message: string; fieldMessage: string };

/** Null when `code` is one of the plan's budget sources, else the refusal naming the sources it lists. */
export function unknownBudgetSource(
  rules: Pick<PlanRules, "budgetSources">,
  code: string,
): BudgetSourceRefusal | null {
  if (rules.budgetSources.some((s) => s.code === code)) return null;
  const known = rules.budgetSources.map((s) => `"${s.code}" (${s.label})`).join(", ");
  return {
    message: `Nguồn kinh phí "${code}" không có trong kế hoạch. Chọn một trong: ${known}.`,
    fieldMessage: "Nguồn kinh phí không có trong kế hoạch.",
  };
}
