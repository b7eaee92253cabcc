/** Progress board (K2) and council assignments (K1): who sees the page and who assigns. */
import type { Role } from "../../../domain/roles.ts";

export const PROGRESS_PATH = "/tien-do";

/** The office, the Council and the chairman follow every unit; a unit user sees its own row. */
export const canSeeProgress = (role: Role) =>
  role === "office" || role === "council" || role === "chairman" || role === "unit";
export const canSeeAllProgress = (role: Role) =>
  role === "office" || role === "council" || role === "chairman";
export const canAssignCouncil = (role: Role) => role === "office";
