/**
 * Dossiers (G1–G4, plan II.3.3): a unit user prepares and sends only its own unit's
 * dossier (another unit's → 404); the office, the Council and the chairman read every
 * unit's; only the office (Thường trực, Phòng Nội vụ) accepts or returns items.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";

export const dossierPolicy = {
  readAll: (a: Actor) => has(a, "dossiers.read_all"),
  isUnitUser: (a: Actor) => has(a, "dossiers.edit_own") && a.unitId !== null,
  canReview: (a: Actor) => has(a, "dossiers.review"),
};

export const NOT_FOUND = "Không tìm thấy hồ sơ của đơn vị.";

/** Who may read unit `unitId`'s dossier: readers of every unit, or that unit's own users. */
export function requireReadable(ctx: ServiceContext, unitId: string): void {
  const { actor } = ctx;
  if (dossierPolicy.readAll(actor)) return;
  if (has(actor, "dossiers.edit_own")) {
    if (actor.unitId === unitId) return;
    throw notFound(NOT_FOUND);
  }
  throw forbidden("Bạn không có quyền xem hồ sơ của các đơn vị.");
}

export function requireUnitUser(ctx: ServiceContext): string {
  if (!dossierPolicy.isUnitUser(ctx.actor)) {
    throw forbidden("Chỉ cán bộ đơn vị được chuẩn bị và gửi hồ sơ của đơn vị mình.");
  }
  return ctx.actor.unitId!;
}

export function requireReviewer(ctx: ServiceContext): void {
  if (!dossierPolicy.canReview(ctx.actor)) {
    throw forbidden("Chỉ Thường trực Hội đồng Thi đua – Khen thưởng được chấp nhận hoặc trả lại hồ sơ.");
  }
}
