/**
 * Unit plans (C1, III.1–III.2): a thin wrapper over the access vocabulary
 * (domain/access.ts) and the unit plan lifecycle (domain/unit-plan-lifecycle.ts).
 * A unit user edits and submits only its own unit's plan; the office, the Council and
 * the chairman follow every unit; the office reviews any plan, the Council pilot units'.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { mayReviewUnitPlan, reviewsUnitPlans, unitPlanCan } from "../../../domain/unit-plan-lifecycle.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";

export const unitPlanPolicy = {
  readAll: (a: Actor) => has(a, "unit_plans.read_all"),
  canList: (a: Actor) => has(a, "unit_plans.read_all") || has(a, "unit_plans.read_own"),
  /** Sees only its own unit's plan (another unit's → 404). */
  ownOnly: (a: Actor) => !has(a, "unit_plans.read_all") && has(a, "unit_plans.read_own"),
  /** Writes its own unit's plan. */
  isUnitUser: (a: Actor) => has(a, "unit_plans.edit_own") && a.unitId !== null,
  /** Roles that may ever review (the Council only for pilot units). */
  mayReview: reviewsUnitPlans,
  canReview: (a: Actor, participantRole: string) => mayReviewUnitPlan(a, { role: participantRole }),
  /** The `can` map sent with a unit plan. */
  can: unitPlanCan,
};

export function requireUnitUser(ctx: ServiceContext): string {
  if (!unitPlanPolicy.isUnitUser(ctx.actor)) {
    throw forbidden("Chỉ cán bộ đơn vị được soạn và gửi kế hoạch của đơn vị mình.");
  }
  return ctx.actor.unitId!;
}
