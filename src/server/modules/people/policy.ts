/**
 * Who may see and change people and collectives (E1, N3). A unit user works on
 * its own unit's list only and gets 404 for any other unit's record; the office
 * works on every unit; the council and the chairman read. Culture and finance
 * have no business with personal data.
 */
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

const READ_ALL = new Set(["office", "council", "chairman"]);
/** Roles that may see birth years and ethnicity (N3). */
const PERSONAL_DATA = new Set(["office", "council", "chairman", "unit"]);

export const peoplePolicy = {
  /** May use the people routes at all. */
  canUse: (a: Actor) => READ_ALL.has(a.role) || (a.role === "unit" && a.unitId !== null),
  readAll: (a: Actor) => READ_ALL.has(a.role),
  canRead: (a: Actor, unitId: string) => READ_ALL.has(a.role) || (a.role === "unit" && a.unitId === unitId),
  canEdit: (a: Actor, unitId: string) => a.role === "office" || (a.role === "unit" && a.unitId === unitId),
  seesPersonalData: (a: Actor) => PERSONAL_DATA.has(a.role),
};

export function requirePeopleAccess(actor: Actor): void {
  if (!peoplePolicy.canUse(actor)) {
    throw forbidden("Vai trò của bạn không được xem danh sách người và tập thể (dữ liệu cá nhân).");
  }
}

export function requirePeopleEditor(actor: Actor): void {
  requirePeopleAccess(actor);
  if (actor.role !== "office" && actor.role !== "unit") {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ đơn vị được thêm, sửa người và tập thể.");
  }
}
