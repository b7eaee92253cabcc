/**
 * The giao ban report (SPEC K3, plan III.5–III.6): for a chosen day, the standing office
 * tells the chairman how many units did each milestone on time, late or not at all, names
 * the late and overdue units with their days, and lists what awaits a decision. Pure: the
 * server gives it the progress board's rows (one aggregate query) and the awaiting counts;
 * the web page and the NĐ 30 docx both print what this returns.
 */
import { z } from "zod";
import { type CellState, ProgressCountsSchema } from "./progress.ts";
import { compareVi } from "./text.ts";

export const BriefingQuerySchema = z.object({
  /** The report's day, yyyy-mm-dd; default today in Vietnam. */
  ngay: z.iso.date("Ngày giao ban không hợp lệ (dd/mm/yyyy).").optional(),
});

const UnitDaysSchema = z.object({ id: z.string(), name: z.string(), days: z.number().int() });
export type UnitDays = z.infer<typeof UnitDaysSchema>;

export const BriefingMilestoneSchema = z.object({
  code: z.string(),
  label: z.string(),
  dueOn: z.string(),
  /** Days from the report's day to the deadline; negative once it has passed. */
  daysLeft: z.number().int(),
  counts: ProgressCountsSchema,
  /** Units that applied, done or not. */
  applicable: z.number().int(),
  late: z.array(UnitDaysSchema),
  overdue: z.array(UnitDaysSchema),
});
export type BriefingMilestone = z.infer<typeof BriefingMilestoneSchema>;

export const AWAITING_KINDS = ["unit_plans", "pilot_conferences", "conferences", "dossier_items"] as const;
export type AwaitingKind = (typeof AWAITING_KINDS)[number];
export const AWAITING_LABELS: Record<AwaitingKind, { what: string; who: string }> = {
  unit_plans: { what: "Kế hoạch của đơn vị chờ duyệt", who: "Thường trực HĐ TĐKT" },
  pilot_conferences: { what: "Hội nghị điểm chờ Hội đồng phê duyệt", who: "Hội đồng TĐKT" },
  conferences: { what: "Hội nghị của đơn vị chờ phê duyệt", who: "Thường trực HĐ TĐKT" },
  dossier_items: { what: "Mục hồ sơ sau Hội nghị chờ xem xét", who: "Thường trực HĐ TĐKT" },
};

export const BriefingAwaitingSchema = z.object({
  kind: z.enum(AWAITING_KINDS),
  what: z.string(),
  who: z.string(),
  /** Items awaiting (plans, conferences, dossier items). */
  count: z.number().int(),
  /** Units concerned, by name (the first few of `unitCount`). */
  units: z.array(z.string()),
  unitCount: z.number().int(),
});
export type BriefingAwaiting = z.infer<typeof BriefingAwaitingSchema>;

export const BriefingSchema = z.object({
  date: z.string(),
  planTitle: z.string(),
  issuingBody: z.string(),
  place: z.string(),
  demo: z.boolean(),
  units: z.number().int(),
  milestones: z.array(BriefingMilestoneSchema),
  awaiting: z.array(BriefingAwaitingSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;

/** What the board gives: milestones with counts, and every row's cells (state and days). */
export type BoardInput = {
  milestones: { code: string; label: string; dueOn: string }[];
  counts: Record<string, Record<CellState, number>>;
  units: { id: string; name: string; cells: Record<string, { state: CellState; days: number | null }> }[];
};

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** Most days first, then by name in Vietnamese order. */
const byDaysThenName = (a: UnitDays, b: UnitDays) => b.days - a.days || compareVi(a.name, b.name);

export function briefingMilestones(board: BoardInput, date: string): BriefingMilestone[] {
  return board.milestones.map((m) => {
    const counts = { on_time: 0, late: 0, overdue: 0, not_due: 0, na: 0, ...board.counts[m.code] };
    const pick = (state: CellState) =>
      board.units
        .flatMap((u) => {
          const c = u.cells[m.code];
          return c?.state === state ? [{ id: u.id, name: u.name, days: c.days ?? 0 }] : [];
        })
        .sort(byDaysThenName);
    return {
      code: m.code,
      label: m.label,
      dueOn: m.dueOn,
      daysLeft: dayNumber(m.dueOn) - dayNumber(date),
      counts,
      applicable: counts.on_time + counts.late + counts.overdue + counts.not_due,
      late: pick("late"),
      overdue: pick("overdue"),
    };
  });
}

/** "12/20 đơn vị hoàn thành (10 đúng hạn, 2 muộn); 5 quá hạn; 3 chưa đến hạn". */
export function milestoneSummary(m: BriefingMilestone): string {
  const done = m.counts.on_time + m.counts.late;
  const parts = [
    `${done}/${m.applicable} đơn vị hoàn thành (${m.counts.on_time} đúng hạn, ${m.counts.late} muộn)`,
  ];
  if (m.counts.overdue > 0) parts.push(`${m.counts.overdue} đơn vị quá hạn`);
  if (m.counts.not_due > 0) parts.push(`${m.counts.not_due} đơn vị chưa đến hạn`);
  return parts.join("; ");
}

/** "— Hội LH Phụ nữ thị xã, Phường Bắc Sơn và 3 đơn vị khác" (empty when no unit is named). */
export function awaitingUnits(a: Pick<BriefingAwaiting, "units" | "unitCount">): string {
  if (a.units.length === 0) return "";
  const more = a.unitCount - a.units.length;
  return ` — ${a.units.join(", ")}${more > 0 ? ` và ${more} đơn vị khác` : ""}`;
}

/** "Phường Ba Đình (12 ngày), Xã Hà Lan (3 ngày)". */
export const unitsWithDays = (list: readonly UnitDays[]): string =>
  list.map((u) => `${u.name} (${u.days} ngày)`).join(", ");
