/**
 * The API view of a conference (D, E2, N3): summary for lists, detail with its
 * delegates (personal data redacted by role) and the `can` map from the lifecycle.
 * Pure mapping from loaded rows; used by reads and by every write that answers a detail.
 */
import {
  CONFERENCE_STATUS_LABELS,
  type ConferenceDetail,
  type ConferenceStatus,
  type ConferenceSummary,
  type Delegate,
} from "../../../domain/conferences.ts";
import { asGender } from "../../../domain/persons.ts";
import { conferenceKindLabel, type PlanRules } from "../../../domain/plan/rules.ts";
import type { Actor } from "../../../domain/roles.ts";
import { compositionSummary, type Violation } from "../../../domain/rules/index.ts";
import { sortByPersonName } from "../../../domain/text.ts";
import { redactPersonal } from "../people/index.ts";
import { conferencePolicy } from "./policy.ts";
import type { ConferenceRow, DelegateRow } from "./queries.ts";
import type { ConferenceBundle } from "./rule-input.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const count = (vs: Violation[], s: Violation["severity"]) => vs.filter((v) => v.severity === s).length;

/** What a list row shows besides the conference's own fields. */
export type SummaryParts = {
  rules: PlanRules;
  deadline: string | null;
  delegateCount: number;
  errorCount: number;
  warningCount: number;
};

export function summaryOf(r: ConferenceRow, p: SummaryParts): ConferenceSummary {
  return {
    id: r.id,
    planId: r.planId,
    unitId: r.unitId,
    unitName: r.unitName,
    kind: r.kind,
    kindLabel: conferenceKindLabel(p.rules, r.kind),
    status: r.status as ConferenceStatus,
    statusLabel: CONFERENCE_STATUS_LABELS[r.status as ConferenceStatus] ?? r.status,
    form: r.form,
    title: r.title,
    date: r.date,
    startTime: r.startTime,
    endTime: r.endTime,
    venue: r.venue,
    deadline: p.deadline,
    delegateCount: p.delegateCount,
    errorCount: p.errorCount,
    warningCount: p.warningCount,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toSummary(b: ConferenceBundle): ConferenceSummary {
  return summaryOf(b.row, {
    rules: b.rules,
    deadline: b.deadline,
    delegateCount: b.delegates.length,
    errorCount: count(b.violations, "error"),
    warningCount: count(b.violations, "warning"),
  });
}

export function toDelegate(actor: Actor, d: DelegateRow): Delegate {
  const { collectiveUnitId: _unit, ...rest } = d;
  return {
    ...rest,
    person: d.person ? redactPersonal(actor, { ...d.person, gender: asGender(d.person.gender) }) : null,
  };
}

/** People first, then collectives, each in official-list order (names split once per row). */
export function sortDelegates(list: DelegateRow[]): DelegateRow[] {
  const byName = sortByPersonName(list, (d) => d.fullName);
  return [...byName.filter((d) => d.personId !== null), ...byName.filter((d) => d.personId === null)];
}

export function toDetail(actor: Actor, b: ConferenceBundle): ConferenceDetail {
  const r = b.row;
  const names = new Map(b.delegates.map((d) => [d.id, d.fullName]));
  return {
    ...toSummary(b),
    unitKind: r.unitKind,
    budgetSource: r.budgetSource,
    invitees: r.invitees,
    reviewComment: r.reviewComment,
    submittedAt: iso(r.submittedAt),
    reviewedAt: iso(r.reviewedAt),
    reviewedBy: r.reviewerName,
    heldAt: iso(r.heldAt),
    closedAt: iso(r.closedAt),
    reopenReason: r.reopenReason,
    createdAt: r.createdAt.toISOString(),
    capDecision: b.capDecision,
    composition: compositionSummary(b.input),
    violations: b.violations,
    delegates: sortDelegates(b.delegates).map((d) => toDelegate(actor, d)),
    presidium: b.presidium.map((p) => ({
      delegateId: p.delegateId,
      order: p.order,
      titleShown: p.titleShown,
      fullName: names.get(p.delegateId) ?? "",
    })),
    agenda: b.agenda.map((a) => ({
      id: a.id,
      order: a.order,
      coreCode: a.coreCode,
      title: a.title,
      presenter: a.presenter,
      durationMinutes: a.durationMinutes,
      media: a.media,
    })),
    forms: b.rules.forms[r.kind],
    budgetSources: b.rules.budgetSources,
    can: conferencePolicy.can(actor, r),
  };
}
