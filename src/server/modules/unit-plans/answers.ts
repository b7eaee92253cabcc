/** The short form's answers (C1), validated with messages that name each question in Vietnamese. */
import { PlanRulesSchema } from "../../../domain/plan/rules.ts";
import {
  compactAnswers,
  UNIT_PLAN_ANSWER_LABELS,
  type UnitPlanAnswers,
  UnitPlanAnswersInputSchema,
} from "../../../domain/unit-plans.ts";
import { validation } from "../../http/errors.ts";

export function parseAnswers(raw: unknown, rules: unknown, role: string): UnitPlanAnswers {
  const fields: Record<string, string> = {};
  const parsed = UnitPlanAnswersInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const label = UNIT_PLAN_ANSWER_LABELS[key as keyof typeof UNIT_PLAN_ANSWER_LABELS] ?? "Câu trả lời";
      fields[key ? `answers.${key}` : "answers"] ??= `${label}: ${issue.message}`;
    }
  } else {
    const answers = compactAnswers(parsed.data);
    // The expected form must be one the plan allows for this kind of conference (D1; rules are data).
    const planRules = PlanRulesSchema.safeParse(rules);
    if (answers.conferenceForm !== undefined && planRules.success) {
      const allowed = role === "pilot" ? planRules.data.forms.pilot : planRules.data.forms.unit;
      if (!allowed.includes(answers.conferenceForm)) {
        fields["answers.conferenceForm"] =
          `${UNIT_PLAN_ANSWER_LABELS.conferenceForm}: kế hoạch chỉ cho phép ${allowed.map((f) => `"${f}"`).join(", ")}`;
      }
    }
    if (Object.keys(fields).length === 0) return answers;
  }
  throw validation(`Phiếu kế hoạch chưa hợp lệ: ${Object.values(fields).join("; ")}`, { fields });
}
