/**
 * Reading quotas (SPEC F2): the office's page frame (the higher conference, the units with
 * their figures, the published allocation, versions) and a unit's own published quota.
 */
import { and, desc, eq } from "drizzle-orm";
import { QUOTA_TIE_RULE } from "../../../domain/quotas/index.ts";
import type { MyQuota, QuotaOverview } from "../../../domain/quotas/schemas.ts";
import { planParticipants, plans, units } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";
import { quotaPolicy } from "./policy.ts";
import { latestPublishedAllocationId, publishedQuotaFor } from "./published.ts";
import { latestVersionNo, listVersions, loadPublished, loadVersion, participantFigures } from "./queries.ts";
import { requireConference, resolveTarget, targetOfPlan } from "./target.ts";

export async function quotaOverview(ctx: ServiceContext, conferenceId?: string): Promise<QuotaOverview> {
  if (!quotaPolicy.canRead(ctx.actor)) throw forbidden();
  const target = await resolveTarget(ctx.db, ctx.actor, conferenceId);
  const conference = target.conference;
  const published = conference ? await loadPublished(ctx.db, conference.id) : null;
  return {
    conference: conference ? { ...conference, planId: target.plan.id } : null,
    planId: target.plan.id,
    units: await participantFigures(ctx.db, target.plan.id),
    published: published,
    latestVersionNo: conference ? await latestVersionNo(ctx.db, conference.id) : 0,
    tieRule: QUOTA_TIE_RULE,
    canManage: quotaPolicy.canManage(ctx.actor),
  };
}

export async function quotaVersions(
  ctx: ServiceContext,
  q: { conferenceId?: string; limit: number; offset: number },
) {
  if (!quotaPolicy.canRead(ctx.actor)) throw forbidden();
  const conference = requireConference(await resolveTarget(ctx.db, ctx.actor, q.conferenceId));
  return { ...(await listVersions(ctx.db, conference.id, q)), limit: q.limit, offset: q.offset };
}

/** The actor's unit's published quota in the plan it takes part in (its latest issued one). */
export async function myQuota(ctx: ServiceContext): Promise<MyQuota> {
  if (!quotaPolicy.canReadOwn(ctx.actor)) {
    throw forbidden("Chỉ cán bộ của một đơn vị tham gia kế hoạch xem được chỉ tiêu của đơn vị mình.");
  }
  const unitId = ctx.actor.unitId!;
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  const none: MyQuota = {
    conferenceTitle: null,
    unitName: unit?.name ?? null,
    seats: null,
    versionNo: null,
    publishedAt: null,
  };
  const [plan] = await ctx.db
    .select({ id: plans.id })
    .from(planParticipants)
    .innerJoin(plans, eq(plans.id, planParticipants.planId))
    .where(and(eq(planParticipants.unitId, unitId), eq(plans.isTemplate, false), eq(plans.status, "issued")))
    .orderBy(desc(plans.createdAt))
    .limit(1);
  if (!plan) return none;
  const conference = (await targetOfPlan(ctx.db, plan.id))?.conference;
  if (!conference) return none;
  const allocationId = await latestPublishedAllocationId(ctx.db, conference.id);
  if (!allocationId) return { ...none, conferenceTitle: conference.title };
  const version = await loadVersion(ctx.db, allocationId);
  return {
    conferenceTitle: conference.title,
    unitName: unit?.name ?? null,
    seats: await publishedQuotaFor(ctx.db, conference.id, unitId),
    versionNo: version?.versionNo ?? null,
    publishedAt: version?.publishedAt ?? null,
  };
}
