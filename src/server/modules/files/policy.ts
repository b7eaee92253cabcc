/**
 * Who may download a stored file (G2, N3): the office, the Council and the chairman
 * read every file; a unit user only its own unit's files (another unit's → 404, so
 * its existence does not leak); anyone may download what they uploaded themselves.
 */
import { has, ownsUnit } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export type FileOwner = { unitId: string | null; uploadedBy: string | null };

export const filePolicy = {
  readAll: (a: Actor) => has(a, "files.read_all"),
  /** "ok", "hidden" (answer 404) or "forbidden" (answer 403). */
  access(a: Actor, f: FileOwner): "ok" | "hidden" | "forbidden" {
    if (has(a, "files.read_all") || (f.uploadedBy !== null && f.uploadedBy === a.userId)) return "ok";
    if (has(a, "files.read_own")) return ownsUnit(a, f.unitId) ? "ok" : "hidden";
    return "forbidden";
  },
};
