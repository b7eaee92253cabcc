import type { Actor } from "../../../domain/roles.ts";

/** Accounts are managed by the standing office only (issue 2, item 5). */
export const userPolicy = {
  canManage: (a: Actor) => a.role === "office",
};
