/**
 * A conference's steps (issue 3 item 6, issue #7 item 4; III.1): the states, who may
 * take each step and the words come from the lifecycle table
 * (domain/conference-lifecycle.ts). One transaction: load the row, check who (404
 * unseen, 403), the current state (409), the rules on submission (422 with the
 * blocking errors), store who / when / why, bump the version, audit as
 * `conference.<step>`, and answer the conference as it now is.
 */
import {
  CONFERENCE_LIFECYCLE,
  type ConferenceTransition,
  wrongStateMessage,
} from "../../../domain/conference-lifecycle.ts";
import type { ConferenceDetail } from "../../../domain/conferences.ts";
import type { Db } from "../../db/client.ts";
import type { conferences } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { conferenceReviewed } from "../notifications/index.ts";
import { conferencePolicy, readable } from "./policy.ts";
import { type ConferenceRow, findConferenceRow } from "./queries.ts";
import { loadBundles, todayIso } from "./rule-input.ts";
import { toDetail } from "./view.ts";
import { bumpConference } from "./write-support.ts";

export type TransitionName = ConferenceTransition;
type Input = { version?: number; comment?: string | null; reason?: string };
type Set = Partial<typeof conferences.$inferInsert>;

/** What each step stores besides the new status. */
const STORED: Record<ConferenceTransition, (ctx: ServiceContext, input: Input) => Set> = {
  submit: (ctx) => ({ submittedAt: ctx.clock.now() }),
  approve: (ctx, input) => reviewed(ctx, input),
  return: (ctx, input) => reviewed(ctx, input),
  hold: (ctx) => ({ heldAt: ctx.clock.now() }),
  close: (ctx) => ({ closedAt: ctx.clock.now() }),
  reopen: (_ctx, input) => ({ reopenReason: input.reason ?? null }),
};

function reviewed(ctx: ServiceContext, input: Input): Set {
  return { reviewedAt: ctx.clock.now(), reviewedBy: ctx.actor.userId, reviewComment: input.comment ?? null };
}

const wrongState = (name: ConferenceTransition, status: string) =>
  new AppError("CONFLICT", wrongStateMessage(name, status), { status });

/** 422 when the rules still find blocking errors (checked against the version then saved). */
async function requireNoErrors(ctx: ServiceContext, tx: Db, row: ConferenceRow): Promise<void> {
  const [bundle] = await loadBundles(tx, [row], { today: todayIso(ctx.clock), phase: "final" });
  const errors = bundle!.violations.filter((v) => v.severity === "error");
  if (errors.length > 0) {
    throw new AppError(
      "UNPROCESSABLE",
      `Chưa nộp được: hội nghị còn ${errors.length} lỗi cần sửa. ${errors.map((e) => e.message).join(" ")}`,
      { violations: errors },
    );
  }
}

export async function transition(
  ctx: ServiceContext,
  id: string,
  name: ConferenceTransition,
  input: Input,
): Promise<ConferenceDetail> {
  const step = CONFERENCE_LIFECYCLE[name];
  return ctx.db.transaction(async (tx) => {
    const row = readable(ctx.actor, await findConferenceRow(tx, id));
    if (!conferencePolicy.canTake(ctx.actor, name, row)) throw forbidden(step.denied(row));
    if (!step.from.includes(row.status as (typeof step.from)[number])) throw wrongState(name, row.status);
    if (name === "submit") await requireNoErrors(ctx, tx, row);
    const set = { ...STORED[name](ctx, input), status: step.to };
    const version = await bumpConference(tx, ctx, id, {
      statuses: step.from,
      version: input.version ?? (name === "submit" ? row.version : undefined),
      set,
      conflict: (s) => wrongState(name, s),
    });
    await recordAudit(tx, ctx, {
      action: `conference.${name}`,
      entityType: "conference",
      entityId: id,
      unitId: row.unitId,
      before: { status: row.status, version: row.version },
      after: { ...set, version },
    });
    await conferenceReviewed(tx, ctx, { id, unitId: row.unitId, decision: name, comment: input.comment });
    const now = (await findConferenceRow(tx, id))!;
    const [bundle] = await loadBundles(tx, [now], { today: todayIso(ctx.clock) });
    return toDetail(ctx.actor, bundle!);
  });
}
