/**
 * A conference's life, described once (issue #7 item 2; SPEC D, plan III.1):
 * draft → submitted → approved | returned → held → closed, and reopen
 * (approved | held → draft). The states and their Vietnamese words, each step with
 * who may take it, what may still be edited in each state, and the `can` map the
 * server sends with a conference. Server policy, lifecycle service and web read it.
 */
import { z } from "zod";
import { has, reaches } from "./access.ts";
import type { ConferenceKind } from "./plan/rules.ts";
import type { Actor } from "./roles.ts";

export const CONFERENCE_STATUSES = ["draft", "submitted", "approved", "returned", "held", "closed"] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];
export const ConferenceStatusSchema = z.enum(CONFERENCE_STATUSES);
export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  draft: "Dự thảo",
  submitted: "Đã nộp",
  approved: "Đã duyệt",
  returned: "Bị trả lại",
  held: "Đã tổ chức",
  closed: "Đã kết thúc",
};
export const conferenceStatusLabel = (s: string) => CONFERENCE_STATUS_LABELS[s as ConferenceStatus] ?? s;

/**
 * What may still change in each state: "content" (fields, delegates, presidium,
 * agenda), "attendance" (only each delegate's invited / confirmed / attended), or nothing.
 */
export const EDITABLE_IN: Record<ConferenceStatus, "content" | "attendance" | "none"> = {
  draft: "content",
  returned: "content",
  submitted: "none",
  approved: "attendance",
  held: "attendance",
  closed: "none",
};
const statusesWhere = (p: (e: (typeof EDITABLE_IN)[ConferenceStatus]) => boolean) =>
  CONFERENCE_STATUSES.filter((s) => p(EDITABLE_IN[s]));
/** Content is edited only in these states. */
export const CONTENT_EDITABLE: readonly ConferenceStatus[] = statusesWhere((e) => e === "content");
/** A delegate's attendance status may change in these states. */
export const ATTENDANCE_EDITABLE: readonly ConferenceStatus[] = statusesWhere((e) => e !== "none");

/** Why the content cannot change in `status`, and what to do instead (server 409 and web banner). */
export const LOCKED_REASON: Record<ConferenceStatus, string> = {
  draft: "",
  returned: "",
  submitted: "Hội nghị đã nộp, đang chờ duyệt: nếu cần sửa, đề nghị người duyệt trả lại.",
  approved: "Hội nghị đã được duyệt: muốn sửa, bấm “Mở lại để sửa” và ghi lý do.",
  held: "Hội nghị đã tổ chức: muốn sửa, bấm “Mở lại để sửa” và ghi lý do.",
  closed: "Hội nghị đã kết thúc: không thể sửa nữa.",
};

export type LifecycleConference = { unitId: string; kind: ConferenceKind; status: string };
type Who = (a: Actor, c: Pick<LifecycleConference, "unitId" | "kind">) => boolean;

/** The office edits every conference; a unit's staff its own unit's. */
export const mayEditConference: Who = (a, c) =>
  reaches(a, "conferences.edit_all", "conferences.edit_own", c.unitId);
/** III.1: the Council reviews pilot conferences; the office unit and town ones. */
export const mayReviewConference: Who = (a, c) =>
  has(a, c.kind === "pilot" ? "conferences.review_pilot" : "conferences.review");
const mayClose: Who = (a) => has(a, "conferences.close");

export const CONFERENCE_TRANSITIONS = ["submit", "approve", "return", "hold", "close", "reopen"] as const;
export type ConferenceTransition = (typeof CONFERENCE_TRANSITIONS)[number];

export type TransitionRule = {
  from: readonly ConferenceStatus[];
  to: ConferenceStatus;
  /** The button. */
  label: string;
  /** "Không thể <verb>: …" */
  verb: string;
  /** "Chỉ <verb> được <when>." */
  when: string;
  may: Who;
  /** The 403 message for someone who may not take the step. */
  denied: (c: Pick<LifecycleConference, "kind">) => string;
};

