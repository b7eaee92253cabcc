import type { Role } from "../../../domain/roles.ts";

/** Unit plans (C1): the office, the Council and the chairman follow every unit; a unit sees its own. */
export const canSeeUnitPlans = (role: Role) =>
  role === "office" || role === "council" || role === "chairman" || role === "unit";
