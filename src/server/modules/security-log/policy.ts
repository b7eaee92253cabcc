/** The security log is the office's (issue #12 item 7): `security.read` in domain/access.ts. */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const securityLogPolicy = {
  canBrowse: (a: Actor) => has(a, "security.read"),
};
