import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { offsetOf } from "../../../domain/paging.ts";
import { UNIT_PLAN_MILESTONE, type UnitPlanListQuery } from "../../../domain/unit-plans.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { files, milestones, planParticipants, unitPlanSubmissions, units } from "../../db/schema/index.ts";
import { wordsMatch } from "../../db/text-sql.ts";

/**
 * One page of a plan's participants (issue #11 item 5): unit name words and status filtered,
 * counted and cut in SQL, unit names in Vietnamese alphabet order (`units.sort_key`), the id last.
 */
export async function pageUnitPlanRows(
  db: Db,
  planId: string,
  unitId: string | undefined,
  q: UnitPlanListQuery,
): Promise<{ rows: UnitPlanRow[]; total: number }> {
  const where: SQL[] = [eq(planParticipants.planId, planId)];
  if (unitId) where.push(eq(planParticipants.unitId, unitId));
  where.push(...wordsMatch(q.q, units.searchKey));
  if (q.status)
    where.push(
      q.status === "not_submitted"
        ? isNull(unitPlanSubmissions.id)
        : eq(unitPlanSubmissions.status, q.status),
    );
  const submission = and(
    eq(unitPlanSubmissions.planId, planParticipants.planId),
    eq(unitPlanSubmissions.unitId, planParticipants.unitId),
  );
  const [counted, ids] = await readTogether(db, [
    () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(planParticipants)
        .innerJoin(units, eq(units.id, planParticipants.unitId))
        .leftJoin(unitPlanSubmissions, submission)
        .where(and(...where)),
    () =>
      db
        .select({ unitId: planParticipants.unitId })
        .from(planParticipants)
        .innerJoin(units, eq(units.id, planParticipants.unitId))
        .leftJoin(unitPlanSubmissions, submission)
        .where(and(...where))
        .orderBy(units.sortKey, sql`${units.name} collate "C"`, units.id)
        .limit(q.limit)
        .offset(offsetOf(q)),
  ]);
  const list = ids.map((r) => r.unitId);
  const rows = list.length ? await unitPlanRows(db, planId, list) : [];
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  return { rows: list.map((id) => byUnit.get(id)!), total: Number(counted[0]?.n ?? 0) };
}

/** Participants grouped by status, role and "not sent yet" (aggregate SQL): what the counts need. */
export async function unitPlanGroups(db: Db, planId: string, unitId: string | undefined) {
  const status = sql<string>`coalesce(${unitPlanSubmissions.status}, 'not_submitted')`;
  const unsent = sql<boolean>`(${unitPlanSubmissions.submittedAt} is null)`;
  return db
    .select({ status, role: planParticipants.role, unsent, n: sql<number>`count(*)::int` })
    .from(planParticipants)
    .leftJoin(
      unitPlanSubmissions,
      and(
        eq(unitPlanSubmissions.planId, planParticipants.planId),
        eq(unitPlanSubmissions.unitId, planParticipants.unitId),
      ),
    )
    .where(and(eq(planParticipants.planId, planId), unitId ? eq(planParticipants.unitId, unitId) : undefined))
    .groupBy(status, planParticipants.role, unsent);
}

/** Every participant of a plan (or one unit) with its submission, if any, and that submission's file. */
export async function unitPlanRows(db: Db, planId: string, unitId?: string | string[]) {
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
      and(
        eq(planParticipants.planId, planId),
        unitId === undefined
          ? undefined
          : Array.isArray(unitId)
            ? inArray(planParticipants.unitId, unitId)
            : eq(planParticipants.unitId, unitId),
      ),
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
