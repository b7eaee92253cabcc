/** The plan's milestones (A3) and participants (B2), each replaced as a whole list by the office. */
import { eq, inArray } from "drizzle-orm";
import type { MilestonesInput } from "../../../domain/plan/milestones.ts";
import type { ParticipantsInput } from "../../../domain/plan/participants.ts";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { milestones, planParticipants, plans, units } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requirePlanManager } from "./policy.ts";
import { loadMilestones, loadParticipants, loadPlanDetail, loadPlanRow } from "./queries.ts";
import { PLAN_NOT_FOUND } from "./update-service.ts";

/** Bumps the plan's version if it is still `version`; otherwise the save is stale. */
const claimVersion = (ctx: ServiceContext, id: string, version: number) =>
  versionedUpdate(ctx, plans, { id, version, set: {}, notFound: PLAN_NOT_FOUND });

async function requirePlan(ctx: ServiceContext, id: string) {
  requirePlanManager(ctx);
  const plan = await loadPlanRow(ctx.db, id);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  return plan;
}

export async function replaceMilestones(
  ctx: ServiceContext,
  id: string,
  input: MilestonesInput,
): Promise<PlanDetail> {
  await requirePlan(ctx, id);
  const before = await loadMilestones(ctx.db, id);
  const rows = input.milestones.map((m, i) => ({
    planId: id,
    code: m.code,
    label: m.label,
    dueOn: m.dueOn,
    appliesTo: m.appliesTo,
    section: m.section ?? null,
    sortOrder: i + 1,
  }));
  await withTx(ctx, async (txCtx) => {
    const tx = txCtx.db;
    await claimVersion(txCtx, id, input.version);
    await tx.delete(milestones).where(eq(milestones.planId, id));
    if (rows.length > 0) await tx.insert(milestones).values(rows);
    await recordAudit(tx, ctx, {
      action: "plan.milestones",
      entityType: "plan",
      entityId: id,
      before: before.map(({ code, label, dueOn, appliesTo, section }) => ({
        code,
        label,
        dueOn,
        appliesTo,
        section,
      })),
      after: rows.map(({ code, label, dueOn, appliesTo, section }) => ({
        code,
        label,
        dueOn,
        appliesTo,
        section,
      })),
    });
  });
  return (await loadPlanDetail(ctx.db, id))!;
}

export async function replaceParticipants(
  ctx: ServiceContext,
  id: string,
  input: ParticipantsInput,
): Promise<PlanDetail> {
  await requirePlan(ctx, id);
  const ids = input.participants.map((p) => p.unitId);
  if (ids.length > 0) {
    const found = await ctx.db.select({ id: units.id }).from(units).where(inArray(units.id, ids));
    const known = new Set(found.map((u) => u.id));
    const fields: Record<string, string> = {};
    input.participants.forEach((p, i) => {
      if (!known.has(p.unitId)) fields[`participants.${i}.unitId`] = "Đơn vị không tồn tại.";
    });
    if (Object.keys(fields).length > 0) {
      throw validation(
        `Có ${Object.keys(fields).length} đơn vị không tồn tại trong danh sách đơn vị tham gia.`,
        {
          fields,
        },
      );
    }
  }
  const before = await loadParticipants(ctx.db, id);
  const rows = input.participants.map((p) => ({
    planId: id,
    unitId: p.unitId,
    role: p.role,
    invitees: p.invitees,
  }));
  await withTx(ctx, async (txCtx) => {
    const tx = txCtx.db;
    await claimVersion(txCtx, id, input.version);
    await tx.delete(planParticipants).where(eq(planParticipants.planId, id));
    if (rows.length > 0) await tx.insert(planParticipants).values(rows);
    await recordAudit(tx, ctx, {
      action: "plan.participants",
      entityType: "plan",
      entityId: id,
      before: before.map(({ unitId, unitName, role, invitees }) => ({ unitId, unitName, role, invitees })),
      after: rows.map(({ unitId, role, invitees }) => ({ unitId, role, invitees })),
    });
  });
  return (await loadPlanDetail(ctx.db, id))!;
}
