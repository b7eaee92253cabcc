/**
 * Duplicate people across units (E6). The office sees the report and decides
 * "not the same person"; the council and the chairman read it (they follow the
 * units and approve the town list); units, culture and finance have no access:
 * the report shows other units' people. Capabilities: domain/access.ts.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export const duplicatesPolicy = {
  canRead: (a: Actor) => has(a, "duplicates.read"),
  canDismiss: (a: Actor) => has(a, "duplicates.dismiss"),
};

export function requireDuplicatesReader(actor: Actor): void {
  if (!duplicatesPolicy.canRead(actor)) {
    throw forbidden(
      "Chỉ Thường trực HĐ TĐKT, thành viên Hội đồng và lãnh đạo UBND được xem danh sách người trùng.",
    );
  }
}

export function requireDuplicatesManager(actor: Actor): void {
  if (!duplicatesPolicy.canDismiss(actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được đánh dấu hai người không trùng nhau.");
  }
}