const OFFICE_OR_UNIT = "Chỉ Thường trực HĐ TĐKT và cán bộ của đơn vị tổ chức được";
const reviewDenied = (c: Pick<LifecycleConference, "kind">) =>
  c.kind === "pilot"
    ? "Hội nghị điểm do Hội đồng Thi đua – Khen thưởng duyệt nội dung (mục III.1 của kế hoạch)."
    : "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được duyệt hoặc trả lại hội nghị này.";

export const CONFERENCE_LIFECYCLE: Record<ConferenceTransition, TransitionRule> = {
  submit: {
    from: CONTENT_EDITABLE,
    to: "submitted",
    label: "Nộp để duyệt",
    verb: "nộp",
    when: "khi đang soạn hoặc bị trả lại",
    may: mayEditConference,
    denied: () => `${OFFICE_OR_UNIT} nộp hội nghị này.`,
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    label: "Duyệt",
    verb: "duyệt",
    when: "khi hội nghị đã nộp, đang chờ duyệt",
    may: mayReviewConference,
    denied: reviewDenied,
  },
  return: {
    from: ["submitted"],
    to: "returned",
    label: "Trả lại",
    verb: "trả lại",
    when: "khi hội nghị đã nộp, đang chờ duyệt",
    may: mayReviewConference,
    denied: reviewDenied,
  },
  hold: {
    from: ["approved"],
    to: "held",
    label: "Đánh dấu đã tổ chức",
    verb: "ghi nhận đã tổ chức",
    when: "khi hội nghị đã được duyệt",
    may: mayEditConference,
    denied: () => `${OFFICE_OR_UNIT} ghi nhận hội nghị đã tổ chức.`,
  },
  close: {
    from: ["held"],
    to: "closed",
    label: "Kết thúc",
    verb: "kết thúc",
    when: "khi hội nghị đã tổ chức",
    may: mayClose,
    denied: () => "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được kết thúc hội nghị.",
  },
  reopen: {
    from: ["approved", "held"],
    to: "draft",
    label: "Mở lại để sửa",
    verb: "mở lại",
    when: "khi hội nghị đã được duyệt hoặc đã tổ chức",
    may: mayEditConference,
    denied: () => `${OFFICE_OR_UNIT} mở lại hội nghị này.`,
  },
};

/** "Không thể duyệt: hội nghị đang ở trạng thái “Dự thảo”. Chỉ duyệt được khi …" */
export function wrongStateMessage(step: ConferenceTransition, status: string): string {
  const t = CONFERENCE_LIFECYCLE[step];
  return `Không thể ${t.verb}: hội nghị đang ở trạng thái “${conferenceStatusLabel(status)}”. Chỉ ${t.verb} được ${t.when}.`;
}

export const ConferenceActionsSchema = z.object({
  /** Edits this conference in the states that allow it (the office, or its own unit's staff). */
  editor: z.boolean(),
  /** Content: fields, delegates, presidium, agenda. */
  edit: z.boolean(),
  /** Each delegate's invited / confirmed / attended. */
  editAttendance: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  hold: z.boolean(),
  close: z.boolean(),
  reopen: z.boolean(),
});
export type ConferenceActions = z.infer<typeof ConferenceActionsSchema>;

const inState = (list: readonly ConferenceStatus[], s: string) => list.includes(s as ConferenceStatus);

/** The steps and edits open to `a` on `c` now: the `can` of a conference. */
export function conferenceCan(a: Actor, c: LifecycleConference): ConferenceActions {
  const editor = mayEditConference(a, c);
  const step = (t: ConferenceTransition) =>
    inState(CONFERENCE_LIFECYCLE[t].from, c.status) && CONFERENCE_LIFECYCLE[t].may(a, c);
  return {
    editor,
    edit: editor && inState(CONTENT_EDITABLE, c.status),
    editAttendance: editor && inState(ATTENDANCE_EDITABLE, c.status),
    submit: step("submit"),
    approve: step("approve"),
    return: step("return"),
    hold: step("hold"),
    close: step("close"),
    reopen: step("reopen"),
  };
}
