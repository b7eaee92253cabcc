/** The audit trail is browsed by the standing office (issue 2, item 7): `audit.read` in domain/access.ts. */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const auditPolicy = { canBrowse: (a: Actor) => has(a, "audit.read") };
