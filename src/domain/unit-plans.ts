/**
 * Unit plans (C1, III.1–III.2): each unit of the plan sends its own implementation
 * plan — a file and/or a short form — by the `unit_plan` milestone; the office (and,
 * for pilot units, the Council) accepts it or returns it with a comment.
 * Pure shapes and rules, shared by server and web.
 */
import { z } from "zod";
import { pageQuery } from "./paging.ts";
import { cleanText, formatDays, nfc } from "./text.ts";
import { UNIT_PLAN_STATUSES, UnitPlanActionsSchema } from "./unit-plan-lifecycle.ts";
import "./zod-vi.ts";

// States, their words, who may take each step and the `can` map: unit-plan-lifecycle.ts.
export {
  EDITABLE_STATUSES,
  UNIT_PLAN_STATUS_LABELS,
  UNIT_PLAN_STATUSES,
  type UnitPlanStatus,
} from "./unit-plan-lifecycle.ts";

/** The milestone code whose due date unit plans are measured against (A3, III.2). */
export const UNIT_PLAN_MILESTONE = "unit_plan";
/** Calendar days are counted in Vietnam's time zone. */
export const PLAN_TIME_ZONE = "Asia/Ho_Chi_Minh";

// ---- the short form --------------------------------------------------------

export const UNIT_PLAN_ANSWER_LABELS = {
  conferenceForm: "Hình thức hội nghị dự kiến",
  plannedDate: "Ngày dự kiến tổ chức",
  expectedDelegates: "Số đại biểu dự kiến",
  contactName: "Người phụ trách",
  contactPhone: "Số điện thoại người phụ trách",
  notes: "Ghi chú",
} as const;
export type UnitPlanAnswerKey = keyof typeof UNIT_PLAN_ANSWER_LABELS;
/** Without a file, these answers are needed to submit. */
export const REQUIRED_ANSWERS: readonly UnitPlanAnswerKey[] = [
  "conferenceForm",
  "plannedDate",
  "expectedDelegates",
  "contactName",
  "contactPhone",
];

const text = (max: number) =>
  z
    .string("phải là chữ")
    .transform(cleanText)
    .pipe(z.string().max(max, `tối đa ${max} ký tự`));

/** Input: every answer optional (a draft); empty text counts as not answered. */
export const UnitPlanAnswersInputSchema = z.strictObject(
  {
    conferenceForm: text(300).nullish(),
    plannedDate: z.iso.date("phải là ngày dạng yyyy-mm-dd").nullish().or(z.literal("")),
    expectedDelegates: z
      .number("phải là số")
      .int("phải là số nguyên")
      .min(1, "ít nhất 1 người")
      .max(100_000, "quá lớn")
      .nullish(),
    contactName: text(200).nullish(),
    contactPhone: text(30)
      .refine((v) => v === "" || /^\+?[0-9][0-9 .-]{6,18}[0-9]$/u.test(v), "số điện thoại không hợp lệ")
      .nullish(),
    notes: z
      .string("phải là chữ")
      .transform((v) => nfc(v).trim())
      .pipe(z.string().max(2000, "tối đa 2000 ký tự"))
      .nullish(),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? `không có câu hỏi ${i.keys.join(", ")}` : undefined) },
);

export const UnitPlanAnswersSchema = z.object({
  conferenceForm: z.string().optional(),
  plannedDate: z.string().optional(),
  expectedDelegates: z.number().int().optional(),
  contactName: z.string().optional(),
  contactPhone: z.string().optional(),
  notes: z.string().optional(),
});
export type UnitPlanAnswers = z.infer<typeof UnitPlanAnswersSchema>;

/** Drops empty answers so that "not answered" has one form. */
export function compactAnswers(input: z.output<typeof UnitPlanAnswersInputSchema>): UnitPlanAnswers {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== null && v !== "") out[k] = v;
  return out as UnitPlanAnswers;
}

/** Labels of the required answers still missing. */
export function missingAnswers(answers: UnitPlanAnswers): string[] {
  return REQUIRED_ANSWERS.filter((k) => answers[k] === undefined).map((k) => UNIT_PLAN_ANSWER_LABELS[k]);
}

