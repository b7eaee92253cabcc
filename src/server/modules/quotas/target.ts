/**
 * Which higher conference a quota request is about (F1, F2). Nothing names a level: the
 * higher conference of a plan is the one its issuing unit holds — the conference that
 * receives the participating units' delegates. Without `conferenceId`, the actor's plan is
 * the running plan issued by the actor's unit or its parent (the office sits under the
 * issuing unit), else the running plan.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { conferenceKindLabel, type PlanRules, PlanRulesSchema } from "../../../domain/plan/rules.ts";
import type { Actor } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { conferences, plans, units } from "../../db/schema/index.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";

export type QuotaTarget = {
  plan: { id: string; rules: PlanRules; issuingUnitId: string | null };
  conference: { id: string; title: string } | null;
};

const NO_PLAN = "Chưa có kế hoạch nào đang thực hiện.";
export const NO_CONFERENCE =
  "Kế hoạch chưa có hội nghị cấp trên. Hãy tạo hội nghị cấp trên ở trang Hội nghị trước khi đặt số đại biểu và phân bổ chỉ tiêu.";

async function planOfActor(db: Db, actor: Actor): Promise<string | null> {
  if (actor.unitId) {
    const [own] = await db.select({ parentId: units.parentId }).from(units).where(eq(units.id, actor.unitId));
    const issuers = [actor.unitId, own?.parentId].filter((x): x is string => !!x);
    const rows = await db
      .select({ id: plans.id, status: plans.status })
      .from(plans)
      .where(and(eq(plans.isTemplate, false), inArray(plans.issuingUnitId, issuers)))
      .orderBy(desc(plans.createdAt));
    const running = rows.filter((r) => r.status === "issued");
    const pick = running[0] ?? rows.find((r) => r.status === "draft");
    if (pick) return pick.id;
  }
  return currentPlanId(db);
}

async function conferenceOf(db: Db, plan: QuotaTarget["plan"]): Promise<QuotaTarget["conference"]> {
  if (!plan.issuingUnitId) return null;
  const [row] = await db
    .select({ id: conferences.id, title: conferences.title, kind: conferences.kind })
    .from(conferences)
    .where(and(eq(conferences.planId, plan.id), eq(conferences.unitId, plan.issuingUnitId)))
    .orderBy(asc(conferences.createdAt))
    .limit(1);
  if (!row) return null;
  return { id: row.id, title: row.title ?? conferenceKindLabel(plan.rules, row.kind as "town") };
}

async function loadPlan(db: Db, planId: string): Promise<QuotaTarget["plan"] | null> {
  const [p] = await db
    .select({ id: plans.id, rules: plans.rules, issuingUnitId: plans.issuingUnitId })
    .from(plans)
    .where(eq(plans.id, planId));
  return p ? { id: p.id, rules: PlanRulesSchema.parse(p.rules ?? {}), issuingUnitId: p.issuingUnitId } : null;
}

export async function resolveTarget(db: Db, actor: Actor, conferenceId?: string): Promise<QuotaTarget> {
  if (conferenceId) {
    const [c] = await db
      .select({ planId: conferences.planId, unitId: conferences.unitId })
      .from(conferences)
      .where(eq(conferences.id, conferenceId));
    if (!c) throw notFound("Không tìm thấy hội nghị.");
    const plan = (await loadPlan(db, c.planId))!;
    if (plan.issuingUnitId !== c.unitId) {
      throw new AppError(
        "UNPROCESSABLE",
        "Hội nghị này không nhận đại biểu từ các đơn vị: chỉ hội nghị của đơn vị ban hành kế hoạch có chỉ tiêu phân bổ.",
      );
    }
    return { plan, conference: await conferenceOf(db, plan) };
  }
  const planId = await planOfActor(db, actor);
  const plan = planId ? await loadPlan(db, planId) : null;
  if (!plan) throw new AppError("UNPROCESSABLE", NO_PLAN);
  return { plan, conference: await conferenceOf(db, plan) };
}

/** The plan's higher conference (null when the plan does not exist). */
export async function targetOfPlan(db: Db, planId: string): Promise<QuotaTarget | null> {
  const plan = await loadPlan(db, planId);
  return plan ? { plan, conference: await conferenceOf(db, plan) } : null;
}

/** The target's conference, or 422 when the plan has none yet. */
export function requireConference(t: QuotaTarget): NonNullable<QuotaTarget["conference"]> {
  if (!t.conference) throw new AppError("UNPROCESSABLE", NO_CONFERENCE);
  return t.conference;
}
