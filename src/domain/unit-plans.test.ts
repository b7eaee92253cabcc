import { describe, expect, it } from "vitest";
import {
  compactAnswers,
  daysLate,
  missingAnswers,
  timeliness,
  timelinessLabel,
  UnitPlanAnswersInputSchema,
  vnCalendarDate,
} from "./unit-plans.ts";

/** An instant given in Vietnam's local time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe("daysLate (Asia/Ho_Chi_Minh calendar days)", () => {
  const due = "2019-11-15";
  const today = vn("2020-01-01T09:00:00");

  it("is on time on the due date, to the last second of that day in Vietnam", () => {
    expect(daysLate(due, vn("2019-11-15T00:00:00"), today)).toBe(0);
    expect(daysLate(due, vn("2019-11-15T23:59:59"), today)).toBe(0);
    expect(daysLate(due, vn("2019-11-01T08:00:00"), today)).toBe(0);
  });

  it("is one day late from midnight after the due date", () => {
    expect(daysLate(due, vn("2019-11-16T00:00:00"), today)).toBe(1);
    expect(daysLate(due, vn("2019-11-16T23:59:59"), today)).toBe(1);
    expect(daysLate(due, vn("2019-11-25T10:00:00"), today)).toBe(10);
  });

  it("uses Vietnam's date, not UTC's: 16/11 00:30 in Hà Nội is still 15/11 in UTC", () => {
    const at = new Date("2019-11-15T17:30:00Z");
    expect(vnCalendarDate(at)).toBe("2019-11-16");
    expect(daysLate(due, at, today)).toBe(1);
    expect(daysLate(due, new Date("2019-11-15T16:59:59Z"), today)).toBe(0);
  });

  it("counts days overdue from today when nothing was sent", () => {
    expect(daysLate(due, null, vn("2019-11-15T23:00:00"))).toBe(0);
    expect(daysLate(due, null, vn("2019-11-16T07:00:00"))).toBe(1);
    expect(daysLate(due, null, vn("2019-11-10T07:00:00"))).toBe(0);
  });

  it("crosses month, year and leap-day boundaries", () => {
    expect(daysLate("2020-02-28", vn("2020-03-01T08:00:00"), today)).toBe(2);
    expect(daysLate("2019-12-31", vn("2020-01-01T08:00:00"), today)).toBe(1);
  });
});

describe("timeliness", () => {
  const due = "2019-11-15";
  it("names the four states", () => {
    const sentOnTime = timeliness(due, vn("2019-11-15T10:00:00"), vn("2020-01-01T00:00:00"));
    expect(sentOnTime).toEqual({ state: "on_time", days: 0, dueOn: due });
    expect(timelinessLabel(sentOnTime)).toBe("Đúng hạn");
    const late = timeliness(due, vn("2019-11-18T10:00:00"), vn("2020-01-01T00:00:00"));
    expect(timelinessLabel(late)).toBe("Muộn 3 ngày");
    const overdue = timeliness(due, null, vn("2019-11-20T10:00:00"));
    expect(overdue).toEqual({ state: "overdue", days: 5, dueOn: due });
    expect(timelinessLabel(overdue)).toBe("Quá hạn 5 ngày");
    const pending = timeliness(due, null, vn("2019-11-13T10:00:00"));
    expect(pending).toEqual({ state: "pending", days: 2, dueOn: due });
    expect(timelinessLabel(pending)).toBe("Còn 2 ngày");
    expect(timelinessLabel(timeliness(due, null, vn("2019-11-15T10:00:00")))).toBe("Hạn chót hôm nay");
  });
});

describe("the short form", () => {
  it("drops empty answers and lists the missing required ones", () => {
    const parsed = UnitPlanAnswersInputSchema.parse({
      conferenceForm: "  Hội nghị tuyên dương  điển hình tiên tiến ",
      plannedDate: "",
      expectedDelegates: 120,
      contactName: "",
      notes: null,
    });
    const answers = compactAnswers(parsed);
    expect(answers).toEqual({
      conferenceForm: "Hội nghị tuyên dương điển hình tiên tiến",
      expectedDelegates: 120,
    });
    expect(missingAnswers(answers)).toEqual([
      "Ngày dự kiến tổ chức",
      "Người phụ trách",
      "Số điện thoại người phụ trách",
    ]);
  });

  it("refuses a bad phone, a non-integer count and unknown questions", () => {
    expect(UnitPlanAnswersInputSchema.safeParse({ contactPhone: "gọi tôi" }).success).toBe(false);
    expect(UnitPlanAnswersInputSchema.safeParse({ contactPhone: "0237 3824 123" }).success).toBe(true);
    expect(UnitPlanAnswersInputSchema.safeParse({ expectedDelegates: 12.5 }).success).toBe(false);
    expect(UnitPlanAnswersInputSchema.safeParse({ budget: 1 }).success).toBe(false);
  });
});
