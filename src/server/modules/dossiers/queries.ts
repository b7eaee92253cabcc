/** SQL of the dossiers module (G1–G4): checklist, a unit's items, and the per-unit completion aggregate. */
import { and, asc, eq, sql } from "drizzle-orm";
import { DOSSIER_MILESTONE } from "../../../domain/dossiers.ts";
import type { Db } from "../../db/client.ts";
import {
  dossierItems,
  dossierRequirements,
  files,
  milestones,
  persons,
  planParticipants,
  units,
} from "../../db/schema/index.ts";
import { dossierCompletionSql } from "./completion-sql.ts";

export async function loadRequirements(db: Db, planId: string) {
  return db
    .select()
    .from(dossierRequirements)
    .where(eq(dossierRequirements.planId, planId))
    .orderBy(asc(dossierRequirements.sortOrder), asc(dossierRequirements.code));
}
export type RequirementRow = Awaited<ReturnType<typeof loadRequirements>>[number];

/** A unit's items with their file and person. */
export async function loadItems(db: Db, planId: string, unitId: string) {
  return db
    .select({
      item: dossierItems,
      file: {
        id: files.id,
        name: files.originalName,
        mime: files.mime,
        size: files.size,
        uploadedAt: files.uploadedAt,
      },
      person: { id: persons.id, fullName: persons.fullName, position: persons.position },
    })
    .from(dossierItems)
    .leftJoin(files, eq(files.id, dossierItems.fileId))
    .leftJoin(persons, eq(persons.id, dossierItems.personId))
    .where(and(eq(dossierItems.planId, planId), eq(dossierItems.unitId, unitId)))
    .orderBy(asc(dossierItems.createdAt));
}
export type ItemRow = Awaited<ReturnType<typeof loadItems>>[number];

export async function loadItem(db: Db, id: string) {
  const [row] = await db.select().from(dossierItems).where(eq(dossierItems.id, id)).limit(1);
  return row ?? null;
}

/** The unit as a participant of the plan (null when it does not take part). */
export async function loadParticipant(db: Db, planId: string, unitId: string) {
  const [row] = await db
    .select({ unitId: units.id, code: units.code, name: units.name, parentId: units.parentId })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .where(and(eq(planParticipants.planId, planId), eq(planParticipants.unitId, unitId)))
    .limit(1);
  return row ?? null;
}

export async function dossierDueOn(db: Db, planId: string): Promise<string | null> {
  const [m] = await db
    .select({ dueOn: milestones.dueOn })
    .from(milestones)
    .where(and(eq(milestones.planId, planId), eq(milestones.code, DOSSIER_MILESTONE)))
    .orderBy(asc(milestones.sortOrder))
    .limit(1);
  return m?.dueOn ?? null;
}

export type CompletionRow = {
  unitId: string;
  unitCode: string;
  unitName: string;
  required: number;
  submitted: number;
  accepted: number;
  returned: number;
  awaiting: number;
  completedAt: Date | null;
};

export type CompletionFilter = {
  unitId?: string;
  state?: "complete" | "partial" | "missing";
  awaiting?: boolean;
  /** %word% patterns over the unit's folded name. */
  patterns?: string[];
  page?: { limit: number; offset: number };
};

/**
 * Every participant's completion (G3, defined in `completion-sql.ts`), filtered and paged.
 * Returns the page and the total number of matching units.
 */
export async function completionRows(
  db: Db,
  planId: string,
  f: CompletionFilter = {},
): Promise<{ rows: CompletionRow[]; total: number }> {
  const conds = [sql`true`];
  if (f.unitId) conds.push(sql`u.id = ${f.unitId}`);
  for (const p of f.patterns ?? []) conds.push(sql`u.search_key like ${p}`);
  if (f.state === "complete") conds.push(sql`c.completed_at is not null`);
  if (f.state === "partial") conds.push(sql`c.completed_at is null and c.submitted > 0`);
  if (f.state === "missing") conds.push(sql`c.submitted = 0`);
  if (f.awaiting) conds.push(sql`c.awaiting > 0`);
  const where = sql.join(conds, sql` and `);
  const page = f.page ? sql`limit ${f.page.limit} offset ${f.page.offset}` : sql``;
  const result = await db.execute(sql`
    with c as (${dossierCompletionSql(planId, f.unitId ? sql`select ${f.unitId}::uuid` : undefined)})
    select u.id as unit_id, u.code as unit_code, u.name as unit_name, c.required, c.submitted,
      c.accepted, c.returned, c.awaiting, c.completed_at, count(*) over ()::int as total
    from c join units u on u.id = c.unit_id
    where ${where}
    order by case when c.completed_at is not null then 2 when c.submitted > 0 then 1 else 0 end, u.search_key, u.id
    ${page}
  `);
  const raw = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const rows = raw.map((r) => ({
    unitId: String(r.unit_id),
    unitCode: String(r.unit_code),
    unitName: String(r.unit_name),
    required: Number(r.required),
    submitted: Number(r.submitted),
    accepted: Number(r.accepted),
    returned: Number(r.returned),
    awaiting: Number(r.awaiting),
    completedAt: r.completed_at == null ? null : new Date(r.completed_at as string | Date),
  }));
  return { rows, total: raw.length > 0 ? Number(raw[0]!.total) : 0 };
}
