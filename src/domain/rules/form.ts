/** D1: the conference's form must be one the plan allows for its level (II.2.1, II.2.2). */
import { conferenceKindLabel } from "../plan/rules.ts";
import { cleanText } from "../text.ts";
import { levelSection, missingSeverity, quote, violation } from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

const key = (value: string) => cleanText(value).toLocaleLowerCase("vi");

export function checkForm(input: RuleInput): Violation[] {
  const { rules, conference } = input;
  const allowed = rules.forms[conference.kind];
  const section = levelSection(rules, conference.kind);
  const label = conferenceKindLabel(rules, conference.kind);
  const choices = allowed.map(quote).join("; ");
  const form = conference.form === null ? "" : cleanText(conference.form);
  if (form === "") {
    return [
      violation(
        "D1_FORM_MISSING",
        missingSeverity(input),
        section,
        `Chưa chọn hình thức tổ chức cho ${label}.`,
        `Chọn một trong các hình thức kế hoạch quy định: ${choices}.`,
        "form",
      ),
    ];
  }
  if (allowed.some((a) => key(a) === key(form))) return [];
  return [
    violation(
      "D1_FORM_NOT_ALLOWED",
      "error",
      section,
      `Hình thức ${quote(form)} không thuộc các hình thức kế hoạch quy định cho ${label}.`,
      `Chọn một trong các hình thức: ${choices}.`,
      "form",
    ),
  ];
}
