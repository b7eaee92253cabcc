/** Small pure helpers shared by the rules: parsing, Vietnamese number/time wording, sections. */
import type { ConferenceKind, PlanRules } from "../plan/rules.ts";
import type { RuleInput, Severity, Violation, ViolationCode } from "./types.ts";

export { formatDateVi } from "../text.ts";

const countFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** 1150 → "1.150". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO calendar date (yyyy-mm-dd), else null. */
export function isoDayNumber(value: string | null | undefined): number | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.round(t / MS_PER_DAY);
}

/** Minutes after midnight for "HH:MM" (00:00–23:59), else null. */
export function minutesOfDay(value: string | null | undefined): number | null {
  if (typeof value !== "string") return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 330 → "5 giờ 30 phút", 300 → "5 giờ", 45 → "45 phút". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

const percentFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** 0.553 → "55,3%". */
export function formatPercent(ratio: number): string {
  return `${percentFormat.format(ratio * 100)}%`;
}

/** Percentage 0–100 rounded to one decimal; 0 when there is nothing to count. */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

export function quote(value: string): string {
  return `“${value}”`;
}

/** Section for what II.2.1 / II.2.2 govern: units and pilots follow II.2.1, the town II.2.2. */
export function levelSection(rules: PlanRules, kind: ConferenceKind): string {
  return kind === "town" ? rules.sections.townConference : rules.sections.unitConference;
}

/** Section for the date and length: pilots have their own deadline (II.2.3.2). */
export function scheduleSection(rules: PlanRules, kind: ConferenceKind): string {
  return kind === "pilot" ? rules.sections.pilotSchedule : levelSection(rules, kind);
}

/** Missing data is a warning while drafting and an error when checking a submission. */
export function missingSeverity(input: RuleInput): Severity {
  return input.conference.phase === "final" ? "error" : "warning";
}

export function violation(
  code: ViolationCode,
  severity: Severity,
  section: string,
  message: string,
  hint: string,
  field?: string,
): Violation {
  return field === undefined
    ? { code, severity, section, message, hint }
    : { code, severity, section, message, hint, field };
}
