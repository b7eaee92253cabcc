/**
 * A unit's nominations to the higher conference (SPEC F4; issue #9 item 4): after its own
 * conference is held, the unit picks people from its list or its conference's delegates,
 * in order, each with an achievement summary, within its published quota (over quota is
 * shown as a warning here and flagged to the office, who returns it), and submits.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import {
  LIST_OPEN,
  NOMINATION_EDITABLE,
  NOMINATION_LIFECYCLE,
  nominationWrongState,
} from "../../../domain/nomination-lifecycle.ts";
import type { MyNomination, MyNominationAnswer, NominationSave } from "../../../domain/nominations.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import { nominationEntries, nominations, units } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { publishedQuotaFor } from "../quotas/index.ts";
import { NO_UNIT_CONFERENCE, unitConference, unitConferenceOrNone } from "./policy.ts";
import {
  allowedCandidates,
  type ConferenceRow,
  candidatePage,
  listOf,
  nominationOf,
  ownConference,
} from "./queries.ts";
import { nominationView } from "./view.ts";

const HELD = ["held", "closed"];

async function openness(ctx: ServiceContext, planId: string, unitId: string) {
  const own = await ownConference(ctx.db, planId, unitId);
  if (!own) {
    return {
      own: null,
      open: false,
      reason:
        "Đơn vị chưa có hội nghị của mình trong kế hoạch: đề cử mở sau khi hội nghị của đơn vị đã tổ chức.",
    };
  }
  if (!HELD.includes(own.status)) {
    return {
      own,
      open: false,
      reason: "Đề cử mở sau khi hội nghị của đơn vị đã tổ chức (trạng thái “Đã tổ chức”).",
    };
  }
  return { own, open: true, reason: null };
}

async function listIsOpen(ctx: ServiceContext, conferenceId: string): Promise<boolean> {
  const list = await listOf(ctx.db, conferenceId);
  return !list || LIST_OPEN.includes(list.status as (typeof LIST_OPEN)[number]);
}

/** The unit's nominations; `conference: null` with the reason when it has nowhere to nominate to yet. */
export async function getMine(ctx: ServiceContext): Promise<MyNominationAnswer> {
  const { unitId, conf } = await unitConferenceOrNone(ctx);
  if (!conf) return { conference: null, reason: NO_UNIT_CONFERENCE };
  return mineAt(ctx, unitId, conf);
}

async function mineAt(ctx: ServiceContext, unitId: string, conf: ConferenceRow): Promise<MyNomination> {
  const o = await openness(ctx, conf.planId, unitId);
  const quota = await publishedQuotaFor(ctx.db, conf.id, unitId);
  const n = await nominationOf(ctx.db, conf.id, unitId);
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  const listOpen = await listIsOpen(ctx, conf.id);
  return {
    conference: {
      id: conf.id,
      title: conf.title,
      date: conf.date,
      unitId: conf.unitId,
      unitName: conf.unitName,
      planNumberSymbol: conf.planNumberSymbol,
    },
    ownConference: o.own,
    open: o.open,
    closedReason: o.reason,
    quota,
    nomination: n ? await nominationView(ctx, n, unit?.name ?? "", quota, listOpen && o.open) : null,
  };
}

export async function listCandidates(ctx: ServiceContext, q: { q?: string; limit: number; offset: number }) {
  const { unitId, conf } = await unitConference(ctx);
  return candidatePage(ctx.db, {
    planId: conf.planId,
    unitId,
    search: foldVietnamese(q.q ?? "").trim(),
    limit: q.limit,
    offset: q.offset,
  });
}

