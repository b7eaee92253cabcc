/**
 * A unit plan's life, described once (C1, plan III.1–III.2; issue #7 item 2):
 * not_submitted → draft → submitted → accepted | returned → submitted again.
 * Who: the unit's own staff saves, attaches and submits; the office accepts or
 * returns any plan, the Council the pilot units' plans. The server's policy and
 * services and the web (buttons, editability) read this table and the `can` map.
 */
import { z } from "zod";
import { has, ownsUnit } from "./access.ts";
import type { Actor } from "./roles.ts";

export const UNIT_PLAN_STATUSES = ["not_submitted", "draft", "submitted", "accepted", "returned"] as const;
export type UnitPlanStatus = (typeof UNIT_PLAN_STATUSES)[number];
export const UNIT_PLAN_STATUS_LABELS: Record<UnitPlanStatus, string> = {
  not_submitted: "Chưa gửi",
  draft: "Đang soạn",
  submitted: "Đã gửi",
  accepted: "Đã chấp nhận",
  returned: "Bị trả lại",
};
/** A unit may edit and (re)submit in these states. */
export const EDITABLE_STATUSES: readonly UnitPlanStatus[] = ["not_submitted", "draft", "returned"];

export type UnitPlanStep = "save" | "submit" | "accept" | "return";
type Plan = { unitId: string; role: string };

/** The unit's own staff writes its plan. */
export const mayWriteUnitPlan = (a: Actor, p: Pick<Plan, "unitId">) =>
  has(a, "unit_plans.edit_own") && ownsUnit(a, p.unitId);
/** III.1: the office reviews every unit plan; the Council the plans of pilot units. */
export const mayReviewUnitPlan = (a: Actor, p: Pick<Plan, "role">) =>
  has(a, "unit_plans.review") || (p.role === "pilot" && has(a, "unit_plans.review_pilot"));
/** Roles that review some unit plan (the others get 403 before the record is looked up). */
export const reviewsUnitPlans = (a: Actor) =>
  has(a, "unit_plans.review") || has(a, "unit_plans.review_pilot");

export const UNIT_PLAN_LIFECYCLE: Record<
  UnitPlanStep,
  {
    from: readonly UnitPlanStatus[];
    to: UnitPlanStatus | "same";
    label: string;
    may: (a: Actor, p: Plan) => boolean;
  }
> = {
  save: { from: EDITABLE_STATUSES, to: "same", label: "Lưu", may: mayWriteUnitPlan },
  submit: { from: EDITABLE_STATUSES, to: "submitted", label: "Gửi kế hoạch", may: mayWriteUnitPlan },
  accept: { from: ["submitted"], to: "accepted", label: "Chấp nhận", may: mayReviewUnitPlan },
  return: { from: ["submitted"], to: "returned", label: "Trả lại", may: mayReviewUnitPlan },
};

export const UnitPlanActionsSchema = z.object({
  /** Fill the form, attach the file. */
  edit: z.boolean(),
  submit: z.boolean(),
  /** Accept or return. */
  review: z.boolean(),
});
export type UnitPlanActions = z.infer<typeof UnitPlanActionsSchema>;

/** What `a` may do with this plan now: the `can` of a unit plan. */
export function unitPlanCan(a: Actor, p: Plan & { status: UnitPlanStatus }): UnitPlanActions {
  const open = (s: UnitPlanStep) =>
    UNIT_PLAN_LIFECYCLE[s].from.includes(p.status) && UNIT_PLAN_LIFECYCLE[s].may(a, p);
  return { edit: open("save"), submit: open("submit"), review: open("accept") };
}
