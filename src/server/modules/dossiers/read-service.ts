/** Reading dossiers (G1, G3): the office's overview of every unit, and one unit's checklist. */
import type { Dossier, DossierListQuery, DossierSummary } from "../../../domain/dossiers.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { searchPatterns } from "../people/index.ts";
import { currentPlanId } from "../units/index.ts";
import { conferenceOf } from "./conference-source.ts";
import { dossierPolicy, NOT_FOUND, requireReadable } from "./policy.ts";
import { completionRows, dossierDueOn, loadItems, loadParticipant, loadRequirements } from "./queries.ts";
import { toLines, toSummary } from "./view.ts";

export async function requireCurrentPlan(ctx: ServiceContext): Promise<string> {
  const id = await currentPlanId(ctx.db);
  if (!id) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
  return id;
}

/** Every participant's completeness and timeliness, paged and filtered in SQL (office, Council, chairman). */
export async function listDossiers(ctx: ServiceContext, q: DossierListQuery) {
  if (!dossierPolicy.readAll(ctx.actor)) throw forbidden("Bạn không có quyền xem hồ sơ của các đơn vị.");
  const planId = await requireCurrentPlan(ctx);
  const dueOn = await dossierDueOn(ctx.db, planId);
  const { rows, total } = await completionRows(ctx.db, planId, {
    state: q.state,
    awaiting: q.awaiting,
    patterns: searchPatterns(q.q),
    page: { limit: q.limit, offset: (q.page - 1) * q.limit },
  });
  const today = ctx.clock.now();
  return { items: rows.map((r) => toSummary(r, dueOn, today)), total, page: q.page, limit: q.limit, dueOn };
}

/** One unit's dossier: the checklist with each item's status, file and review comment. */
export async function getDossier(ctx: ServiceContext, unitId: string): Promise<Dossier> {
  requireReadable(ctx, unitId);
  const planId = await requireCurrentPlan(ctx);
  const unit = await loadParticipant(ctx.db, planId, unitId);
  if (!unit) throw notFound(NOT_FOUND);
  const [reqs, items, dueOn, completion, conf] = await readTogether(ctx.db, [
    () => loadRequirements(ctx.db, planId),
    () => loadItems(ctx.db, planId, unitId),
    () => dossierDueOn(ctx.db, planId),
    () => completionRows(ctx.db, planId, { unitId }),
    () => conferenceOf(ctx.db, planId, unitId),
  ]);
  const row = completion.rows[0] ?? {
    unitId,
    unitCode: unit.code,
    unitName: unit.name,
    required: 0,
    submitted: 0,
    accepted: 0,
    returned: 0,
    awaiting: 0,
    completedAt: null,
  };
  return {
    planId,
    summary: toSummary(row, dueOn, ctx.clock.now()),
    conference: conf ? { id: conf.id, date: conf.date, status: conf.status } : null,
    lines: toLines(reqs, items),
  };
}

/**
 * Completeness and timeliness of every participant of `planId` (G3, for the progress
 * board K2): required and submitted counts, when the dossier became complete, and the
 * state against the `dossier` milestone in Vietnam's days. No permission check: the
 * caller (another module's service) has checked its own.
 */
export async function dossierCompletion(ctx: ServiceContext, planId: string): Promise<DossierSummary[]> {
  const [dueOn, { rows }] = await readTogether(ctx.db, [
    () => dossierDueOn(ctx.db, planId),
    () => completionRows(ctx.db, planId),
  ]);
  const today = ctx.clock.now();
  return rows.map((r) => toSummary(r, dueOn, today));
}
