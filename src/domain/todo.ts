/**
 * The to-do list on every role's home page (issue #8 item 5; SPEC K1–K2, G3, C1; plan
 * III.1, III.5–III.6): the answer of GET /api/todo, shared by server and web. Each line
 * says what to do, for which unit, how many days are left or overdue, and where the
 * work is done (`target`, turned into an address by the web).
 */
import { z } from "zod";
import type { Role } from "./roles.ts";
import { formatDays } from "./text.ts";

/** Where a line leads: a conference, the unit plans page, a unit's dossier, the board, the plan. */
export const TODO_TARGETS = [
  "conference",
  "unit_plans",
  "dossier",
  "progress",
  "conferences",
  "plan",
  "budget",
  "propaganda",
  /** A unit's nominations to the higher conference (F4). */
  "nominations",
  /** The compiled list of the higher conference (F4): the office's and the chairman's page. */
  "nomination_list",
] as const;
export const TodoTargetSchema = z.object({
  kind: z.enum(TODO_TARGETS),
  /** Conference id, or the unit id of a dossier; null for a list page. */
  id: z.string().nullable(),
});
export type TodoTarget = z.infer<typeof TodoTargetSchema>;

/** returned: the office sent it back (shown first); overdue / due: a deadline; review: awaits the reader. */
export const TODO_TONES = ["returned", "overdue", "due", "review"] as const;
export type TodoTone = (typeof TODO_TONES)[number];

export const TodoLineSchema = z.object({
  tone: z.enum(TODO_TONES),
  /** What to do, in words: "Duyệt hội nghị điểm của Phường Ba Đình". */
  text: z.string(),
  /** The unit concerned (absent for the actor's own unit). */
  unitName: z.string().nullable(),
  /** The reviewer's comment of a returned item. */
  comment: z.string().nullable(),
  /** Days left (due) or overdue; null when the line has no deadline. */
  days: z.number().int().nullable(),
  /** The deadline, or the day (in Vietnam) it was sent or returned: yyyy-mm-dd. */
  at: z.string().nullable(),
  target: TodoTargetSchema,
});
export type TodoLine = z.infer<typeof TodoLineSchema>;

export const TodoSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Every line of the section (the list shows at most a few). */
  total: z.number().int(),
  lines: z.array(TodoLineSchema),
  /** "Xem tất cả": the page holding every line. */
  more: TodoTargetSchema.nullable(),
  /** What the reader sees when the section is empty. */
  empty: z.string(),
});
export type TodoSection = z.infer<typeof TodoSectionSchema>;

export const TodoListSchema = z.object({
  today: z.string(),
  demo: z.boolean(),
  sections: z.array(TodoSectionSchema),
});
export type TodoList = z.infer<typeof TodoListSchema>;

/** At most this many lines per section on the home page. */
export const TODO_CAP = 5;

/** "Còn 3 ngày", "Đến hạn hôm nay", "Quá hạn 5 ngày" for a line with a deadline. */
export function daysText(tone: TodoTone, days: number | null): string {
  if (days === null) return "";
  if (tone === "overdue") return `Quá hạn ${formatDays(days)}`;
  return days === 0 ? "Đến hạn hôm nay" : `Còn ${formatDays(days)}`;
}

/**
 * Roles with one section of their own office work: its title and what it will hold, so the
 * empty list reads as "nothing yet", not as broken. The chairman approves his own level's
 * delegate list (II.2.2, any level: M1) and the budgets (III.4), both in this one section.
 */
export const OFFICE_WORK: Partial<Record<Role, { title: string; empty: string }>> = {
  chairman: {
    title: "Chờ Chủ tịch phê duyệt",
    empty:
      "Hiện chưa có việc nào chờ phê duyệt. Danh sách đại biểu dự hội nghị do cấp mình tổ chức và dự toán kinh phí hội nghị sẽ hiện ở đây khi được trình.",
  },
};
