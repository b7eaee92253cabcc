/**
 * Plans (A1–A3): a plan is a public administrative document, so every signed-in
 * role reads it; only the standing office writes it (settings, milestones,
 * participants, new plans from a template): `plans.manage` in domain/access.ts.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";

export const planPolicy = {
  canRead: (_a: Actor) => true,
  canManage: (a: Actor) => has(a, "plans.manage"),
};

export function requirePlanManager(ctx: ServiceContext): void {
  if (!planPolicy.canManage(ctx.actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được sửa kế hoạch.");
  }
}
