/** Conference reads (D, E2, N3): the list with rule counts, the full view, the check. */

import type { ConferenceDetail, ConferenceStatus, ConferenceSummary } from "../../../domain/conferences.ts";
import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { conferencePolicy, readable } from "./policy.ts";
import { type ConferenceRow, findConferenceRow, listConferenceRows } from "./queries.ts";
import { type ConferenceBundle, loadBundles, todayIso } from "./rule-input.ts";
import { count, toDetail, toSummary } from "./view.ts";

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
