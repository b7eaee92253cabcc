/** The plan's dossier checklist as data (G1): seeded from the plan text, copied with a plan made from a template. */
import { eq } from "drizzle-orm";
import { type DossierRequirement, DossierRequirementSchema } from "../../../domain/dossiers.ts";
import type { Db } from "../../db/client.ts";
import { dossierRequirements } from "../../db/schema/index.ts";

export async function seedDossierRequirements(
  tx: Db,
  planId: string,
  list: readonly DossierRequirement[],
): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map((r, i) => ({ ...DossierRequirementSchema.parse(r), planId, sortOrder: i + 1 }));
  await tx.insert(dossierRequirements).values(rows);
}

/** Copies `fromPlanId`'s checklist to `toPlanId` (A2: a new plan from a template). */
export async function copyDossierRequirements(tx: Db, fromPlanId: string, toPlanId: string): Promise<void> {
  const rows = await tx.select().from(dossierRequirements).where(eq(dossierRequirements.planId, fromPlanId));
  if (rows.length === 0) return;
  await tx.insert(dossierRequirements).values(rows.map((r) => ({ ...r, planId: toPlanId })));
}
