/**
 * The progress board (SPEC K2, plan III.5–III.6): every unit × every milestone of the
 * running plan, each cell one of five states. Pure: the server's one SQL query computes
 * the same states for paging and counts, and its test checks it against `cellState`.
 * Calendar days are counted in Vietnam's time zone.
 */
import { z } from "zod";
import { formatDays } from "./text.ts";

export const CELL_STATES = ["not_due", "on_time", "late", "overdue", "na"] as const;
export type CellState = (typeof CELL_STATES)[number];
export const CellStateSchema = z.enum(CELL_STATES);

export const CELL_STATE_LABELS: Record<CellState, string> = {
  not_due: "Chưa đến hạn",
  on_time: "Đúng hạn",
  late: "Hoàn thành muộn",
  overdue: "Quá hạn",
  na: "Không áp dụng",
};
/** Mantine colours, shared by the board and its chart. */
export const CELL_STATE_COLORS: Record<CellState, string> = {
  on_time: "teal",
  late: "yellow",
  overdue: "red",
  not_due: "blue",
  na: "gray",
};

/**
 * What completes a milestone, by its code. The plan's own milestones carry these codes;
 * a milestone with a code not listed here has no completion record and is judged by date.
 * `dossier` is completed when every required item is submitted (dossier tables: G1–G4).
 */
export const MILESTONE_SOURCES: Record<string, string> = {
  unit_plan: "unit_plan",
  pilot_conference: "conference:pilot",
  unit_conference: "conference:unit",
  town_conference: "conference:town",
  dossier: "dossier",
};

/** Which board row a milestone's `appliesTo` concerns: participants by role, or the plan's issuing unit. */
export function milestoneApplies(appliesTo: string, rowRole: string): boolean {
  if (rowRole === "office") return appliesTo === "office";
  return appliesTo === "all" || appliesTo === rowRole;
}

/** Made once: an Intl formatter costs about a millisecond to build (issue #11 item 4). */
const VN_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** yyyy-mm-dd of an instant in Vietnam. */
export function vnDate(at: Date): string {
  return VN_DAY.format(at);
}

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

export type CellInput = {
  applies: boolean;
  /** The milestone's deadline, yyyy-mm-dd (the whole day counts). */
  dueOn: string;
  /** The Vietnamese calendar day it was done, or null. */
  doneOn: string | null;
  /** Today in Vietnam, yyyy-mm-dd. */
  today: string;
};

/**
 * not applicable; done on or before the deadline (on time); done after it (late by N days);
 * not done and the deadline passed (overdue by N days); not done, deadline today or later
 * (not due, N days left).
 */
export function cellState(c: CellInput): { state: CellState; days: number | null } {
  if (!c.applies) return { state: "na", days: null };
  const due = dayNumber(c.dueOn);
  if (c.doneOn) {
    const late = dayNumber(c.doneOn) - due;
    return late <= 0 ? { state: "on_time", days: null } : { state: "late", days: late };
  }
  const left = due - dayNumber(c.today);
  return left >= 0 ? { state: "not_due", days: left } : { state: "overdue", days: -left };
}

/** "Quá hạn 5 ngày", "Muộn 2 ngày", "Còn 20 ngày", "Đến hạn hôm nay". */
export function cellText(state: CellState, days: number | null): string {
  if (state === "late") return `Muộn ${formatDays(days ?? 0)}`;
  if (state === "overdue") return `Quá hạn ${formatDays(days ?? 0)}`;
  if (state === "not_due") return days === 0 ? "Đến hạn hôm nay" : `Còn ${formatDays(days ?? 0)}`;
  return CELL_STATE_LABELS[state];
}

// ---- API shapes (GET /api/progress) --------------------------------------------

export const ProgressCellSchema = z.object({
  state: CellStateSchema,
  days: z.number().int().nullable(),
  /** When it was done: the instant sent or held, or the day held. */
  doneAt: z.string().nullable(),
  /** Unit plan: its review status; conference: its status; dossier: complete / partial / missing. */
  status: z.string().nullable(),
  /** Who reviewed (accepted, approved) the item. */
  by: z.string().nullable(),
  /** The unit's item behind the cell (conference id; the unit id for its dossier), for click-through. */
  itemId: z.string().nullable(),
});
export type ProgressCell = z.infer<typeof ProgressCellSchema>;

export const ProgressCountsSchema = z.object({
  on_time: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  not_due: z.number().int(),
  na: z.number().int(),
});
export type ProgressCounts = z.infer<typeof ProgressCountsSchema>;

export const ProgressBoardSchema = z.object({
  today: z.string(),
  milestones: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      dueOn: z.string(),
      appliesTo: z.string(),
      section: z.string().nullable(),
    }),
  ),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      kindName: z.string(),
      clusterName: z.string().nullable(),
      role: z.string(),
      members: z.array(z.string()),
      cells: z.record(z.string(), ProgressCellSchema),
    }),
  ),
  counts: z.record(z.string(), ProgressCountsSchema),
  total: z.number().int(),
  /** The running plan is the seed's demo: the UI says its figures are demo data. */
  demo: z.boolean(),
  page: z.number().int(),
  limit: z.number().int(),
  /** The council member whose units are shown (null: every unit). */
  memberId: z.string().nullable(),
});
export type ProgressBoard = z.infer<typeof ProgressBoardSchema>;

export const ProgressQuerySchema = z.object({
  kind: z.string().max(50).optional(),
  clusterId: z.uuid("Mã cụm thi đua không hợp lệ").optional(),
  /** A council member's id, or "all"; a council member defaults to themselves. */
  memberId: z.union([z.uuid("Mã thành viên Hội đồng không hợp lệ"), z.literal("all")]).optional(),
  state: CellStateSchema.optional(),
  /** With `state`: only that milestone's cells; also the sort column. */
  milestone: z.string().max(50).optional(),
  sort: z.enum(["name", "milestone"]).default("name"),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ProgressQuery = z.infer<typeof ProgressQuerySchema>;
