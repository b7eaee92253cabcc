/** Conference reads (D, E2, N3): the list with rule counts, the full view, the check. */

import type { ConferenceDetail, ConferenceStatus, ConferenceSummary } from "../../../domain/conferences.ts";
import type { Page, PageParams } from "../../../domain/paging.ts";
import { conferenceDeadline } from "../../../domain/rules/index.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { countConferenceRows, delegateCounts, pageConferenceRows } from "./list-queries.ts";
import { conferencePolicy, readable } from "./policy.ts";
import { type ConferenceRow, findConferenceRow } from "./queries.ts";
import { ruleCountsFor } from "./rule-counts.ts";
import { type ConferenceBundle, loadBundles, loadPlanContexts, parsedRules, todayIso } from "./rule-input.ts";
import { count, summaryOf, toDetail } from "./view.ts";

/** A conference the actor may read; another unit's is "not found" for a unit user. */
export async function visibleConference(ctx: ServiceContext, db: Db, id: string): Promise<ConferenceRow> {
  return readable(ctx.actor, await findConferenceRow(db, id));
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

/**
 * One page of the conferences the actor reads (issue #11 item 5): filtered, counted and cut
 * in SQL. Rule counts are those of the final check (what would block a submission), stored on
 * the conference and counted again only after a change (`rule-counts.ts`).
 */
export async function listConferences(
  ctx: ServiceContext,
  query: {
    planId?: string;
    status?: ConferenceStatus;
    kind?: ConferenceRow["kind"];
    unitId?: string;
    q?: string;
  } & PageParams,
): Promise<Page<ConferenceSummary>> {
  const page = { page: query.page, limit: query.limit };
  if (query.unitId && !conferencePolicy.canRead(ctx.actor, { unitId: query.unitId })) {
    throw notFound("Không tìm thấy đơn vị.");
  }
  let unitId = query.unitId;
  if (!conferencePolicy.readAll(ctx.actor)) {
    if (!ctx.actor.unitId) return { items: [], total: 0, ...page };
    unitId = ctx.actor.unitId;
  }
  const planId = query.planId ?? (await currentPlanId(ctx.db)) ?? undefined;
  const filter = { planId, unitId, status: query.status, kind: query.kind, q: query.q };
  const [total, rows] = await readTogether(ctx.db, [
    () => countConferenceRows(ctx.db, filter),
    () => pageConferenceRows(ctx.db, filter, page),
  ]);
  // Counts first, on their own: storing unknown ones is a transaction, and PGlite's one connection
  // must not have the other reads interleaved with it.
  const counts = await ruleCountsFor(ctx.db, rows, todayIso(ctx.clock));
  const [plans, delegates] = await readTogether(ctx.db, [
    () =>
      loadPlanContexts(
        ctx.db,
        rows.map((r) => r.planId),
      ),
    () =>
      delegateCounts(
        ctx.db,
        rows.map((r) => r.id),
      ),
  ]);
  const items = rows.map((r) => {
    const plan = plans.get(r.planId);
    return summaryOf(r, {
      rules: plan?.rules ?? parsedRules({}),
      deadline: conferenceDeadline(r.kind, plan?.deadlines ?? new Map()),
      delegateCount: delegates.get(r.id) ?? 0,
      ...counts.get(r.id)!,
    });
  });
  return { items, total, ...page };
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
