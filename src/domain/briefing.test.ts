import { describe, expect, it } from "vitest";
import { awaitingUnits, briefingMilestones, milestoneSummary, unitsWithDays } from "./briefing.ts";

const board = {
  milestones: [{ code: "unit_plan", label: "Gửi kế hoạch", dueOn: "2020-03-20" }],
  counts: { unit_plan: { on_time: 1, late: 2, overdue: 2, not_due: 0, na: 1 } },
  units: [
    { id: "a", name: "Xã Hà Lan", cells: { unit_plan: { state: "late" as const, days: 3 } } },
    { id: "b", name: "Phường Ba Đình", cells: { unit_plan: { state: "overdue" as const, days: 5 } } },
    { id: "c", name: "Phường Đông Sơn", cells: { unit_plan: { state: "late" as const, days: 3 } } },
    { id: "d", name: "Phường Bắc Sơn", cells: { unit_plan: { state: "overdue" as const, days: 9 } } },
    { id: "e", name: "Thị đoàn", cells: { unit_plan: { state: "on_time" as const, days: null } } },
    { id: "f", name: "Thị xã", cells: { unit_plan: { state: "na" as const, days: null } } },
  ],
};

describe("the giao ban report (K3)", () => {
  it("names late and overdue units, most days first, then in Vietnamese order", () => {
    const [m] = briefingMilestones(board, "2020-03-25");
    expect(m!.daysLeft).toBe(-5);
    expect(m!.applicable).toBe(5);
    expect(m!.late.map((u) => u.name)).toEqual(["Phường Đông Sơn", "Xã Hà Lan"]);
    expect(m!.overdue.map((u) => u.name)).toEqual(["Phường Bắc Sơn", "Phường Ba Đình"]);
    expect(unitsWithDays(m!.overdue)).toBe("Phường Bắc Sơn (9 ngày), Phường Ba Đình (5 ngày)");
    expect(milestoneSummary(m!)).toBe("3/5 đơn vị hoàn thành (1 đúng hạn, 2 muộn); 2 đơn vị quá hạn");
  });

  it("counts the days left from the report's day", () => {
    expect(briefingMilestones(board, "2020-03-16")[0]!.daysLeft).toBe(4);
  });

  it("names the first units awaiting a decision and counts the others", () => {
    expect(awaitingUnits({ units: ["Phường Bắc Sơn", "Xã Hà Lan"], unitCount: 5 })).toBe(
      " — Phường Bắc Sơn, Xã Hà Lan và 3 đơn vị khác",
    );
    expect(awaitingUnits({ units: ["Xã Hà Lan"], unitCount: 1 })).toBe(" — Xã Hà Lan");
    expect(awaitingUnits({ units: [], unitCount: 0 })).toBe("");
  });
});
