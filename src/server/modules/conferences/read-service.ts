/** Conference reads (D, E2, N3): the list with rule counts, the full view, the check. */

import {
  CONFERENCE_STATUS_LABELS,
  type ConferenceDetail,
  type ConferenceStatus,
  type ConferenceSummary,
  type Delegate,
} from "../../../domain/conferences.ts";
import { asGender } from "../../../domain/persons.ts";
import { conferenceKindLabel } from "../../../domain/plan/rules.ts";
import type { Actor } from "../../../domain/roles.ts";
import { compositionSummary, type Violation } from "../../../domain/rules/index.ts";
import { comparePersonNames } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { redactPersonal } from "../people/redact.ts";
import { currentPlanId } from "../units/queries.ts";
import { actionsFor, conferencePolicy } from "./policy.ts";
import { type ConferenceRow, type DelegateRow, findConferenceRow, listConferenceRows } from "./queries.ts";
import { type ConferenceBundle, loadBundles, todayIso } from "./rule-input.ts";

export const CONFERENCE_NOT_FOUND = "Không tìm thấy hội nghị này.";

/** A conference the actor may read; another unit's is "not found" for a unit user. */
export async function visibleConference(ctx: ServiceContext, db: Db, id: string): Promise<ConferenceRow> {
  const row = await findConferenceRow(db, id);
  if (!row || !conferencePolicy.canRead(ctx.actor, row)) throw notFound(CONFERENCE_NOT_FOUND);
  return row;
}

export async function loadBundle(
  ctx: ServiceContext,
  db: Db,
  row: ConferenceRow,
  phase: "draft" | "final" = "draft",
): Promise<ConferenceBundle> {
  const [bundle] = await loadBundles(db, [row], { today: todayIso(ctx.clock), phase });
  return bundle!;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const count = (vs: Violation[], s: Violation["severity"]) => vs.filter((v) => v.severity === s).length;

function toSummary(b: ConferenceBundle): ConferenceSummary {
  const r = b.row;
  return {
    id: r.id,
    planId: r.planId,
    unitId: r.unitId,
    unitName: r.unitName,
    kind: r.kind,
    kindLabel: conferenceKindLabel(b.rules, r.kind),
    status: r.status as ConferenceStatus,
    statusLabel: CONFERENCE_STATUS_LABELS[r.status as ConferenceStatus] ?? r.status,
    form: r.form,
    title: r.title,
    date: r.date,
    startTime: r.startTime,
    endTime: r.endTime,
    venue: r.venue,
    deadline: b.deadline,
    delegateCount: b.delegates.length,
    errorCount: count(b.violations, "error"),
    warningCount: count(b.violations, "warning"),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toDelegate(actor: Actor, d: DelegateRow): Delegate {
  const { collectiveUnitId: _unit, ...rest } = d;
  return {
    ...rest,
    person: d.person ? redactPersonal(actor, { ...d.person, gender: asGender(d.person.gender) }) : null,
  };
}

export function sortDelegates(list: DelegateRow[]): DelegateRow[] {
  return [...list].sort(
    (a, b) =>
      Number(a.personId === null) - Number(b.personId === null) || comparePersonNames(a.fullName, b.fullName),
  );
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
    can: actionsFor(actor, r),
  };
}

export async function listConferences(
  ctx: ServiceContext,
  query: { planId?: string; status?: ConferenceStatus; kind?: ConferenceRow["kind"]; unitId?: string },
): Promise<{ items: ConferenceSummary[] }> {
  if (query.unitId && !conferencePolicy.canRead(ctx.actor, { unitId: query.unitId })) {
    throw notFound("Không tìm thấy đơn vị.");
  }
  let unitId = query.unitId;
  if (!conferencePolicy.readAll(ctx.actor)) {
    if (!ctx.actor.unitId) return { items: [] };
    unitId = ctx.actor.unitId;
  }
  const planId = query.planId ?? (await currentPlanId(ctx.db)) ?? undefined;
  const rows = await listConferenceRows(ctx.db, { planId, unitId, status: query.status, kind: query.kind });
  // The list counts what would block a submission, as the conference page does.
  const bundles = await loadBundles(ctx.db, rows, { today: todayIso(ctx.clock), phase: "final" });
  const kindOrder = { town: 0, pilot: 1, unit: 2 };
  return {
    items: bundles
      .map(toSummary)
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.unitName.localeCompare(b.unitName, "vi")),
  };
}

export async function getConference(ctx: ServiceContext, id: string): Promise<ConferenceDetail> {
  const row = await visibleConference(ctx, ctx.db, id);
  return toDetail(ctx.actor, await loadBundle(ctx, ctx.db, row));
}

export async function checkConferenceById(ctx: ServiceContext, id: string, phase: "draft" | "final") {
  const row = await visibleConference(ctx, ctx.db, id);
  const { violations } = await loadBundle(ctx, ctx.db, row, phase);
  return { violations, errorCount: count(violations, "error"), warningCount: count(violations, "warning") };
}
