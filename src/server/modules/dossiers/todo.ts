/**
 * Small to-do queries for home pages (G3): the items waiting for the office's review,
 * and one unit's returned items with the office's comment. No permission check: the
 * caller decides who sees them. Capped with `limit`, newest first.
 */
import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { dossierItems, dossierRequirements, persons, units } from "../../db/schema/index.ts";

export type DossierTodo = {
  itemId: string;
  unitId: string;
  unitName: string;
  requirementLabel: string;
  personName: string | null;
  at: Date | null;
  comment: string | null;
};

function todoQuery(db: Db) {
  return db
    .select({
      itemId: dossierItems.id,
      unitId: dossierItems.unitId,
      unitName: units.name,
      requirementLabel: dossierRequirements.label,
      personName: persons.fullName,
      submittedAt: dossierItems.submittedAt,
      reviewedAt: dossierItems.reviewedAt,
      comment: dossierItems.reviewComment,
    })
    .from(dossierItems)
    .innerJoin(units, eq(units.id, dossierItems.unitId))
    .innerJoin(
      dossierRequirements,
      and(
        eq(dossierRequirements.planId, dossierItems.planId),
        eq(dossierRequirements.code, dossierItems.requirementCode),
      ),
    )
    .leftJoin(persons, eq(persons.id, dossierItems.personId));
}

/** Items sent by units and not yet accepted or returned, oldest first (the office's queue). */
export async function itemsAwaitingReview(db: Db, planId: string, limit = 20): Promise<DossierTodo[]> {
  const rows = await todoQuery(db)
    .where(and(eq(dossierItems.planId, planId), eq(dossierItems.status, "submitted")))
    .orderBy(asc(dossierItems.submittedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.submittedAt, comment: null }));
}

/** How many items wait for the office's review (the to-do list's figure beside its first few). */
export async function countAwaitingReview(db: Db, planId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(dossierItems)
    .where(and(eq(dossierItems.planId, planId), eq(dossierItems.status, "submitted")));
  return row?.n ?? 0;
}

/** A unit's items the office returned, with its comment, newest first. */
export async function returnedItemsOf(
  db: Db,
  planId: string,
  unitId: string,
  limit = 20,
): Promise<DossierTodo[]> {
  const rows = await todoQuery(db)
    .where(
      and(
        eq(dossierItems.planId, planId),
        eq(dossierItems.unitId, unitId),
        eq(dossierItems.status, "returned"),
      ),
    )
    .orderBy(desc(dossierItems.reviewedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.reviewedAt }));
}
