import type { Role } from "../../../domain/roles.ts";

export const PEOPLE_PATH = "/nguoi";

/** People and collectives (E1, N3): the office, the Council and the chairman read every unit; a unit its own. */
export const canSeePeople = (role: Role) =>
  role === "office" || role === "council" || role === "chairman" || role === "unit";

/** Adding and editing: the office (any unit) and a unit's staff (its own unit). */
export const canEditPeople = (role: Role) => role === "office" || role === "unit";

/** Roles that choose a unit (every unit is theirs to read). */
export const readsAllUnits = (role: Role) => role === "office" || role === "council" || role === "chairman";