// ---- lateness ---------------------------------------------------------------

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: PLAN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (yyyy-mm-dd) of an instant in Vietnam. */
export function vnCalendarDate(at: Date): string {
  return dayFormat.format(at);
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Whole calendar days (Asia/Ho_Chi_Minh) past `dueOn`: of the submission when there is
 * one, otherwise of `today` (days overdue). Submitting on the due date is on time (0);
 * the next day is 1 day late. Never negative.
 */
export function daysLate(dueOn: string, submittedAt: Date | null, today: Date): number {
  const day = vnCalendarDate(submittedAt ?? today);
  return Math.max(0, dayNumber(day) - dayNumber(dueOn));
}

/** on_time / late (sent after the due date) / pending (not sent, not yet due) / overdue (not sent, past due). */
export const TIMELINESS = ["on_time", "late", "pending", "overdue"] as const;
export type Timeliness = { state: (typeof TIMELINESS)[number]; days: number; dueOn: string };

export function timeliness(dueOn: string, submittedAt: Date | null, today: Date): Timeliness {
  const days = daysLate(dueOn, submittedAt, today);
  if (submittedAt) return { state: days > 0 ? "late" : "on_time", days, dueOn };
  if (days > 0) return { state: "overdue", days, dueOn };
  return { state: "pending", days: Math.max(0, dayNumber(dueOn) - dayNumber(vnCalendarDate(today))), dueOn };
}

/** "Đúng hạn", "Muộn 3 ngày", "Quá hạn 5 ngày", "Còn 2 ngày". */
export function timelinessLabel(t: Timeliness): string {
  switch (t.state) {
    case "on_time":
      return "Đúng hạn";
    case "late":
      return `Muộn ${formatDays(t.days)}`;
    case "overdue":
      return `Quá hạn ${formatDays(t.days)}`;
    default:
      return t.days === 0 ? "Hạn chót hôm nay" : `Còn ${formatDays(t.days)}`;
  }
}

// ---- API shapes -------------------------------------------------------------

export const UnitPlanFileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

/**
 * `GET /api/unit-plans` (issue #11 item 5): words of the unit's name without diacritics and a
 * status; pages of 100 by default, at most 1,000.
 */
export const UnitPlanListQuerySchema = z
  .object({
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
    status: z.enum(UNIT_PLAN_STATUSES, "Trạng thái: không hợp lệ").optional(),
  })
  .extend(pageQuery(100, 1000).shape);
export type UnitPlanListQuery = z.infer<typeof UnitPlanListQuerySchema>;

/** Over every participant the caller reads (not only the page or the filter): units per status, overdue. */
export const UnitPlanCountsSchema = z.object({
  units: z.number().int(),
  byStatus: z.record(z.enum(UNIT_PLAN_STATUSES), z.number().int()),
  overdue: z.number().int(),
});
export type UnitPlanCounts = z.infer<typeof UnitPlanCountsSchema>;

export const UnitPlanSchema = z.object({
  /** null until the unit first saves something. */
  id: z.uuid().nullable(),
  planId: z.uuid(),
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  /** The unit's role in the plan: ordinary or pilot (pilot plans are approved by the Council too). */
  role: z.string(),
  status: z.enum(UNIT_PLAN_STATUSES),
  statusLabel: z.string(),
  answers: UnitPlanAnswersSchema,
  missingAnswers: z.array(z.string()),
  file: UnitPlanFileSchema.nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  timeliness: z
    .object({ state: z.enum(TIMELINESS), days: z.number().int(), dueOn: z.string(), label: z.string() })
    .nullable(),
  /** 0 while there is no record: PUT with version 0 creates it. */
  version: z.number().int(),
  /** What the signed-in actor may do with it now. */
  can: UnitPlanActionsSchema,
});
export type UnitPlan = z.infer<typeof UnitPlanSchema>;

export const UnitPlanSaveSchema = z.object({
  answers: z.record(z.string(), z.unknown()).default({}),
  version: z.number().int().min(0),
});
export const UnitPlanSubmitSchema = z.object({ version: z.number().int().min(1) });
export const UnitPlanReviewSchema = z.object({
  version: z.number().int().min(1),
  comment: z.string().max(4000, "tối đa 4000 ký tự").optional(),
});
