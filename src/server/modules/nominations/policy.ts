/**
 * Nominations (SPEC F4, F5): a thin wrapper over `domain/access.ts` and
 * `domain/nomination-lifecycle.ts`, plus the one rule of level (M1, as data): an office or a
 * chairman acts on the conference run by its own unit or by its unit's parent (Phòng Nội vụ
 * under the town, Sở Nội vụ under the province) — never on another level's conference.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import {
  type ConferenceRow,
  conferenceById,
  conferenceForParticipant,
  conferenceOfPlan,
  conferenceRunBy,
  unitParent,
} from "./queries.ts";

export const nominationPolicy = {
  readsAll: (a: Actor) => has(a, "nominations.read_all"),
  nominates: (a: Actor) => has(a, "nominations.edit_own") && a.unitId !== null,
  reviews: (a: Actor) => has(a, "nominations.review"),
  approves: (a: Actor) => has(a, "nominations.approve"),
};

/** Why there is nothing to nominate yet, and what happens next: said on the page, not an error (issue #13). */
export const NO_CONFERENCE =
  "Chưa có hội nghị cấp trên nào nhận đề cử. Khi Thường trực HĐ TĐKT tạo hội nghị cấp trên ở trang Hội nghị, đề cử của các đơn vị sẽ hiện ở đây để xét và tổng hợp.";
export const NO_UNIT_CONFERENCE =
  "Chưa có hội nghị cấp trên nhận đề cử. Khi Thường trực HĐ TĐKT tạo hội nghị cấp trên, đơn vị sẽ chọn người đề cử tại đây.";

/** The units whose conference the actor runs: its own unit and that unit's parent. */
async function runUnits(ctx: ServiceContext): Promise<string[]> {
  const unitId = ctx.actor.unitId;
  if (!unitId) return [];
  const parent = await unitParent(ctx.db, unitId);
  return parent ? [unitId, parent] : [unitId];
}

/** The office or chairman runs this conference (its unit, or its unit's parent, holds it). */
export async function runsConference(ctx: ServiceContext, conf: ConferenceRow): Promise<boolean> {
  return (await runUnits(ctx)).includes(conf.unitId);
}

/**
 * The conference a follower reads: `conferenceId` when given (an office or chairman only
 * its own level's, else 404), otherwise the one its unit runs, or the running plan's.
 */
export async function readableConference(ctx: ServiceContext, conferenceId?: string): Promise<ConferenceRow> {
  const conf = await readableConferenceOrNone(ctx, conferenceId);
  if (!conf) throw notFound(NO_CONFERENCE);
  return conf;
}

/**
 * As `readableConference`, but null when no conference of the actor's level takes nominations
 * yet (the overview answers that as a state, not a 404); a given `conferenceId` stays 404.
 */
export async function readableConferenceOrNone(
  ctx: ServiceContext,
  conferenceId?: string,
): Promise<ConferenceRow | null> {
  if (!nominationPolicy.readsAll(ctx.actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT, Hội đồng và Chủ tịch xem được tổng hợp đề cử.");
  }
  const scoped = nominationPolicy.reviews(ctx.actor) || nominationPolicy.approves(ctx.actor);
  if (conferenceId) {
    const conf = await conferenceById(ctx.db, conferenceId);
    if (!conf || (scoped && !(await runsConference(ctx, conf)))) throw notFound("Không tìm thấy hội nghị.");
    return conf;
  }
  const own = await conferenceRunBy(ctx.db, await runUnits(ctx));
  if (own) return own;
  if (!scoped) {
    const planId = await currentPlanId(ctx.db);
    const conf = planId ? await conferenceOfPlan(ctx.db, planId) : null;
    if (conf) return conf;
  }
  return null;
}

/** The conference the office reviews and compiles for (403 for other roles). */
export async function officeConference(ctx: ServiceContext, conferenceId?: string): Promise<ConferenceRow> {
  if (!nominationPolicy.reviews(ctx.actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT được xét đề cử, tổng hợp và trình danh sách.");
  }
  return readableConference(ctx, conferenceId);
}

/** The conference the chairman approves for (403 for other roles). */
export async function chairmanConference(ctx: ServiceContext, conferenceId?: string): Promise<ConferenceRow> {
  if (!nominationPolicy.approves(ctx.actor))
    throw forbidden("Chỉ Chủ tịch được phê duyệt danh sách đại biểu.");
  return readableConference(ctx, conferenceId);
}

/** The unit user's unit and the conference it nominates to. */
export async function unitConference(ctx: ServiceContext): Promise<{ unitId: string; conf: ConferenceRow }> {
  const { unitId, conf } = await unitConferenceOrNone(ctx);
  if (!conf) throw notFound(NO_UNIT_CONFERENCE);
  return { unitId, conf };
}

/** As `unitConference`, with `conf` null when the unit has no conference to nominate to yet. */
export async function unitConferenceOrNone(
  ctx: ServiceContext,
): Promise<{ unitId: string; conf: ConferenceRow | null }> {
  if (!nominationPolicy.nominates(ctx.actor)) {
    throw forbidden("Chỉ cán bộ của đơn vị được đề cử đại biểu của đơn vị mình.");
  }
  const unitId = ctx.actor.unitId!;
  return { unitId, conf: await conferenceForParticipant(ctx.db, unitId) };
}
