import { and, asc, eq } from "drizzle-orm";
import type { PlanSummary } from "../../../domain/plan-shapes.ts";
import type { Db } from "../../db/client.ts";
import { milestones, planParticipants, plans, units } from "../../db/schema/index.ts";

export async function loadPlan(db: Db, id: string): Promise<PlanSummary | null> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  if (!plan) return null;
  const ms = await db.select().from(milestones).where(eq(milestones.planId, id)).orderBy(asc(milestones.sortOrder));
  const pilots = await db
    .select({ unitId: planParticipants.unitId, unitName: units.name, invitees: planParticipants.invitees })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .where(and(eq(planParticipants.planId, id), eq(planParticipants.role, "pilot")));
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
