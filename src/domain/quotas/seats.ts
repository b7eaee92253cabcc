/**
 * The higher conference's seats (SPEC F1; plan II.2.2: "tối đa 300 đại biểu (điển hình
 * tiên tiến khoảng 70%; khách mời khoảng 30%)"). Defaults come from the plan's cap and
 * exemplar share; more than the cap is refused, a split outside the tolerance is a warning.
 */
import type { PlanRules } from "../plan/rules.ts";
import { formatCount, formatPercent } from "../rules/format.ts";
import { mixBand } from "../rules/mix.ts";
import type { Violation } from "../rules/types.ts";

export type Seats = { total: number; exemplars: number; guests: number };

/** The plan's cap and about `target` of it for exemplars (300 → 210 + 90). */
export function defaultSeats(rules: Pick<PlanRules, "caps" | "exemplarShare">): Seats {
  const total = rules.caps.town;
  const exemplars = Math.round(total * rules.exemplarShare.target);
  return { total, exemplars, guests: total - exemplars };
}

export const SEAT_CODES = ["F1_SEATS_OVER_CAP", "F1_SEATS_PARTS", "F1_SPLIT_OUT_OF_BAND"] as const;

/** Errors (refused on save) and warnings (shown, saved anyway) of a seats choice. */
export function seatViolations(
  rules: Pick<PlanRules, "caps" | "exemplarShare" | "sections" | "levelName">,
  seats: Seats,
): Violation[] {
  const section = rules.sections.townConference;
  const out: Violation[] = [];
  const cap = rules.caps.town;
  if (seats.total > cap) {
    out.push({
      code: "F1_SEATS_OVER_CAP",
      severity: "error",
      section,
      message: `Tổng số đại biểu ${formatCount(seats.total)} vượt mức tối đa ${formatCount(cap)} đại biểu của kế hoạch.`,
      hint: `Giảm tổng số đại biểu xuống không quá ${formatCount(cap)}.`,
      field: "total",
    });
  }
  if (seats.exemplars + seats.guests !== seats.total) {
    out.push({
      code: "F1_SEATS_PARTS",
      severity: "error",
      section,
      message: `Đại biểu điển hình (${formatCount(seats.exemplars)}) cộng khách mời (${formatCount(seats.guests)}) không bằng tổng số ${formatCount(seats.total)}.`,
      hint: "Sửa để số đại biểu điển hình cộng số khách mời bằng tổng số đại biểu.",
      field: "exemplars",
    });
  }
  const { target, tolerance } = rules.exemplarShare;
  const band = mixBand(target, tolerance);
  const share = seats.total > 0 ? seats.exemplars / seats.total : 0;
  if (seats.total > 0 && (share < band.low - 1e-9 || share > band.high + 1e-9)) {
    out.push({
      code: "F1_SPLIT_OUT_OF_BAND",
      severity: "warning",
      section,
      message: `Đại biểu điển hình chiếm ${formatPercent(share)} tổng số, ngoài khoảng ${formatPercent(band.low)}–${formatPercent(band.high)} (kế hoạch: khoảng ${formatPercent(target)}).`,
      hint: `Với ${formatCount(seats.total)} đại biểu, khoảng ${formatCount(Math.round(seats.total * target))} đại biểu điển hình là đúng tỷ lệ kế hoạch.`,
      field: "exemplars",
    });
  }
  return out;
}
