/** Which reminder step is due (SPEC K4): days counted in Vietnam's time zone, weekly after overdue. */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REMINDER_POLICY,
  daysLeft,
  daysLeftLabel,
  dueReminderStep,
  ReminderPolicySchema,
  reminderPolicyOf,
} from "./reminders.ts";

/** 09:00 in Hà Nội on the given day. */
const vn = (day: string, time = "09:00") => new Date(`${day}T${time}:00+07:00`);
const step = (due: string, now: Date, policy = DEFAULT_REMINDER_POLICY) =>
  dueReminderStep(due, now, policy)?.key ?? null;

describe("dueReminderStep", () => {
  const due = "2026-03-20";
  it("says nothing before the first reminder", () => {
    expect(step(due, vn("2026-03-01"))).toBeNull();
    expect(step(due, vn("2026-03-12"))).toBeNull();
  });
  it("reminds 7 days before, and keeps that step until the 1-day step starts", () => {
    expect(step(due, vn("2026-03-13"))).toBe("before-7");
    expect(step(due, vn("2026-03-18"))).toBe("before-7");
    expect(step(due, vn("2026-03-19"))).toBe("before-1");
    expect(step(due, vn("2026-03-20"))).toBe("before-1");
  });
  it("reminds on the first overdue day, then once a week", () => {
    expect(step(due, vn("2026-03-21"))).toBe("overdue-0");
    expect(step(due, vn("2026-03-27"))).toBe("overdue-0");
    expect(step(due, vn("2026-03-28"))).toBe("overdue-1");
    expect(step(due, vn("2026-04-04"))).toBe("overdue-2");
  });
  it("counts days in Vietnam: 23:30 UTC on the 20th is already the 21st in Hà Nội", () => {
    const late = new Date("2026-03-20T23:30:00Z");
    expect(daysLeft(due, late)).toBe(-1);
    expect(step(due, late)).toBe("overdue-0");
    expect(step(due, new Date("2026-03-20T16:59:00Z"))).toBe("before-1");
  });
  it("follows the plan's own policy", () => {
    const policy = ReminderPolicySchema.parse({
      beforeDays: [3, 10, 3],
      onOverdue: false,
      overdueEveryDays: 5,
    });
    expect(policy.beforeDays).toEqual([10, 3]);
    expect(step(due, vn("2026-03-10"), policy)).toBe("before-10");
    expect(step(due, vn("2026-03-17"), policy)).toBe("before-3");
    expect(step(due, vn("2026-03-21"), policy)).toBeNull();
    expect(step(due, vn("2026-03-26"), policy)).toBe("overdue-1");
    const never = ReminderPolicySchema.parse({ beforeDays: [], onOverdue: true, overdueEveryDays: 0 });
    expect(step(due, vn("2026-03-19"), never)).toBeNull();
    expect(step(due, vn("2026-05-01"), never)).toBe("overdue-0");
  });
  it("falls back to the default for a stored value that does not parse", () => {
    expect(reminderPolicyOf({ beforeDays: "7" })).toEqual(DEFAULT_REMINDER_POLICY);
    expect(reminderPolicyOf({ beforeDays: [2], onOverdue: true, overdueEveryDays: 3 }).beforeDays).toEqual([
      2,
    ]);
  });
  it("words the days left in Vietnamese", () => {
    expect(daysLeftLabel(7)).toBe("còn 7 ngày");
    expect(daysLeftLabel(0)).toBe("hạn chót là hôm nay");
    expect(daysLeftLabel(-3)).toBe("đã quá hạn 3 ngày");
  });
});
