/**
 * Who may search people (E5, N3): a thin wrapper over domain/access.ts. The office,
 * the council and the chairman search every unit; a unit user its own unit; culture
 * and finance: 403 (personal data). Birth years only for `people.read_personal`.
 */
import { has, hasAny, seesPersonalData } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export const searchPolicy = {
  canSearch: (a: Actor) => hasAny(a, "people.read_all", "people.read_own"),
  /** Searches every unit (otherwise: its own unit only, and only its own unit's conferences). */
  allUnits: (a: Actor) => has(a, "people.read_all"),
  seesPersonalData,
};

export function requireSearcher(actor: Actor): void {
  if (!searchPolicy.canSearch(actor)) {
    throw forbidden("Vai trò của bạn không được tìm người (dữ liệu cá nhân).");
  }
}
