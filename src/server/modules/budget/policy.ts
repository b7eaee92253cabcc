/**
 * Who may do what with a conference's budget (SPEC I1, plan III.4): a thin wrapper over
 * domain/access.ts and the lifecycle table (domain/budget-lifecycle.ts). Reading follows
 * the budget capabilities: the office, finance and the chairman read every budget; a
 * unit (and an office that is also a participant) only its own conference's — another
 * unit's is "not found", so its existence does not leak.
 */
import { has, reaches } from "../../../domain/access.ts";
import {
  BUDGET_LIFECYCLE,
  type BudgetTransition,
  budgetCan,
  budgetWrongState,
  type LifecycleBudget,
} from "../../../domain/budget-lifecycle.ts";
import type { Actor } from "../../../domain/roles.ts";
import { AppError, forbidden, notFound } from "../../http/errors.ts";

export const BUDGET_NOT_FOUND = "Không tìm thấy hội nghị này.";

export const budgetPolicy = {
  readAll: (a: Actor) => has(a, "budget.read_all"),
  canRead: (a: Actor, unitId: string) => reaches(a, "budget.read_all", "budget.read_own", unitId),
  can: budgetCan,
};

/** 403 without any budget capability; 404 for another unit's conference. */
export function requireReadable(a: Actor, unitId: string): void {
  if (budgetPolicy.canRead(a, unitId)) return;
  if (!has(a, "budget.read_own")) throw forbidden("Bạn không có quyền xem kinh phí hội nghị.");
  throw notFound(BUDGET_NOT_FOUND);
}

/** 403 when the actor may not take `step`, 409 when the budget is not in a state it starts from. */
export function requireStep(a: Actor, step: BudgetTransition, b: LifecycleBudget): void {
  const rule = BUDGET_LIFECYCLE[step];
  if (!rule.from.includes(b.status as (typeof rule.from)[number])) {
    // The wrong state is said first only to those who could take the step at all.
    if (rule.may(a, { ...b, status: rule.from[0]! }))
      throw new AppError("CONFLICT", budgetWrongState(step, b.status));
    throw forbidden(rule.denied);
  }
  if (!rule.may(a, b)) throw forbidden(rule.denied);
}

/** 403 / 409 for an edit of the estimate or of the actuals. */
export function requireEditable(a: Actor, b: LifecycleBudget, what: "estimate" | "actuals"): void {
  const can = budgetCan(a, b);
  if (what === "estimate" ? can.editEstimate : can.editActuals) return;
  if (
    !budgetCan(a, { ...b, status: what === "estimate" ? "draft" : "approved" })[
      what === "estimate" ? "editEstimate" : "editActuals"
    ]
  ) {
    throw forbidden(
      "Chỉ Phòng Nội vụ, Phòng Tài chính – Kế hoạch hoặc đơn vị tổ chức hội nghị được sửa kinh phí.",
    );
  }
  throw new AppError(
    "CONFLICT",
    what === "estimate"
      ? "Dự toán chỉ sửa được khi đang lập hoặc bị trả lại."
      : "Số thực chi chỉ ghi được khi dự toán đã được phê duyệt và chưa quyết toán.",
  );
}
