/**
 * Who may do what with seats, quotas and composition targets (SPEC F1–F3): the office
 * manages them (the what-if too: it is office only); the Council and the chairman read
 * them; a unit reads its own published quota.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const quotaPolicy = {
  canManage: (a: Actor) => has(a, "quotas.manage"),
  canRead: (a: Actor) => has(a, "quotas.manage") || has(a, "quotas.read_all"),
  canReadOwn: (a: Actor) => has(a, "quotas.read_own") && a.unitId !== null,
};
