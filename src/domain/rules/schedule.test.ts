import { describe, expect, it } from "vitest";
import { PlanRulesSchema } from "../plan/rules.ts";
import { checkSchedule, conferenceDeadline, DEADLINE_MILESTONE } from "./schedule.ts";
import { codes, validInput, withConference } from "./test-fixtures.ts";

describe("D2 date against the milestone (II.2.1, II.2.2, II.2.3.2)", () => {
  it("accepts a conference held on the deadline", () => {
    expect(checkSchedule(withConference({ date: "2020-03-31" }))).toEqual([]);
  });

  it("rejects the day after the deadline, with both dates as dd/mm/yyyy", () => {
    expect(checkSchedule(withConference({ date: "2020-04-01" }))).toEqual([
      {
        code: "D2_AFTER_DEADLINE",
        severity: "error",
        section: "II.2.1",
        message: "Ngày tổ chức 01/04/2020 sau hạn hoàn thành 31/03/2020 (chậm 1 ngày).",
        hint: "Chọn ngày tổ chức không muộn hơn 31/03/2020.",
        field: "date",
      },
    ]);
  });

  it("cites the pilot's own section and deadline, and the town's", () => {
    const pilot = checkSchedule(
      withConference({ kind: "pilot", date: "2020-03-21", deadline: "2020-03-20" }),
    );
    expect(pilot[0]).toMatchObject({ code: "D2_AFTER_DEADLINE", section: "II.2.3.2" });
    expect(
      checkSchedule(withConference({ kind: "pilot", date: "2020-03-20", deadline: "2020-03-20" })),
    ).toEqual([]);
    const town = checkSchedule(withConference({ kind: "town", date: "2020-06-21", deadline: "2020-06-20" }));
    expect(town[0]).toMatchObject({ code: "D2_AFTER_DEADLINE", section: "II.2.2" });
  });

  it("warns about a missing date while drafting and blocks it when final", () => {
    const draft = checkSchedule(withConference({ date: null }));
    expect(draft).toEqual([
      {
        code: "D2_DATE_MISSING",
        severity: "warning",
        section: "II.2.1",
        message: "Chưa có ngày tổ chức Hội nghị.",
        hint: "Chọn ngày tổ chức không muộn hơn 31/03/2020.",
        field: "date",
      },
    ]);
    expect(checkSchedule(withConference({ date: " ", phase: "final" }))[0]?.severity).toBe("error");
  });

  it("reports a conference without a date once the deadline has passed", () => {
    const out = checkSchedule(withConference({ date: null }, validInput({ today: "2020-04-03" })));
    expect(out[0]).toMatchObject({ code: "D2_OVERDUE_NO_DATE", severity: "error" });
    expect(out[0]?.message).toBe("Đã quá hạn hoàn thành 31/03/2020 3 ngày mà Hội nghị chưa có ngày tổ chức.");
    expect(codes(checkSchedule(withConference({ date: null }, validInput({ today: "2020-03-31" }))))).toEqual(
      ["D2_DATE_MISSING"],
    );
  });

  it("rejects dates that do not exist, and checks nothing else without a deadline", () => {
    expect(codes(checkSchedule(withConference({ date: "2020-02-30" })))).toEqual(["D2_DATE_INVALID"]);
    expect(codes(checkSchedule(withConference({ date: "25/03/2020" })))).toEqual(["D2_DATE_INVALID"]);
    expect(checkSchedule(withConference({ date: "2030-01-01", deadline: null }))).toEqual([]);
  });
});

describe("D2 half a day (1/2 ngày)", () => {
  it("accepts exactly five hours and rejects one minute more", () => {
    expect(checkSchedule(withConference({ startTime: "07:30", endTime: "12:30" }))).toEqual([]);
    expect(checkSchedule(withConference({ startTime: "07:30", endTime: "12:31" }))).toEqual([
      {
        code: "D2_TOO_LONG",
        severity: "error",
        section: "II.2.1",
        message: "Hội nghị kéo dài 5 giờ 1 phút (07:30–12:31), quá thời gian 1/2 ngày (tối đa 5 giờ).",
        hint: "Rút ngắn chương trình ít nhất 1 phút: kết thúc không muộn hơn 12:30.",
        field: "endTime",
      },
    ]);
  });

  it("follows the office's half-day length", () => {
    const rules = PlanRulesSchema.parse({ halfDayMaxMinutes: 240 });
    const input = withConference({ startTime: "13:30", endTime: "18:00" }, validInput({ rules }));
    expect(checkSchedule(input)[0]?.message).toBe(
      "Hội nghị kéo dài 4 giờ 30 phút (13:30–18:00), quá thời gian 1/2 ngày (tối đa 4 giờ).",
    );
  });

  it("rejects an end that is not after the start", () => {
    for (const endTime of ["07:30", "07:00"]) {
      const out = checkSchedule(withConference({ startTime: "07:30", endTime }));
      expect(codes(out)).toEqual(["D2_END_NOT_AFTER_START"]);
      expect(out[0]?.message).toBe(`Giờ kết thúc ${endTime} không sau giờ bắt đầu 07:30.`);
    }
  });

  it("names missing and malformed times", () => {
    const missing = checkSchedule(withConference({ startTime: null, endTime: "" }));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: "D2_TIME_MISSING", severity: "warning", field: "startTime" });
    expect(missing[0]?.message).toBe("Chưa có giờ bắt đầu và giờ kết thúc của Hội nghị.");
    const bad = checkSchedule(withConference({ startTime: "25:00", endTime: "7h30" }));
    expect(codes(bad)).toEqual(["D2_TIME_INVALID", "D2_TIME_INVALID"]);
    expect(bad[0]?.message).toBe("Giờ bắt đầu “25:00” không hợp lệ.");
    expect(bad[1]?.field).toBe("endTime");
  });
});

describe("D2 which milestone is a conference's deadline (A3)", () => {
  const milestones = new Map([
    ["pilot_conference", "2020-03-20"],
    ["unit_conference", "2020-03-31"],
    ["town_conference", "2020-06-20"],
    ["unit_plan", "2020-02-15"],
  ]);

  it("picks the milestone of the conference's own kind", () => {
    expect(conferenceDeadline("pilot", milestones)).toBe("2020-03-20");
    expect(conferenceDeadline("unit", milestones)).toBe("2020-03-31");
    expect(conferenceDeadline("town", milestones)).toBe("2020-06-20");
    expect(Object.values(DEADLINE_MILESTONE)).not.toContain("unit_plan");
  });

  it("has no deadline when the plan lacks that kind's milestone", () => {
    const noPilot = new Map([...milestones].filter(([code]) => code !== "pilot_conference"));
    expect(conferenceDeadline("pilot", noPilot)).toBeNull();
    expect(conferenceDeadline("unit", new Map())).toBeNull();
  });
});
