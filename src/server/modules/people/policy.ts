/**
 * Who may see and change people and collectives (E1, N3): a thin wrapper over
 * domain/access.ts. A unit user works on its own unit's list only and gets 404 for
 * any other unit's record; the office works on every unit; the council and the
 * chairman read. Culture and finance have no business with personal data.
 */
import { has, hasAny, reaches, seesPersonalData } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export const peoplePolicy = {
  /** May use the people routes at all. */
  canUse: (a: Actor) => hasAny(a, "people.read_all", "people.read_own"),
  readAll: (a: Actor) => has(a, "people.read_all"),
  canRead: (a: Actor, unitId: string) => reaches(a, "people.read_all", "people.read_own", unitId),
  /** May add people at all (to any unit, or to its own). */
  mayEditSome: (a: Actor) => has(a, "people.edit_all") || has(a, "people.edit_own"),
  /** Chooses the unit of a new person (otherwise: its own unit). */
  editsAll: (a: Actor) => has(a, "people.edit_all"),
  canEdit: (a: Actor, unitId: string) => reaches(a, "people.edit_all", "people.edit_own", unitId),
  seesPersonalData,
};

export function requirePeopleAccess(actor: Actor): void {
  if (!peoplePolicy.canUse(actor)) {
    throw forbidden("Vai trò của bạn không được xem danh sách người và tập thể (dữ liệu cá nhân).");
  }
}

export function requirePeopleEditor(actor: Actor): void {
  requirePeopleAccess(actor);
  if (!peoplePolicy.mayEditSome(actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ đơn vị được thêm, sửa người và tập thể.");
  }
}
