/** F1: seats default from the plan, refused over the cap, warned outside the split's band. */
import { describe, expect, it } from "vitest";
import { SEED_PLAN_RULES } from "../plan/rules.ts";
import { defaultSeats, seatViolations } from "./seats.ts";

describe("seats of the higher conference", () => {
  it("default to the plan's cap with about 70 % exemplars", () => {
    expect(defaultSeats(SEED_PLAN_RULES)).toEqual({ total: 300, exemplars: 210, guests: 90 });
  });

  it("refuse more than the cap and parts that do not add up; warn outside the band", () => {
    expect(seatViolations(SEED_PLAN_RULES, { total: 300, exemplars: 210, guests: 90 })).toEqual([]);
    expect(seatViolations(SEED_PLAN_RULES, { total: 300, exemplars: 240, guests: 60 })).toEqual([]);
    const over = seatViolations(SEED_PLAN_RULES, { total: 320, exemplars: 224, guests: 96 });
    expect(over.map((v) => [v.code, v.severity])).toEqual([["F1_SEATS_OVER_CAP", "error"]]);
    expect(over[0]!.message).toBe("Tổng số đại biểu 320 vượt mức tối đa 300 đại biểu của kế hoạch.");
    expect(over[0]!.section).toBe("II.2.2");
    const parts = seatViolations(SEED_PLAN_RULES, { total: 300, exemplars: 200, guests: 90 });
    expect(parts.map((v) => v.code)).toContain("F1_SEATS_PARTS");
    const split = seatViolations(SEED_PLAN_RULES, { total: 300, exemplars: 150, guests: 150 });
    expect(split.map((v) => [v.code, v.severity])).toEqual([["F1_SPLIT_OUT_OF_BAND", "warning"]]);
    expect(split[0]!.message).toBe(
      "Đại biểu điển hình chiếm 50% tổng số, ngoài khoảng 60%–80% (kế hoạch: khoảng 70%).",
    );
  });
});
