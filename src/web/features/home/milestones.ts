/** Which of the plan's milestones concern this person, and where each stands today (A3, K2). */
import type { Me } from "../../../domain/auth.ts";
import type { Milestone } from "../../../domain/plan/milestones.ts";
import type { PlanSummary } from "../../../domain/plan/record.ts";
import { formatDays } from "../../../domain/text.ts";
import { daysBetween } from "../../lib/dates.ts";

export const APPLIES_TO_LABELS: Record<string, string> = {
  all: "Tất cả đơn vị",
  pilot: "Đơn vị tổ chức Hội nghị điểm",
  ordinary: "Đơn vị không làm điểm",
  office: "Thường trực HĐ TĐKT",
};

/**
 * A unit user sees the milestones of every unit plus those of its own kind of
 * conference (pilot or ordinary); every other role follows the whole plan.
 */
export function milestonesFor(plan: PlanSummary, me: Pick<Me, "role" | "unitId">): Milestone[] {
  const sorted = [...plan.milestones].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.sortOrder - b.sortOrder,
  );
  if (me.role !== "unit") return sorted;
  const isPilot = plan.pilots.some((p) => p.unitId === me.unitId);
  return sorted.filter((m) => m.appliesTo === "all" || m.appliesTo === (isPilot ? "pilot" : "ordinary"));
}

/** past: the deadline has gone by (whether anyone is late is the unit's own state, not the date's). */
export type DueStatus = { tone: "past" | "today" | "soon" | "later"; text: string; days: number };

export function dueStatus(dueOn: string, today: string): DueStatus {
  const days = daysBetween(today, dueOn.slice(0, 10));
  if (days < 0) return { tone: "past", text: `Hạn đã qua ${formatDays(-days)}`, days };
  if (days === 0) return { tone: "today", text: "Đến hạn hôm nay", days };
  return { tone: days <= 7 ? "soon" : "later", text: `Còn ${formatDays(days)}`, days };
}

/** Coming milestones (deadline today or later) first in date order; past ones, most recent first. */
export function splitMilestones(
  list: readonly Milestone[],
  today: string,
): { coming: Milestone[]; past: Milestone[] } {
  const coming = list.filter((m) => m.dueOn.slice(0, 10) >= today);
  const past = list.filter((m) => m.dueOn.slice(0, 10) < today).reverse();
  return { coming, past };
}

/** "8/23 đơn vị đã hoàn thành" from the board's counts of one milestone ("Không áp dụng" for none). */
export function completionText(c: {
  on_time: number;
  late: number;
  overdue: number;
  not_due: number;
}): string {
  const done = c.on_time + c.late;
  if (done + c.overdue + c.not_due === 0) return "Không áp dụng";
  return `${done}/${done + c.overdue + c.not_due} đơn vị đã hoàn thành`;
}

const TONE_COLORS: Record<DueStatus["tone"], string> = {
  past: "gray",
  today: "orange",
  soon: "yellow",
  later: "blue",
};

/**
 * The deadline chip's colour, by the unit's own state (issue #13, walk screenshots): a past
 * deadline is red only while the reader's unit (or, for those who follow every unit, some
 * unit) is still overdue on it; done, not applicable or unknown leaves it grey.
 */
export function chipColor(status: DueStatus, overdue: boolean): string {
  if (status.tone === "past") return overdue ? "red" : "gray";
  return TONE_COLORS[status.tone];
}
