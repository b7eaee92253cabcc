/**
 * Reminders as plan data (SPEC K4; plan III.5, III.6): when to remind before a
 * milestone's due date and after it, and which reminder step is due on a given day
 * (calendar days in Vietnam's time zone). Pure: shared by the server and the web.
 */
import { z } from "zod";
import { formatDays } from "./text.ts";
import { vnCalendarDate } from "./unit-plans.ts";

const DaysSchema = z
  .number()
  .int("Số ngày phải là số nguyên")
  .min(1, "Số ngày ít nhất là 1")
  .max(90, "Tối đa 90 ngày");

/** The stored and answered shape (no transforms, so it also describes responses). */
export const ReminderPolicyViewSchema = z.object({
  /** Days before the due date to remind, largest first, e.g. [7, 1]. */
  beforeDays: z.array(DaysSchema).max(6, "Tối đa 6 lần nhắc trước hạn"),
  /** Remind on the first overdue day. */
  onOverdue: z.boolean(),
  /** Then again every N days while still overdue (0: never). */
  overdueEveryDays: z.number().int().min(0, "Không được âm").max(60, "Tối đa 60 ngày"),
});

/** As typed by the office: days de-duplicated and sorted, largest first. */
export const ReminderPolicySchema = ReminderPolicyViewSchema.extend({
  beforeDays: ReminderPolicyViewSchema.shape.beforeDays.transform((days) =>
    [...new Set(days)].sort((a, b) => b - a),
  ),
});
export type ReminderPolicy = z.infer<typeof ReminderPolicySchema>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  beforeDays: [7, 1],
  onOverdue: true,
  overdueEveryDays: 7,
};

/** A stored value that no longer parses falls back to the default, never to silence. */
export function reminderPolicyOf(value: unknown): ReminderPolicy {
  const parsed = ReminderPolicySchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_POLICY;
}

export const ReminderPolicyInputSchema = z.object({
  policy: ReminderPolicySchema,
  version: z.number().int().min(1),
});
export type ReminderPolicyInput = z.input<typeof ReminderPolicyInputSchema>;

/** "before-7", "before-1", "overdue-0" (first overdue day), "overdue-1" (a week later)… */
export type ReminderStep = { key: string; daysLeft: number };

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from today (Vietnam) to `dueOn`: 0 on the due date, negative once overdue. */
export function daysLeft(dueOn: string, now: Date): number {
  return dayNumber(dueOn) - dayNumber(vnCalendarDate(now));
}

/**
 * The latest reminder step that has started on `now` for a milestone due on `dueOn`, or
 * null. A step stays "due" until the next one starts, so a run missed on the exact day
 * still sends it later; the (user, milestone, unit, step) key makes each one once only.
 */
export function dueReminderStep(dueOn: string, now: Date, policy: ReminderPolicy): ReminderStep | null {
  const left = daysLeft(dueOn, now);
  if (left >= 0) {
    // beforeDays is sorted descending: the smallest threshold already reached wins.
    const reached = policy.beforeDays.filter((d) => left <= d);
    const last = reached[reached.length - 1];
    return last === undefined ? null : { key: `before-${last}`, daysLeft: left };
  }
  const overdue = -left;
  if (policy.overdueEveryDays > 0) {
    const round = Math.floor((overdue - 1) / policy.overdueEveryDays);
    if (round > 0 || policy.onOverdue) return { key: `overdue-${round}`, daysLeft: left };
    return null;
  }
  return policy.onOverdue ? { key: "overdue-0", daysLeft: left } : null;
}

/** "còn 7 ngày", "hạn chót là hôm nay", "đã quá hạn 3 ngày". */
export function daysLeftLabel(left: number): string {
  if (left > 0) return `còn ${formatDays(left)}`;
  if (left === 0) return "hạn chót là hôm nay";
  return `đã quá hạn ${formatDays(-left)}`;
}

/** Kinds of in-app notifications, with the Vietnamese words shown beside them. */
export const NOTIFICATION_KINDS = [
  "reminder",
  "overdue_summary",
  "conference_returned",
  "conference_approved",
  "unit_plan_returned",
  "unit_plan_accepted",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  reminder: "Nhắc hạn",
  overdue_summary: "Đơn vị quá hạn",
  conference_returned: "Hội nghị bị trả lại",
  conference_approved: "Hội nghị được duyệt",
  unit_plan_returned: "Kế hoạch bị trả lại",
  unit_plan_accepted: "Kế hoạch được chấp nhận",
};

/** Where each milestone's work is done in the app (the reminder's link). */
export const MILESTONE_LINKS: Record<string, string> = {
  unit_plan: "/ke-hoach-don-vi",
  unit_conference: "/hoi-nghi",
  pilot_conference: "/hoi-nghi",
};
