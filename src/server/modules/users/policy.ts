/** Accounts are managed by the standing office only (issue 2, item 5): `users.manage` in domain/access.ts. */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const userPolicy = {
  canManage: (a: Actor) => has(a, "users.manage"),
};
