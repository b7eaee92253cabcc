/**
 * The office's side of units' nominations (SPEC F4; issue #9 item 4): every unit's counts
 * against its published quota (from SQL, a page at a time: issue #11 item 5), over-quota
 * units flagged, people put forward by two units (E6 identity key), the composition targets
 * against the list, and accepting or returning one unit's nominations with a comment.
 */
import { and, eq, inArray } from "drizzle-orm";
import { ownsUnit } from "../../../domain/access.ts";
import {
  LIST_OPEN,
  LIST_STATUS_LABELS,
  type ListStatus,
  listCan,
  NOMINATION_LIFECYCLE,
  type NominationStatus,
  nominationWrongState,
} from "../../../domain/nomination-lifecycle.ts";
import type { NominationView, OverviewAnswer, OverviewQuery } from "../../../domain/nominations.ts";
import { readTogether } from "../../db/read-together.ts";
import { nominations } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { publishedQuotaFor } from "../quotas/index.ts";
import { compositionOf } from "./composition.ts";
import { nominationSummary, unitCountsPage } from "./overview-queries.ts";
import {
  NO_CONFERENCE,
  nominationPolicy,
  officeConference,
  readableConference,
  readableConferenceOrNone,
} from "./policy.ts";
import {
  compiledPeople,
  conferenceById,
  duplicateNominees,
  entryCount,
  guestCount,
  listOf,
  nominationById,
} from "./queries.ts";
import { nominationView } from "./view.ts";

const isListOpen = (status: string | undefined) =>
  status === undefined || LIST_OPEN.includes(status as ListStatus);

/**
 * One page of the participating units against their quotas, the totals over every nomination;
 * `conference: null` with the reason when none takes nominations yet.
 */
export async function overview(ctx: ServiceContext, q: OverviewQuery): Promise<OverviewAnswer> {
  const conf = await readableConferenceOrNone(ctx, q.conferenceId);
  if (!conf) return { conference: null, reason: NO_CONFERENCE };
  const [page, summary, list, people, duplicates] = await readTogether(ctx.db, [
    () => unitCountsPage(ctx.db, { planId: conf.planId, conferenceId: conf.id, q: q.q }, q),
    () => nominationSummary(ctx.db, conf.id),
    () => listOf(ctx.db, conf.id),
    () => compiledPeople(ctx.db, conf.id),
    () => duplicateNominees(ctx.db, conf.id),
  ]);
  const status = (list?.status ?? "draft") as ListStatus;
  return {
    conference: {
      id: conf.id,
      title: conf.title,
      date: conf.date,
      unitId: conf.unitId,
      unitName: conf.unitName,
      planNumberSymbol: conf.planNumberSymbol,
    },
    list: {
      id: list?.id ?? null,
      status,
      version: list?.version ?? 0,
      decisionComment: list?.decisionComment ?? null,
      exemplars: people.items.filter((p) => p.role === "exemplar").length,
      guests: list ? await guestCount(ctx.db, list.id) : 0,
      can: listCan(ctx.actor, { unitId: conf.unitId, status }),
    },
    units: {
      items: page.items.map((r) => ({
        ...r,
        status: r.status as NominationStatus | null,
        source: r.source as "unit" | "package" | null,
        overQuota: r.status !== null && r.quota !== null && r.count > r.quota,
      })),
      total: page.total,
      page: q.page,
      limit: q.limit,
    },
    summary,
    duplicates,
    composition: await compositionOf(ctx.db, conf.planId, people.items),
  };
}

/** One unit's nominations: the office and followers any unit's; a unit user only its own (else 404). */
export async function getNomination(ctx: ServiceContext, id: string): Promise<NominationView> {
  const found = await nominationById(ctx.db, id);
  if (!found) throw notFound("Không tìm thấy đề cử.");
  const conf = await conferenceById(ctx.db, found.n.conferenceId);
  if (!conf) throw notFound("Không tìm thấy đề cử.");
  if (nominationPolicy.readsAll(ctx.actor)) {
    await readableConference(ctx, conf.id);
  } else if (!nominationPolicy.nominates(ctx.actor)) {
    throw forbidden("Bạn không xem được đề cử này.");
  } else if (!ownsUnit(ctx.actor, found.n.unitId)) {
    throw notFound("Không tìm thấy đề cử.");
  }
  const quota = await publishedQuotaFor(ctx.db, conf.id, found.n.unitId);
  const list = await listOf(ctx.db, conf.id);
  return nominationView(ctx, found.n, found.unitName, quota, isListOpen(list?.status));
}

type Decision = { version: number; comment?: string };

async function decide(ctx: ServiceContext, id: string, step: "accept" | "return", d: Decision) {
  const found = await nominationById(ctx.db, id);
  if (!found) throw notFound("Không tìm thấy đề cử.");
  const conf = await officeConference(ctx, found.n.conferenceId);
  const list = await listOf(ctx.db, conf.id);
  if (!isListOpen(list?.status)) {
    const label = LIST_STATUS_LABELS[list!.status as ListStatus];
    throw new AppError("CONFLICT", `Danh sách đang ở trạng thái “${label}”: không xét lại đề cử được nữa.`);
  }
  const rule = NOMINATION_LIFECYCLE[step];
  if (step === "accept") {
    const quota = await publishedQuotaFor(ctx.db, conf.id, found.n.unitId);
    const count = await entryCount(ctx.db, found.n.id);
    if (quota !== null && count > quota) {
      throw new AppError(
        "CONFLICT",
        `Không thể chấp nhận: ${found.unitName} đề cử ${count} người, vượt chỉ tiêu ${quota}. Hãy trả lại để đơn vị bớt người.`,
      );
    }
  }
  return withTx(ctx, async (tx) => {
    const updated = await versionedUpdate(tx, nominations, {
      id,
      version: d.version,
      set: {
        status: rule.to,
        reviewComment: step === "return" ? (d.comment ?? null) : null,
        reviewedAt: tx.clock.now(),
        reviewedBy: tx.actor.userId,
      },
      where: and(eq(nominations.id, id), inArray(nominations.status, [...rule.from])),
      conflict: (row) => new AppError("CONFLICT", nominationWrongState(step, row.status)),
    });
    await recordAudit(tx.db, tx, {
      action: step === "accept" ? "nomination.accept" : "nomination.return",
      entityType: "nomination",
      entityId: id,
      unitId: found.n.unitId,
      before: { status: found.n.status },
      after: { status: updated.status, ...(step === "return" ? { reviewComment: d.comment } : {}) },
    });
    const quota = await publishedQuotaFor(tx.db, conf.id, found.n.unitId);
    return nominationView(tx, updated, found.unitName, quota, true);
  });
}

export const acceptNomination = (ctx: ServiceContext, id: string, d: Decision) =>
  decide(ctx, id, "accept", d);
export const returnNomination = (ctx: ServiceContext, id: string, d: Decision) =>
  decide(ctx, id, "return", d);
