import type { Actor } from "../../../domain/roles.ts";

/** The audit trail is browsed by the standing office (issue 2, item 7). */
export const auditPolicy = { canBrowse: (a: Actor) => a.role === "office" };
