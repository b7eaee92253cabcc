import { describe, expect, it } from "vitest";
import { cellState, cellText, milestoneApplies, vnDate } from "./progress.ts";

const due = "2020-03-31";

describe("cellState (K2)", () => {
  it("is not applicable whatever the dates", () => {
    expect(cellState({ applies: false, dueOn: due, doneOn: "2020-04-10", today: "2020-05-01" })).toEqual({
      state: "na",
      days: null,
    });
  });
  it("done on the deadline day is on time; a day after is late by 1", () => {
    expect(cellState({ applies: true, dueOn: due, doneOn: "2020-03-31", today: "2020-05-01" })).toEqual({
      state: "on_time",
      days: null,
    });
    expect(cellState({ applies: true, dueOn: due, doneOn: "2020-04-01", today: "2020-04-01" })).toEqual({
      state: "late",
      days: 1,
    });
  });
  it("not done: days left up to the deadline day, overdue from the next day", () => {
    expect(cellState({ applies: true, dueOn: due, doneOn: null, today: "2020-03-11" })).toEqual({
      state: "not_due",
      days: 20,
    });
    expect(cellState({ applies: true, dueOn: due, doneOn: null, today: due })).toEqual({
      state: "not_due",
      days: 0,
    });
    expect(cellState({ applies: true, dueOn: due, doneOn: null, today: "2020-04-05" })).toEqual({
      state: "overdue",
      days: 5,
    });
  });
  it("counts across a month and a leap day", () => {
    expect(cellState({ applies: true, dueOn: "2020-02-28", doneOn: null, today: "2020-03-01" }).days).toBe(2);
  });
  it("takes the day in Vietnam: 23:59 on the 31st there is on time, 00:00 on 1 April is late", () => {
    const before = vnDate(new Date("2020-03-31T16:59:59Z"));
    const after = vnDate(new Date("2020-03-31T17:00:00Z"));
    expect(before).toBe("2020-03-31");
    expect(after).toBe("2020-04-01");
    expect(cellState({ applies: true, dueOn: due, doneOn: before, today: after }).state).toBe("on_time");
    expect(cellState({ applies: true, dueOn: due, doneOn: after, today: after })).toEqual({
      state: "late",
      days: 1,
    });
  });
});

describe("milestoneApplies", () => {
  it("follows the plan's appliesTo: participants by role, the town conference to the office row", () => {
    expect(milestoneApplies("all", "pilot")).toBe(true);
    expect(milestoneApplies("pilot", "ordinary")).toBe(false);
    expect(milestoneApplies("ordinary", "ordinary")).toBe(true);
    expect(milestoneApplies("office", "pilot")).toBe(false);
    expect(milestoneApplies("office", "office")).toBe(true);
    expect(milestoneApplies("all", "office")).toBe(false);
  });
});

describe("cellText", () => {
  it("reads in Vietnamese", () => {
    expect(cellText("overdue", 5)).toBe("Quá hạn 5 ngày");
    expect(cellText("late", 2)).toBe("Muộn 2 ngày");
    expect(cellText("not_due", 0)).toBe("Đến hạn hôm nay");
    expect(cellText("not_due", 20)).toBe("Còn 20 ngày");
    expect(cellText("on_time", null)).toBe("Đúng hạn");
  });
});
