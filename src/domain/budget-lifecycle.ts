/**
 * A conference budget's life, described once (SPEC I1; plan III.4: "Phòng Nội vụ chủ trì
 * phối hợp với phòng Tài chính – Kế hoạch lập dự toán … trình UBND Thị xã phê duyệt; phòng
 * Tài chính – Kế hoạch hướng dẫn việc sử dụng và quyết toán kinh phí"):
 * draft → in_review (finance) → awaiting_approval (chairman) → approved → settled, and
 * returned (with a comment) back to the drafters. States and words, steps and who takes
 * them, what may change in each state, and the `can` map the server sends.
 */
import { z } from "zod";
import { has, reaches } from "./access.ts";
import type { Actor } from "./roles.ts";

export const BUDGET_STATUSES = [
  "draft",
  "in_review",
  "awaiting_approval",
  "returned",
  "approved",
  "settled",
] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];
export const BudgetStatusSchema = z.enum(BUDGET_STATUSES);
export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  draft: "Đang lập dự toán",
  in_review: "Chờ Phòng Tài chính – Kế hoạch thẩm định",
  awaiting_approval: "Chờ Chủ tịch UBND phê duyệt",
  returned: "Bị trả lại",
  approved: "Đã phê duyệt, đang chi",
  settled: "Đã quyết toán",
};
export const budgetStatusLabel = (s: string) => BUDGET_STATUS_LABELS[s as BudgetStatus] ?? s;

/** What may change in each state: the estimate's lines, the actuals and receipts, or nothing. */
export const BUDGET_EDITABLE_IN: Record<BudgetStatus, "estimate" | "actuals" | "none"> = {
  draft: "estimate",
  returned: "estimate",
  in_review: "none",
  awaiting_approval: "none",
  approved: "actuals",
  settled: "none",
};
export const ESTIMATE_EDITABLE = BUDGET_STATUSES.filter((s) => BUDGET_EDITABLE_IN[s] === "estimate");
export const ACTUALS_EDITABLE = BUDGET_STATUSES.filter((s) => BUDGET_EDITABLE_IN[s] === "actuals");

export type LifecycleBudget = { unitId: string; status: string };
type Who = (a: Actor, b: LifecycleBudget) => boolean;

/** The office and finance draft every budget; a unit's staff its own conference's. */
export const mayEditBudget: Who = (a, b) => reaches(a, "budget.edit_all", "budget.edit_own", b.unitId);
const mayReview: Who = (a) => has(a, "budget.review");
const mayApprove: Who = (a) => has(a, "budget.approve");

export const BUDGET_TRANSITIONS = ["submit", "forward", "approve", "return", "settle"] as const;
export type BudgetTransition = (typeof BUDGET_TRANSITIONS)[number];
export const BudgetTransitionSchema = z.enum(BUDGET_TRANSITIONS, "Bước không hợp lệ");

export type BudgetTransitionRule = {
  from: readonly BudgetStatus[];
  to: BudgetStatus;
  label: string;
  verb: string;
  when: string;
  may: Who;
  denied: string;
  /** A comment must be written (returning). */
  needsComment?: boolean;
};

export const BUDGET_LIFECYCLE: Record<BudgetTransition, BudgetTransitionRule> = {
  submit: {
    from: ESTIMATE_EDITABLE,
    to: "in_review",
    label: "Gửi Tài chính thẩm định",
    verb: "gửi thẩm định",
    when: "khi dự toán đang lập hoặc bị trả lại",
    may: mayEditBudget,
    denied: "Chỉ Phòng Nội vụ, Phòng Tài chính – Kế hoạch hoặc đơn vị tổ chức hội nghị được gửi dự toán.",
  },
  forward: {
    from: ["in_review"],
    to: "awaiting_approval",
    label: "Thẩm định xong, trình Chủ tịch",
    verb: "trình phê duyệt",
    when: "khi dự toán đang chờ thẩm định",
    may: mayReview,
    denied: "Chỉ Phòng Tài chính – Kế hoạch thẩm định dự toán.",
  },
  approve: {
    from: ["awaiting_approval"],
    to: "approved",
    label: "Phê duyệt",
    verb: "phê duyệt",
    when: "khi dự toán đã trình, chờ phê duyệt",
    may: mayApprove,
    denied: "Chỉ Chủ tịch (Phó Chủ tịch) UBND phê duyệt dự toán.",
  },
  return: {
    from: ["in_review", "awaiting_approval"],
    to: "returned",
    label: "Trả lại",
    verb: "trả lại",
    when: "khi dự toán đang chờ thẩm định hoặc chờ phê duyệt",
    // Finance returns what it reviews, the chairman what awaits approval.
    may: (a, b) => (b.status === "in_review" ? mayReview(a, b) : mayApprove(a, b)),
    denied:
      "Chỉ người đang thẩm định (Phòng Tài chính – Kế hoạch) hoặc phê duyệt (Chủ tịch UBND) được trả lại.",
    needsComment: true,
  },
  settle: {
    from: ["approved"],
    to: "settled",
    label: "Quyết toán",
    verb: "quyết toán",
    when: "khi dự toán đã được phê duyệt",
    may: (a) => has(a, "budget.settle"),
    denied: "Chỉ Phòng Tài chính – Kế hoạch quyết toán kinh phí.",
  },
};

export function budgetWrongState(step: BudgetTransition, status: string): string {
  const t = BUDGET_LIFECYCLE[step];
  return `Không thể ${t.verb}: dự toán đang ở trạng thái “${budgetStatusLabel(status)}”. Chỉ ${t.verb} được ${t.when}.`;
}

export const BudgetActionsSchema = z.object({
  editEstimate: z.boolean(),
  editActuals: z.boolean(),
  submit: z.boolean(),
  forward: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  settle: z.boolean(),
});
export type BudgetActions = z.infer<typeof BudgetActionsSchema>;

const inState = (list: readonly BudgetStatus[], s: string) => list.includes(s as BudgetStatus);

export function budgetCan(a: Actor, b: LifecycleBudget): BudgetActions {
  const editor = mayEditBudget(a, b);
  const step = (t: BudgetTransition) =>
    inState(BUDGET_LIFECYCLE[t].from, b.status) && BUDGET_LIFECYCLE[t].may(a, b);
  return {
    editEstimate: editor && inState(ESTIMATE_EDITABLE, b.status),
    editActuals: editor && inState(ACTUALS_EDITABLE, b.status),
    submit: step("submit"),
    forward: step("forward"),
    approve: step("approve"),
    return: step("return"),
    settle: step("settle"),
  };
}
