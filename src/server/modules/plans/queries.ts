import { and, asc, desc, eq } from "drizzle-orm";
import { offsetOf, type Page } from "../../../domain/paging.ts";
import type { Participant } from "../../../domain/plan/participants.ts";
import type { PlanDetail, PlanListItem, PlanListQuery, PlanSummary } from "../../../domain/plan/record.ts";
import { PlanRulesSchema } from "../../../domain/plan/rules.ts";
import { compareVi } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { milestones, planParticipants, plans, units } from "../../db/schema/index.ts";
import { countSql, foldedSql, wordsMatch } from "../../db/text-sql.ts";

export type PlanRow = typeof plans.$inferSelect;

export async function loadPlanRow(db: Db, id: string): Promise<PlanRow | null> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return plan ?? null;
}

export async function loadMilestones(db: Db, planId: string) {
  return db.select().from(milestones).where(eq(milestones.planId, planId)).orderBy(asc(milestones.sortOrder));
}

export async function loadParticipants(db: Db, planId: string): Promise<Participant[]> {
  const rows = await db
    .select({
      unitId: planParticipants.unitId,
      unitCode: units.code,
      unitName: units.name,
      role: planParticipants.role,
      invitees: planParticipants.invitees,
    })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .where(eq(planParticipants.planId, planId));
  return rows.sort((a, b) => compareVi(a.unitName, b.unitName));
}

function summaryOf(
  plan: PlanRow,
  ms: Awaited<ReturnType<typeof loadMilestones>>,
  pilots: PlanSummary["pilots"],
): PlanSummary {
  return {
    id: plan.id,
    issuingBody: plan.issuingBody,
    parentBody: plan.parentBody,
    numberSymbol: plan.numberSymbol,
    issuedOn: plan.issuedOn,
    place: plan.place,
    title: plan.title,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    legalBases: plan.legalBases,
    purposes: plan.purposes,
    targetCongress: plan.targetCongress,
    recipients: plan.recipients,
    status: plan.status,
    isTemplate: plan.isTemplate,
    version: plan.version,
    milestones: ms.map((m) => ({
      id: m.id,
      code: m.code,
      label: m.label,
      dueOn: m.dueOn,
      appliesTo: m.appliesTo,
      section: m.section,
      sortOrder: m.sortOrder,
    })),
    pilots,
  };
}

export async function loadPlan(db: Db, id: string): Promise<PlanSummary | null> {
  const plan = await loadPlanRow(db, id);
  if (!plan) return null;
  const ms = await loadMilestones(db, id);
  const pilots = await db
    .select({ unitId: planParticipants.unitId, unitName: units.name, invitees: planParticipants.invitees })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .where(and(eq(planParticipants.planId, id), eq(planParticipants.role, "pilot")));
  return summaryOf(plan, ms, pilots);
}

/** The plan with its rules (defaults filled in) and every participant (A1, B2). */
export async function loadPlanDetail(db: Db, id: string): Promise<PlanDetail | null> {
  const plan = await loadPlanRow(db, id);
  if (!plan) return null;
  const ms = await loadMilestones(db, id);
  const participants = await loadParticipants(db, id);
  const pilots = participants
    .filter((p) => p.role === "pilot")
    .map((p) => ({ unitId: p.unitId, unitName: p.unitName, invitees: p.invitees }));
  const parsed = PlanRulesSchema.safeParse(plan.rules);
  return {
    ...summaryOf(plan, ms, pilots),
    templateId: plan.templateId,
    // A stored document that no longer parses is shown as stored, for the office to fix.
    rules: (parsed.success ? parsed.data : plan.rules) as Record<string, unknown>,
    participants,
  };
}

/**
 * One page of plans (issue #11 item 5): templates first, then plans newest first, the id last;
 * filtered, counted and cut in SQL.
 */
export async function pagePlans(db: Db, q: PlanListQuery): Promise<Page<PlanListItem>> {
  const where = and(
    q.template === undefined ? undefined : eq(plans.isTemplate, q.template),
    ...wordsMatch(q.q, foldedSql(plans.title), foldedSql(plans.numberSymbol)),
  );
  const [counted, items] = await readTogether(db, [
    () => db.select({ n: countSql }).from(plans).where(where),
    () =>
      db
        .select({
          id: plans.id,
          title: plans.title,
          numberSymbol: plans.numberSymbol,
          status: plans.status,
          isTemplate: plans.isTemplate,
          issuedOn: plans.issuedOn,
          templateId: plans.templateId,
          version: plans.version,
        })
        .from(plans)
        .where(where)
        .orderBy(desc(plans.isTemplate), desc(plans.createdAt), asc(plans.id))
        .limit(q.limit)
        .offset(offsetOf(q)),
  ]);
  return { items, total: Number(counted[0]?.n ?? 0), page: q.page, limit: q.limit };
}
