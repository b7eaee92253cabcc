/**
 * D2: when the conference is held (II.2.1, II.2.2, II.2.3.2): a date no later than the
 * deadline of the plan milestone for its kind (on the deadline is fine), and no longer
 * than half a day.
 */
import type { ConferenceKind } from "../plan/rules.ts";
import {
  formatDateVi,
  formatDuration,
  isoDayNumber,
  minutesOfDay,
  missingSeverity,
  quote,
  scheduleSection,
  violation,
} from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

/** The plan milestone (A3) whose due date is the deadline of each kind of conference. */
export const DEADLINE_MILESTONE: Readonly<Record<ConferenceKind, string>> = {
  pilot: "pilot_conference",
  unit: "unit_conference",
  town: "town_conference",
};

/**
 * The deadline a conference of `kind` is checked against: the due date (yyyy-mm-dd) of
 * its kind's milestone among the plan's milestones (code → due date), or null when the
 * plan has no such milestone.
 */
export function conferenceDeadline(
  kind: ConferenceKind,
  dueOnByCode: ReadonlyMap<string, string>,
): string | null {
  return dueOnByCode.get(DEADLINE_MILESTONE[kind]) ?? null;
}

const blank = (value: string | null) => value === null || value.trim() === "";

function checkDate(input: RuleInput, section: string): Violation[] {
  const { conference, today } = input;
  const deadlineDay = isoDayNumber(conference.deadline);
  const deadline = deadlineDay === null ? "" : formatDateVi(conference.deadline);
  const pickHint = deadline ? `Chọn ngày tổ chức không muộn hơn ${deadline}.` : "Chọn ngày tổ chức Hội nghị.";

  if (blank(conference.date)) {
    const todayDay = isoDayNumber(today);
    if (deadlineDay !== null && todayDay !== null && todayDay > deadlineDay) {
      return [
        violation(
          "D2_OVERDUE_NO_DATE",
          "error",
          section,
          `Đã quá hạn hoàn thành ${deadline} ${todayDay - deadlineDay} ngày mà Hội nghị chưa có ngày tổ chức.`,
          "Nhập ngày tổ chức Hội nghị và báo cáo lý do chậm với Thường trực Hội đồng Thi đua – Khen thưởng.",
          "date",
        ),
      ];
    }
    return [
      violation(
        "D2_DATE_MISSING",
        missingSeverity(input),
        section,
        "Chưa có ngày tổ chức Hội nghị.",
        pickHint,
        "date",
      ),
    ];
  }

  const date = conference.date ?? "";
  const day = isoDayNumber(date);
  if (day === null) {
    return [
      violation(
        "D2_DATE_INVALID",
        "error",
        section,
        `Ngày tổ chức ${quote(date)} không phải là một ngày hợp lệ.`,
        `Nhập ngày theo dạng dd/mm/yyyy. ${pickHint}`,
        "date",
      ),
    ];
  }
  if (deadlineDay !== null && day > deadlineDay) {
    return [
      violation(
        "D2_AFTER_DEADLINE",
        "error",
        section,
        `Ngày tổ chức ${formatDateVi(date)} sau hạn hoàn thành ${deadline} (chậm ${day - deadlineDay} ngày).`,
        pickHint,
        "date",
      ),
    ];
  }
  return [];
}

function checkTimes(input: RuleInput, section: string): Violation[] {
  const { conference, rules } = input;
  const max = rules.halfDayMaxMinutes;
  const fields = [
    { field: "startTime", label: "giờ bắt đầu", value: conference.startTime },
    { field: "endTime", label: "giờ kết thúc", value: conference.endTime },
  ];
  const out: Violation[] = [];
  const missing = fields.filter((f) => blank(f.value));
  if (missing.length > 0) {
    out.push(
      violation(
        "D2_TIME_MISSING",
        missingSeverity(input),
        section,
        `Chưa có ${missing.map((f) => f.label).join(" và ")} của Hội nghị.`,
        `Nhập giờ dạng HH:MM; Hội nghị tổ chức trong 1/2 ngày, không quá ${formatDuration(max)}.`,
        missing[0]?.field,
      ),
    );
  }
  for (const f of fields) {
    if (!blank(f.value) && minutesOfDay(f.value) === null) {
      const label = f.label.charAt(0).toLocaleUpperCase("vi") + f.label.slice(1);
      out.push(
        violation(
          "D2_TIME_INVALID",
          "error",
          section,
          `${label} ${quote(f.value ?? "")} không hợp lệ.`,
          "Nhập giờ dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.",
          f.field,
        ),
      );
    }
  }
  const start = minutesOfDay(conference.startTime);
  const end = minutesOfDay(conference.endTime);
  if (start === null || end === null) return out;
  const span = `${conference.startTime}–${conference.endTime}`;
  if (end <= start) {
    out.push(
      violation(
        "D2_END_NOT_AFTER_START",
        "error",
        section,
        `Giờ kết thúc ${conference.endTime} không sau giờ bắt đầu ${conference.startTime}.`,
        "Sửa giờ kết thúc cho muộn hơn giờ bắt đầu (Hội nghị diễn ra trong cùng một buổi).",
        "endTime",
      ),
    );
  } else if (end - start > max) {
    const latest = start + max;
    const hhmm = `${String(Math.floor(latest / 60)).padStart(2, "0")}:${String(latest % 60).padStart(2, "0")}`;
    out.push(
      violation(
        "D2_TOO_LONG",
        "error",
        section,
        `Hội nghị kéo dài ${formatDuration(end - start)} (${span}), quá thời gian 1/2 ngày (tối đa ${formatDuration(max)}).`,
        `Rút ngắn chương trình ít nhất ${formatDuration(end - start - max)}: kết thúc không muộn hơn ${hhmm}.`,
        "endTime",
      ),
    );
  }
  return out;
}

export function checkSchedule(input: RuleInput): Violation[] {
  const section = scheduleSection(input.rules, input.conference.kind);
  return [...checkDate(input, section), ...checkTimes(input, section)];
}
