/**
 * Who may do what with conferences (D, III.1, N3): a thin wrapper over the access
 * vocabulary (domain/access.ts) and the lifecycle table (domain/conference-lifecycle.ts).
 * Reads: every role, a unit user only its own unit's (404 for others).
 */
import { has, hasAny, reaches } from "../../../domain/access.ts";
import {
  CONFERENCE_LIFECYCLE,
  type ConferenceTransition,
  conferenceCan,
  type LifecycleConference,
  mayEditConference,
} from "../../../domain/conference-lifecycle.ts";
import type { Actor } from "../../../domain/roles.ts";
import { notFound } from "../../http/errors.ts";

export const conferencePolicy = {
  readAll: (a: Actor) => has(a, "conferences.read_all"),
  canRead: (a: Actor, c: { unitId: string }) =>
    reaches(a, "conferences.read_all", "conferences.read_own", c.unitId),
  canCreate: (a: Actor) => hasAny(a, "conferences.create_all", "conferences.create_own"),
  /** Any unit, or the town conference: the office. */
  canCreateForAnyUnit: (a: Actor) => has(a, "conferences.create_all"),
  canEdit: (a: Actor, c: Pick<LifecycleConference, "unitId" | "kind">) => mayEditConference(a, c),
  canTake: (a: Actor, step: ConferenceTransition, c: LifecycleConference) =>
    CONFERENCE_LIFECYCLE[step].may(a, c),
  /** The `can` map sent with a conference. */
  can: conferenceCan,
};

export const CONFERENCE_NOT_FOUND = "Không tìm thấy hội nghị này.";

/** The row if the actor may read it; missing or another unit's → 404 (its existence does not leak). */
export function readable<T extends { unitId: string }>(a: Actor, row: T | null | undefined): T {
  if (!row || !conferencePolicy.canRead(a, row)) throw notFound(CONFERENCE_NOT_FOUND);
  return row;
}
