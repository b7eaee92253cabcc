/**
 * Who may do what with conferences (D, III.1, N3). Reads: every role, a unit user
 * only its own unit's (404 for others). Content: the office and the unit itself.
 * Approval: the office for unit and town conferences, the council for pilots (III.1).
 */
import type { ConferenceStatus } from "../../../domain/conferences.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";
import type { Actor } from "../../../domain/roles.ts";

const READ_ALL = new Set(["office", "council", "chairman", "culture", "finance"]);

type Conf = { unitId: string; kind: ConferenceKind; status: string };

const own = (a: Actor, c: Conf) => a.role === "unit" && a.unitId !== null && a.unitId === c.unitId;
const officeOrOwn = (a: Actor, c: Conf) => a.role === "office" || own(a, c);

export const conferencePolicy = {
  readAll: (a: Actor) => READ_ALL.has(a.role),
  canRead: (a: Actor, c: Pick<Conf, "unitId">) =>
    READ_ALL.has(a.role) || (a.role === "unit" && a.unitId === c.unitId),
  canCreate: (a: Actor) => a.role === "office" || (a.role === "unit" && a.unitId !== null),
  canEdit: officeOrOwn,
  canSubmit: officeOrOwn,
  canReview: (a: Actor, c: Conf) => (c.kind === "pilot" ? a.role === "council" : a.role === "office"),
  canHold: officeOrOwn,
  canClose: (a: Actor) => a.role === "office",
  canReopen: officeOrOwn,
};

export const EDITABLE: readonly ConferenceStatus[] = ["draft", "returned"];

/** The actions open to `a` on `c` now (for the UI; the services enforce the same). */
export function actionsFor(a: Actor, c: Conf) {
  const s = c.status;
  const editable = EDITABLE.includes(s as ConferenceStatus);
  return {
    edit: editable && conferencePolicy.canEdit(a, c),
    submit: editable && conferencePolicy.canSubmit(a, c),
    approve: s === "submitted" && conferencePolicy.canReview(a, c),
    return: s === "submitted" && conferencePolicy.canReview(a, c),
    hold: s === "approved" && conferencePolicy.canHold(a, c),
    close: s === "held" && conferencePolicy.canClose(a),
    reopen: (s === "approved" || s === "held") && conferencePolicy.canReopen(a, c),
  };
}
