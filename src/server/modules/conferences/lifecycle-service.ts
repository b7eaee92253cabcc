/**
 * A conference's life (issue 3 item 6, III.1): draft → submitted → approved |
 * returned → held → closed, and reopen (approved | held → draft) with a reason.
 * Each step checks who (403), the current state (409), the rules on submission
 * (422 with the blocking errors), stores who / when / why, bumps the version and
 * is audited as `conference.<step>` in the same transaction.
 */
import type { ConferenceDetail, ConferenceStatus } from "../../../domain/conferences.ts";
import type { Actor } from "../../../domain/roles.ts";
import type { conferences } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden } from "../../http/errors.ts";
import { recordAudit } from "../audit/record.ts";
import { conferenceReviewed } from "../notifications/index.ts";
import { conferencePolicy } from "./policy.ts";
import { type ConferenceRow, findConferenceRow } from "./queries.ts";
import { getConference, loadBundle, visibleConference } from "./read-service.ts";
import { bumpConference, statusLabel } from "./write-support.ts";

export type TransitionName = "submit" | "approve" | "return" | "hold" | "close" | "reopen";
type Input = { version?: number; comment?: string | null; reason?: string };
type Set = Partial<typeof conferences.$inferInsert>;

type Step = {
  from: readonly ConferenceStatus[];
  to: ConferenceStatus;
  verb: string;
  when: string;
  may: (a: Actor, c: ConferenceRow) => boolean;
  denied: (c: ConferenceRow) => string;
  set: (ctx: ServiceContext, input: Input) => Set;
};

const OFFICE_OR_UNIT = "Chỉ Thường trực HĐ TĐKT và cán bộ của đơn vị tổ chức được";
const reviewDenied = (c: ConferenceRow) =>
  c.kind === "pilot"
    ? "Hội nghị điểm do Hội đồng Thi đua – Khen thưởng duyệt nội dung (mục III.1 của kế hoạch)."
    : "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được duyệt hoặc trả lại hội nghị này.";
const review = (ctx: ServiceContext, input: Input): Set => ({
  reviewedAt: ctx.clock.now(),
  reviewedBy: ctx.actor.userId,
  reviewComment: input.comment ?? null,
});

export const STEPS: Record<TransitionName, Step> = {
  submit: {
    from: ["draft", "returned"],
    to: "submitted",
    verb: "nộp",
    when: "khi đang soạn hoặc bị trả lại",
    may: conferencePolicy.canSubmit,
    denied: () => `${OFFICE_OR_UNIT} nộp hội nghị này.`,
    set: (ctx) => ({ submittedAt: ctx.clock.now() }),
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    verb: "duyệt",
    when: "khi hội nghị đã nộp, đang chờ duyệt",
    may: conferencePolicy.canReview,
    denied: reviewDenied,
    set: review,
  },
  return: {
    from: ["submitted"],
    to: "returned",
    verb: "trả lại",
    when: "khi hội nghị đã nộp, đang chờ duyệt",
    may: conferencePolicy.canReview,
    denied: reviewDenied,
    set: review,
  },
  hold: {
    from: ["approved"],
    to: "held",
    verb: "ghi nhận đã tổ chức",
    when: "khi hội nghị đã được duyệt",
    may: conferencePolicy.canHold,
    denied: () => `${OFFICE_OR_UNIT} ghi nhận hội nghị đã tổ chức.`,
    set: (ctx) => ({ heldAt: ctx.clock.now() }),
  },
  close: {
    from: ["held"],
    to: "closed",
    verb: "kết thúc",
    when: "khi hội nghị đã tổ chức",
    may: (a) => conferencePolicy.canClose(a),
    denied: () => "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được kết thúc hội nghị.",
    set: (ctx) => ({ closedAt: ctx.clock.now() }),
  },
  reopen: {
    from: ["approved", "held"],
    to: "draft",
    verb: "mở lại",
    when: "khi hội nghị đã được duyệt hoặc đã tổ chức",
    may: conferencePolicy.canReopen,
    denied: () => `${OFFICE_OR_UNIT} mở lại hội nghị này.`,
    set: (_ctx, input) => ({ reopenReason: input.reason ?? null }),
  },
};

function wrongState(step: Step, status: string): AppError {
  return new AppError(
    "CONFLICT",
    `Không thể ${step.verb}: hội nghị đang ở trạng thái “${statusLabel(status)}”. Chỉ ${step.verb} được ${step.when}.`,
    { status },
  );
}

export async function transition(
  ctx: ServiceContext,
  id: string,
  name: TransitionName,
  input: Input,
): Promise<ConferenceDetail> {
  const step = STEPS[name];
  const row = await visibleConference(ctx, ctx.db, id);
  if (!step.may(ctx.actor, row)) throw forbidden(step.denied(row));
  if (!step.from.includes(row.status as ConferenceStatus)) throw wrongState(step, row.status);
  await ctx.db.transaction(async (tx) => {
    let version = input.version;
    if (name === "submit") {
      // Checked inside the transaction, against the version that is then saved.
      const now = (await findConferenceRow(tx, id)) ?? row;
      const { violations } = await loadBundle(ctx, tx, now, "final");
      const errors = violations.filter((v) => v.severity === "error");
      if (errors.length > 0) {
        throw new AppError(
          "UNPROCESSABLE",
          `Chưa nộp được: hội nghị còn ${errors.length} lỗi cần sửa. ${errors.map((e) => e.message).join(" ")}`,
          { violations: errors },
        );
      }
      version ??= now.version;
    }
    const set = { ...step.set(ctx, input), status: step.to };
    const newVersion = await bumpConference(tx, ctx, id, {
      statuses: step.from,
      version,
      set,
      conflict: (s) => wrongState(step, s),
    });
    await recordAudit(tx, ctx, {
      action: `conference.${name}`,
      entityType: "conference",
      entityId: id,
      unitId: row.unitId,
      before: { status: row.status, version: row.version },
      after: { ...set, version: newVersion },
    });
    await conferenceReviewed(tx, ctx, { id, unitId: row.unitId, decision: name, comment: input.comment });
  });
  return getConference(ctx, id);
}
