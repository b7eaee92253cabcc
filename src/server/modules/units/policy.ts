/**
 * Who may do what with units (B1, N3): a thin wrapper over domain/access.ts.
 * Enforced in services and queries; the web reads the capabilities from /api/auth/me.
 */
import { has, reaches } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const unitPolicy = {
  readAll: (a: Actor) => has(a, "units.read_all"),
  /** May this actor see this unit at all? A unit user sees only its own unit. */
  canRead: (a: Actor, unitId: string) => reaches(a, "units.read_all", "units.read_own", unitId),
  /** Create, edit, move, deactivate, import: the standing office only. */
  canManage: (a: Actor) => has(a, "units.manage"),
  /** Export of the unit list (logged, N3). */
  canExport: (a: Actor) => has(a, "units.export"),
};
