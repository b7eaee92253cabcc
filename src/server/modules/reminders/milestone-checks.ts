/**
 * Which units still owe a milestone (SPEC K4, plan III.5): for each milestone code we know
 * how to check, a SQL condition true while the unit's work is not done. One set-based query
 * per milestone (no per-unit queries), for 10,000 units.
 */
import { type SQL, sql } from "drizzle-orm";
import { dossierCompletionSql } from "../dossiers/index.ts";

/** `pp` is the plan_participants row of the unit. */
const NOT_DONE: Record<string, SQL | ((planId: string) => SQL)> = {
  // C1: the unit plan is sent (or accepted); "returned" and "draft" still owe it.
  unit_plan: sql`not exists (select 1 from unit_plan_submissions s
    where s.plan_id = pp.plan_id and s.unit_id = pp.unit_id and s.status in ('submitted','accepted'))`,
  // D: the unit's own conference has been held.
  unit_conference: sql`not exists (select 1 from conferences c
    where c.plan_id = pp.plan_id and c.unit_id = pp.unit_id and c.kind = 'unit' and c.status in ('held','closed'))`,
  pilot_conference: sql`not exists (select 1 from conferences c
    where c.plan_id = pp.plan_id and c.unit_id = pp.unit_id and c.kind = 'pilot' and c.status in ('held','closed'))`,
  // G3: every required dossier item is sent — the dossiers module's one definition, computed
  // once for the plan (uncorrelated), not per unit.
  dossier: (planId) => sql`pp.unit_id not in (select d.unit_id from (${dossierCompletionSql(planId)}) d
    where d.completed_at is not null)`,
};

/** Which participants a milestone applies to (`appliesTo` of A3); office milestones have no unit. */
const APPLIES: Record<string, SQL | undefined> = {
  all: sql`true`,
  pilot: sql`pp.role = 'pilot'`,
  ordinary: sql`pp.role <> 'pilot'`,
};

export function remindable(code: string, appliesTo: string): boolean {
  return code in NOT_DONE && APPLIES[appliesTo] !== undefined;
}

function notDone(planId: string, code: string): SQL {
  const c = NOT_DONE[code]!;
  return typeof c === "function" ? c(planId) : c;
}

/** Units of the plan that the milestone applies to and that have not done it. */
export function pendingUnits(planId: string, code: string, appliesTo: string): SQL {
  return sql`select pp.unit_id from plan_participants pp
    join units un on un.id = pp.unit_id and un.active
    where pp.plan_id = ${planId}::uuid and ${APPLIES[appliesTo]!} and ${notDone(planId, code)}`;
}
