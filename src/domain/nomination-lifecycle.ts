/**
 * Nominations to a higher conference, described once (SPEC F4; issue #9 item 4), like
 * `conference-lifecycle.ts`: two small lifecycles, each a table of states and their words,
 * steps with who may take them, and the `can` map the server sends.
 *
 * A unit's nominations: draft → submitted → accepted | returned (→ submitted again).
 * The compiled list:    draft → sent → approved | returned (→ sent again).
 *
 * "Who" is by capability and by the record's unit, never by a level's name (M1): the
 * office of the conference reviews, the conference's chairman approves.
 */
import { z } from "zod";
import { has, ownsUnit } from "./access.ts";
import type { Actor } from "./roles.ts";

export const NOMINATION_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const NominationStatusSchema = z.enum(NOMINATION_STATUSES);
export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: "Đang soạn",
  submitted: "Đã gửi",
  returned: "Bị trả lại",
  accepted: "Đã chấp nhận",
};

export const LIST_STATUSES = ["draft", "sent", "approved", "returned"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];
export const ListStatusSchema = z.enum(LIST_STATUSES);
export const LIST_STATUS_LABELS: Record<ListStatus, string> = {
  draft: "Đang tổng hợp",
  sent: "Đã trình Chủ tịch",
  approved: "Đã phê duyệt",
  returned: "Chủ tịch trả lại",
};

/** The unit edits its nominations in these states. */
export const NOMINATION_EDITABLE: readonly NominationStatus[] = ["draft", "returned"];
/** The office adds guests and units' nominations may still be accepted or returned while the list is here. */
export const LIST_OPEN: readonly ListStatus[] = ["draft", "returned"];

type Subject = { unitId: string };
type Who = (a: Actor, s: Subject) => boolean;

const mayNominate: Who = (a, s) => has(a, "nominations.edit_own") && ownsUnit(a, s.unitId);
const mayReview: Who = (a) => has(a, "nominations.review");
const mayApprove: Who = (a) => has(a, "nominations.approve");

export type Step<S extends string> = {
  from: readonly S[];
  to: S;
  label: string;
  /** "Không thể <verb>: …" */
  verb: string;
  when: string;
  may: Who;
  denied: string;
};

export const NOMINATION_STEPS = ["submit", "accept", "return"] as const;
export type NominationStep = (typeof NOMINATION_STEPS)[number];

export const NOMINATION_LIFECYCLE: Record<NominationStep, Step<NominationStatus>> = {
  submit: {
    from: NOMINATION_EDITABLE,
    to: "submitted",
    label: "Gửi đề cử",
    verb: "gửi đề cử",
    when: "khi đang soạn hoặc bị trả lại",
    may: mayNominate,
    denied: "Chỉ cán bộ của đơn vị được gửi đề cử của đơn vị mình.",
  },
  accept: {
    from: ["submitted"],
    to: "accepted",
    label: "Chấp nhận",
    verb: "chấp nhận",
    when: "khi đơn vị đã gửi đề cử",
    may: mayReview,
    denied: "Chỉ Thường trực HĐ TĐKT của cấp tổ chức hội nghị được chấp nhận đề cử.",
  },
  return: {
    from: ["submitted", "accepted"],
    to: "returned",
    label: "Trả lại",
    verb: "trả lại",
    when: "khi đơn vị đã gửi hoặc đề cử đã được chấp nhận",
    may: mayReview,
    denied: "Chỉ Thường trực HĐ TĐKT của cấp tổ chức hội nghị được trả lại đề cử.",
  },
};

export const LIST_STEPS = ["send", "approve", "return"] as const;
export type ListStep = (typeof LIST_STEPS)[number];

export const LIST_LIFECYCLE: Record<ListStep, Step<ListStatus>> = {
  send: {
    from: LIST_OPEN,
    to: "sent",
    label: "Trình Chủ tịch",
    verb: "trình danh sách",
    when: "khi danh sách đang tổng hợp hoặc bị trả lại",
    may: mayReview,
    denied: "Chỉ Thường trực HĐ TĐKT được trình danh sách lên Chủ tịch.",
  },
  approve: {
    from: ["sent"],
    to: "approved",
    label: "Phê duyệt",
    verb: "phê duyệt",
    when: "khi danh sách đã được trình",
    may: mayApprove,
    denied: "Chỉ Chủ tịch được phê duyệt danh sách đại biểu.",
  },
  return: {
    from: ["sent"],
    to: "returned",
    label: "Trả lại",
    verb: "trả lại danh sách",
    when: "khi danh sách đã được trình",
    may: mayApprove,
    denied: "Chỉ Chủ tịch được trả lại danh sách đại biểu.",
  },
};

const inState = <S extends string>(list: readonly S[], s: string) => list.includes(s as S);

export function nominationWrongState(step: NominationStep, status: string): string {
  const t = NOMINATION_LIFECYCLE[step];
  const label = NOMINATION_STATUS_LABELS[status as NominationStatus] ?? status;
  return `Không thể ${t.verb}: đề cử đang ở trạng thái “${label}”. Chỉ ${t.verb} được ${t.when}.`;
}

export function listWrongState(step: ListStep, status: string): string {
  const t = LIST_LIFECYCLE[step];
  const label = LIST_STATUS_LABELS[status as ListStatus] ?? status;
  return `Không thể ${t.verb}: danh sách đang ở trạng thái “${label}”. Chỉ ${t.verb} được ${t.when}.`;
}

export const NominationCanSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  accept: z.boolean(),
  return: z.boolean(),
});
export type NominationCan = z.infer<typeof NominationCanSchema>;

/** The `can` of one unit's nominations; `listOpen`: the compiled list has not been sent or approved. */
export function nominationCan(a: Actor, n: Subject & { status: string }, listOpen: boolean): NominationCan {
  const step = (s: NominationStep) =>
    inState(NOMINATION_LIFECYCLE[s].from, n.status) && NOMINATION_LIFECYCLE[s].may(a, n);
  return {
    edit: listOpen && inState(NOMINATION_EDITABLE, n.status) && mayNominate(a, n),
    submit: listOpen && step("submit"),
    accept: listOpen && step("accept"),
    return: listOpen && step("return"),
  };
}

export const ListCanSchema = z.object({
  editGuests: z.boolean(),
  send: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
});
export type ListCan = z.infer<typeof ListCanSchema>;

/** The `can` of a compiled list (`unitId`: the conference's unit). */
export function listCan(a: Actor, l: Subject & { status: string }): ListCan {
  const step = (s: ListStep) => inState(LIST_LIFECYCLE[s].from, l.status) && LIST_LIFECYCLE[s].may(a, l);
  return {
    editGuests: inState(LIST_OPEN, l.status) && mayReview(a, l),
    send: step("send"),
    approve: step("approve"),
    return: step("return"),
  };
}
