import type { Role } from "../../../domain/roles.ts";

export const SEARCH_PATH = "/tim-kiem";

/** People search (E5): the office, the Council and the chairman over every unit; a unit over its own. */
export const canSearchPeople = (role: Role) =>
  role === "office" || role === "council" || role === "chairman" || role === "unit";