export async function saveMine(ctx: ServiceContext, body: NominationSave): Promise<MyNomination> {
  const { unitId, conf } = await unitConference(ctx);
  const o = await openness(ctx, conf.planId, unitId);
  if (!o.open) throw new AppError("CONFLICT", `Chưa thể đề cử: ${o.reason}`);
  if (!(await listIsOpen(ctx, conf.id))) {
    throw new AppError(
      "CONFLICT",
      "Danh sách đã trình Chủ tịch hoặc đã phê duyệt: không sửa đề cử được nữa.",
    );
  }
  const ids = body.entries.map((e) => e.personId);
  if (new Set(ids).size !== ids.length) throw validation("Một người được đề cử hai lần trong danh sách.");
  const allowed = await allowedCandidates(ctx.db, conf.planId, unitId, ids);
  const foreign = ids.filter((id) => !allowed.has(id));
  if (foreign.length > 0) {
    throw validation(
      `Có ${foreign.length} người không thuộc danh sách của đơn vị hoặc đại biểu hội nghị của đơn vị: chỉ đề cử được người của đơn vị mình.`,
    );
  }
  await withTx(ctx, async (tx) => {
    let n = await nominationOf(tx.db, conf.id, unitId);
    const before = n ? { status: n.status, count: await entryCount(tx, n.id) } : null;
    if (!n) {
      if (body.version !== 0) throw stale();
      const [created] = await tx.db
        .insert(nominations)
        .values({ conferenceId: conf.id, unitId, createdAt: tx.clock.now(), updatedAt: tx.clock.now() })
        .onConflictDoNothing()
        .returning();
      if (!created) throw stale();
      n = created;
    } else {
      n = await versionedUpdate(tx, nominations, {
        id: n.id,
        version: body.version,
        set: { source: "unit" },
        where: inArray(nominations.status, [...NOMINATION_EDITABLE]),
        conflict: (row) =>
          new AppError(
            "CONFLICT",
            `Không sửa được: đề cử đang ở trạng thái đã gửi hoặc đã chấp nhận (${row.status}).`,
          ),
      });
    }
    await tx.db.delete(nominationEntries).where(eq(nominationEntries.nominationId, n.id));
    if (body.entries.length > 0) {
      await tx.db.insert(nominationEntries).values(
        body.entries.map((e, i) => ({
          nominationId: n.id,
          personId: e.personId,
          order: i + 1,
          achievement: e.achievement,
        })),
      );
    }
    await recordAudit(tx.db, tx, {
      action: "nomination.save",
      entityType: "nomination",
      entityId: n.id,
      unitId,
      before,
      after: { status: n.status, count: body.entries.length },
    });
  });
  return mineAt(ctx, unitId, conf);
}

async function entryCount(ctx: { db: ServiceContext["db"] }, nominationId: string): Promise<number> {
  const [r] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominationEntries)
    .where(eq(nominationEntries.nominationId, nominationId));
  return r?.n ?? 0;
}

export async function submitMine(ctx: ServiceContext, version: number): Promise<MyNomination> {
  const { unitId, conf } = await unitConference(ctx);
  const o = await openness(ctx, conf.planId, unitId);
  if (!o.open) throw new AppError("CONFLICT", `Chưa thể gửi đề cử: ${o.reason}`);
  if (!(await listIsOpen(ctx, conf.id))) {
    throw new AppError(
      "CONFLICT",
      "Danh sách đã trình Chủ tịch hoặc đã phê duyệt: không gửi đề cử được nữa.",
    );
  }
  const n = await nominationOf(ctx.db, conf.id, unitId);
  if (!n) throw new AppError("CONFLICT", "Đơn vị chưa đề cử ai: hãy chọn người và lưu trước khi gửi.");
  const step = NOMINATION_LIFECYCLE.submit;
  await withTx(ctx, async (tx) => {
    const count = await entryCount(tx, n.id);
    if (count === 0)
      throw new AppError("CONFLICT", "Danh sách đề cử đang trống: hãy chọn ít nhất một người.");
    const updated = await versionedUpdate(tx, nominations, {
      id: n.id,
      version,
      set: { status: step.to, submittedAt: tx.clock.now() },
      where: and(inArray(nominations.status, [...step.from])),
      conflict: (row) => new AppError("CONFLICT", nominationWrongState("submit", row.status)),
    });
    await recordAudit(tx.db, tx, {
      action: "nomination.submit",
      entityType: "nomination",
      entityId: n.id,
      unitId,
      before: { status: n.status },
      after: { status: updated.status, count },
    });
  });
  return mineAt(ctx, unitId, conf);
}
