/** Input and output of the conference rules engine (D1–D9). Pure data, no I/O. */
import type { ConferenceKind, PlanRules } from "../plan/rules.ts";

export type DelegateRole = "exemplar" | "guest";
export type DelegateStatus = "invited" | "confirmed" | "attended";
export type Gender = "male" | "female";

export type RuleUnit = {
  id: string;
  name: string;
  kindCode: string;
  /** True for kinds that record a workforce (enterprises). */
  hasWorkforce: boolean;
  workforce: number | null;
};

export type RuleConference = {
  kind: ConferenceKind;
  form: string | null;
  /** ISO yyyy-mm-dd. */
  date: string | null;
  /** "HH:MM". */
  startTime: string | null;
  endTime: string | null;
  budgetSource: string | null;
  /** ISO yyyy-mm-dd, from the plan's milestone for this kind of conference (`conferenceDeadline`). */
  deadline: string | null;
  /**
   * "draft" (default): a missing form, date or time is a warning.
   * "final" (checking a submission): it is an error.
   */
  phase?: "draft" | "final";
};

export type RuleDelegate = {
  id: string;
  personId: string;
  fullName: string;
  role: DelegateRole;
  status: DelegateStatus;
  gender: Gender | null;
  /** Code of the statistics office's list; "01" is Kinh. */
  ethnicityCode: string | null;
  /** Codes of PERSON_CATEGORIES (unknown codes are ignored). */
  categories: string[];
};

export type RulePresidiumMember = { delegateId: string; order: number };

export type RuleAgendaItem = { order: number; coreCode: string | null; title: string };

export type RuleInput = {
  rules: PlanRules;
  unit: RuleUnit;
  conference: RuleConference;
  delegates: RuleDelegate[];
  presidium: RulePresidiumMember[];
  agenda: RuleAgendaItem[];
  /** ISO yyyy-mm-dd. */
  today: string;
};

export type Severity = "error" | "warning";

export type Violation = {
  /** Stable code, e.g. "D3_CAP_EXCEEDED" (see VIOLATION_CODES). */
  code: string;
  /** Errors block a submission; warnings do not (D9). */
  severity: Severity;
  /** Plan section the rule comes from, e.g. "II.2.1". */
  section: string;
  /** What is wrong, in Vietnamese, with the numbers. */
  message: string;
  /** How to fix it, in Vietnamese. */
  hint: string;
  /** Field of the conference the violation is about, for forms. */
  field?: string;
};

export type Rule = (input: RuleInput) => Violation[];

/** Every code the engine can emit, rule by rule. */
export const VIOLATION_CODES = [
  "D1_FORM_MISSING",
  "D1_FORM_NOT_ALLOWED",
  "D2_DATE_MISSING",
  "D2_DATE_INVALID",
  "D2_OVERDUE_NO_DATE",
  "D2_AFTER_DEADLINE",
  "D2_TIME_MISSING",
  "D2_TIME_INVALID",
  "D2_END_NOT_AFTER_START",
  "D2_TOO_LONG",
  "D3_WORKFORCE_MISSING",
  "D3_PLENARY",
  "D3_CAP_EXCEEDED",
  "D3_DUPLICATE_PERSON",
  "D4_MIX_TOO_FEW_EXEMPLARS",
  "D4_MIX_TOO_MANY_EXEMPLARS",
  "D6_PRESIDIUM_TOO_FEW",
  "D6_PRESIDIUM_TOO_MANY",
  "D6_PRESIDIUM_NOT_DELEGATE",
  "D6_PRESIDIUM_DUPLICATE",
  "D6_PRESIDIUM_NO_LEADER",
  "D6_PRESIDIUM_NO_EXEMPLAR",
  "D7_CORE_ITEM_MISSING",
  "D7_CORE_ORDER",
  "D7_CORE_ITEM_DUPLICATE",
  "D7_CORE_CODE_UNKNOWN",
  "D8_BUDGET_MISSING",
  "D8_BUDGET_MISMATCH",
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];
