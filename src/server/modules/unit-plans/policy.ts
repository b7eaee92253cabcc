/**
 * Unit plans (C1, III.1–III.2): a unit user edits and submits only its own unit's plan;
 * the office, the Council and the chairman follow every unit; the office accepts or
 * returns any plan, and the Council also approves pilot units' plans (III.1).
 */
import type { Actor } from "../../../domain/roles.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";

const READ_ALL = new Set(["office", "council", "chairman"]);

export const unitPlanPolicy = {
  readAll: (a: Actor) => READ_ALL.has(a.role),
  canList: (a: Actor) => READ_ALL.has(a.role) || a.role === "unit",
  isUnitUser: (a: Actor) => a.role === "unit" && a.unitId !== null,
  /** Roles that may ever review (the Council only for pilot units). */
  mayReview: (a: Actor) => a.role === "office" || a.role === "council",
  canReview: (a: Actor, participantRole: string) =>
    a.role === "office" || (a.role === "council" && participantRole === "pilot"),
};

export function requireUnitUser(ctx: ServiceContext): string {
  if (!unitPlanPolicy.isUnitUser(ctx.actor)) {
    throw forbidden("Chỉ cán bộ đơn vị được soạn và gửi kế hoạch của đơn vị mình.");
  }
  return ctx.actor.unitId!;
}
