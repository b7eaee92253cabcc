import type { Role } from "../../../domain/roles.ts";

/** Only the standing office edits the plan (A2); the server refuses the others anyway. */
export const canEditPlan = (role: Role) => role === "office";
