/**
 * The dossier figures of every participant of the running plan, computed in TypeScript
 * from the raw rows (no aggregate SQL), for checking the module's one aggregate query.
 */
import { and, eq } from "drizzle-orm";
import { vnCalendarDate } from "../../../../domain/unit-plans.ts";
import type { Db } from "../../../db/client.ts";
import {
  dossierItems,
  dossierRequirements,
  milestones,
  planParticipants,
  plans,
} from "../../../db/schema/index.ts";

const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export async function rawCompletion(db: Db, today: Date) {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.isTemplate, false), eq(plans.status, "issued")));
  const planId = plan!.id;
  const reqs = await db.select().from(dossierRequirements).where(eq(dossierRequirements.planId, planId));
  const items = await db.select().from(dossierItems).where(eq(dossierItems.planId, planId));
  const parts = await db.select().from(planParticipants).where(eq(planParticipants.planId, planId));
  const [due] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.planId, planId), eq(milestones.code, "dossier")));
  const out = new Map<
    string,
    {
      required: number;
      submitted: number;
      completedAt: Date | null;
      state: string;
      timeliness: string;
      days: number;
    }
  >();
  for (const p of parts) {
    let required = 0;
    let submitted = 0;
    let allSent = true;
    let last: Date | null = null;
    for (const r of reqs) {
      const mine = items.filter((i) => i.unitId === p.unitId && i.requirementCode === r.code);
      const need = r.perNominee ? Math.max(r.minCount, mine.length) : 1;
      const sent = mine.filter((i) => i.status === "submitted" || i.status === "accepted");
      required += need;
      submitted += Math.min(sent.length, need);
      if (sent.length < need) allSent = false;
      for (const i of sent) if (!last || i.submittedAt! > last) last = i.submittedAt;
    }
    const completedAt = allSent ? last : null;
    const state = completedAt ? "complete" : submitted > 0 ? "partial" : "missing";
    const day = dayNo(vnCalendarDate(completedAt ?? today)) - dayNo(due!.dueOn);
    const timeliness = completedAt ? (day > 0 ? "late" : "on_time") : day > 0 ? "overdue" : "pending";
    const days = timeliness === "pending" ? -day : Math.max(0, day);
    out.set(p.unitId, { required, submitted, completedAt, state, timeliness, days });
  }
  return out;
}
