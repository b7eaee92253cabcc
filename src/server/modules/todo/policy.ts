/**
 * Who sees which part of the to-do list (issue #8 item 5), over domain/access.ts and the
 * two lifecycles: every signed-in role has a home page and so a list; what fills it
 * follows the actor's capabilities, never a second table of roles.
 */
import { has } from "../../../domain/access.ts";
import { mayReviewConference } from "../../../domain/conference-lifecycle.ts";
import { CONFERENCE_KINDS } from "../../../domain/plan/rules.ts";
import type { Actor } from "../../../domain/roles.ts";
import { OFFICE_WORK } from "../../../domain/todo.ts";

export const todoPolicy = {
  /** Unit plans this actor reviews: every one, pilot units' only (III.1), or none. */
  unitPlansReviewed: (a: Actor): "all" | "pilot" | null =>
    has(a, "unit_plans.review") ? "all" : has(a, "unit_plans.review_pilot") ? "pilot" : null,
  /** Conference kinds this actor approves or returns. */
  conferenceKindsReviewed: (a: Actor) =>
    CONFERENCE_KINDS.filter((kind) => mayReviewConference(a, { kind, unitId: "" })),
  reviewsDossiers: (a: Actor) => has(a, "dossiers.review"),
  /** Compiled delegate lists awaiting this actor's approval (F4): the chairman of its unit's conference. */
  approvesLists: (a: Actor) => has(a, "nominations.approve") && a.unitId !== null,
  /** The actor's role's own section of office work (the chairman's approvals), or null. */
  officeWork: (a: Actor) => OFFICE_WORK[a.role] ?? null,
};
