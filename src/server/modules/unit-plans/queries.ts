import { and, eq } from "drizzle-orm";
import { UNIT_PLAN_MILESTONE } from "../../../domain/unit-plans.ts";
import type { Db } from "../../db/client.ts";
import { files, milestones, planParticipants, unitPlanSubmissions, units } from "../../db/schema/index.ts";

/** Every participant of a plan (or one unit) with its submission, if any, and that submission's file. */
export async function unitPlanRows(db: Db, planId: string, unitId?: string) {
  return db
    .select({
      planId: planParticipants.planId,
      unitId: planParticipants.unitId,
      unitCode: units.code,
      unitName: units.name,
      role: planParticipants.role,
      submission: unitPlanSubmissions,
      file: {
        id: files.id,
        name: files.originalName,
        mime: files.mime,
        size: files.size,
        uploadedAt: files.uploadedAt,
      },
    })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .leftJoin(
      unitPlanSubmissions,
      and(
        eq(unitPlanSubmissions.planId, planParticipants.planId),
        eq(unitPlanSubmissions.unitId, planParticipants.unitId),
      ),
    )
    .leftJoin(files, eq(files.id, unitPlanSubmissions.fileId))
    .where(
      unitId
        ? and(eq(planParticipants.planId, planId), eq(planParticipants.unitId, unitId))
        : eq(planParticipants.planId, planId),
    );
}
export type UnitPlanRow = Awaited<ReturnType<typeof unitPlanRows>>[number];

/** The participant row behind a submission id (any plan). */
export async function rowOfSubmission(db: Db, id: string): Promise<UnitPlanRow | null> {
  const [s] = await db
    .select({ planId: unitPlanSubmissions.planId, unitId: unitPlanSubmissions.unitId })
    .from(unitPlanSubmissions)
    .where(eq(unitPlanSubmissions.id, id))
    .limit(1);
  if (!s) return null;
  const [row] = await unitPlanRows(db, s.planId, s.unitId);
  return row ?? null;
}

/**
 * Due date of the unit plan for a participant role: a `unit_plan` milestone that applies
 * to that role wins over one that applies to all.
 */
export async function unitPlanDue(db: Db, planId: string): Promise<(role: string) => string | null> {
  const ms = await db
    .select({ appliesTo: milestones.appliesTo, dueOn: milestones.dueOn })
    .from(milestones)
    .where(and(eq(milestones.planId, planId), eq(milestones.code, UNIT_PLAN_MILESTONE)));
  return (role) =>
    ms.find((m) => m.appliesTo === role)?.dueOn ?? ms.find((m) => m.appliesTo === "all")?.dueOn ?? null;
}
