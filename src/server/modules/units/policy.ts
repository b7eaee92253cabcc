/**
 * Who may do what with units (B1, N3). Enforced in services and queries;
 * the UI only mirrors it.
 */
import type { Actor } from "../../../domain/roles.ts";

/** Roles that read every unit of the plan. */
const READ_ALL = new Set(["office", "council", "chairman", "culture", "finance"]);

export const unitPolicy = {
  readAll: (a: Actor) => READ_ALL.has(a.role),
  /** May this actor see this unit at all? A unit user sees only its own unit. */
  canRead: (a: Actor, unitId: string) => READ_ALL.has(a.role) || a.unitId === unitId,
  /** Create, edit, move, deactivate, import: the standing office only. */
  canManage: (a: Actor) => a.role === "office",
  /** Export of the unit list (logged, N3). */
  canExport: (a: Actor) => a.role === "office" || a.role === "chairman" || a.role === "council",
};
