import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../../domain/plan/record.ts";
import { chipColor, completionText, dueStatus, milestonesFor, splitMilestones } from "./milestones.ts";

const m = (code: string, dueOn: string, appliesTo: string) => ({
  id: "00000000-0000-4000-8000-000000000000",
  code,
  label: code,
  dueOn,
  appliesTo,
  section: null,
  sortOrder: 1,
});
const PILOT = "11111111-1111-4111-8111-111111111111";
const plan = {
  milestones: [
    m("dossier", "2020-04-15", "all"),
    m("plan", "2019-11-15", "all"),
    m("pilot", "2020-03-20", "pilot"),
  ].concat([m("unit", "2020-03-31", "ordinary"), m("town", "2020-06-20", "office")]),
  pilots: [{ unitId: PILOT, unitName: "Phường Ba Đình", invitees: [] }],
} as unknown as PlanSummary;

describe("milestonesFor", () => {
  it("gives the office every milestone, by date", () => {
    expect(milestonesFor(plan, { role: "office", unitId: null }).map((x) => x.code)).toEqual([
      "plan",
      "pilot",
      "unit",
      "dossier",
      "town",
    ]);
  });
  it("gives a pilot unit its pilot conference and a plain unit its own", () => {
    expect(milestonesFor(plan, { role: "unit", unitId: PILOT }).map((x) => x.code)).toEqual([
      "plan",
      "pilot",
      "dossier",
    ]);
    expect(milestonesFor(plan, { role: "unit", unitId: "x" }).map((x) => x.code)).toEqual([
      "plan",
      "unit",
      "dossier",
    ]);
  });
});

describe("dueStatus", () => {
  it("counts days late and days left", () => {
    expect(dueStatus("2019-11-15", "2019-11-20").text).toBe("Hạn đã qua 5 ngày");
    expect(dueStatus("2019-11-15", "2019-11-15").text).toBe("Đến hạn hôm nay");
    expect(dueStatus("2020-03-01", "2020-02-28").text).toBe("Còn 2 ngày");
  });
  it("colours a past deadline red only while the unit is overdue on it", () => {
    const past = dueStatus("2019-11-15", "2019-11-20");
    expect(chipColor(past, true)).toBe("red");
    expect(chipColor(past, false)).toBe("gray");
    expect(chipColor(dueStatus("2019-11-22", "2019-11-20"), false)).toBe("yellow");
  });
});

describe("splitMilestones", () => {
  it("puts today's and later deadlines under coming, earlier ones under past (most recent first)", () => {
    const list = [m("a", "2020-03-20", "all"), m("b", "2020-03-25", "all"), m("c", "2019-11-15", "all")];
    const sorted = [list[2]!, list[0]!, list[1]!];
    const { coming, past } = splitMilestones(sorted, "2020-03-25");
    expect(coming.map((x) => x.code)).toEqual(["b"]);
    expect(past.map((x) => x.code)).toEqual(["a", "c"]);
  });
  it("reads the board's counts as done out of applicable", () => {
    expect(completionText({ on_time: 5, late: 3, overdue: 10, not_due: 5 })).toBe(
      "8/23 đơn vị đã hoàn thành",
    );
  });
});
