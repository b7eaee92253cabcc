/**
 * Who may download a stored file (G2, N3): the office, the Council and the chairman
 * read every file; a unit user only its own unit's files (another unit's → 404, so
 * its existence does not leak); anyone may download what they uploaded themselves.
 */
import type { Actor } from "../../../domain/roles.ts";

const READ_ALL = new Set(["office", "council", "chairman"]);

export type FileOwner = { unitId: string | null; uploadedBy: string | null };

export const filePolicy = {
  readAll: (a: Actor) => READ_ALL.has(a.role),
  /** "ok", "hidden" (answer 404) or "forbidden" (answer 403). */
  access(a: Actor, f: FileOwner): "ok" | "hidden" | "forbidden" {
    if (READ_ALL.has(a.role) || (f.uploadedBy !== null && f.uploadedBy === a.userId)) return "ok";
    if (a.role === "unit") return f.unitId !== null && f.unitId === a.unitId ? "ok" : "hidden";
    return "forbidden";
  },
};
