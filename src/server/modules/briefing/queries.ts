/**
 * SQL of the giao ban report (K3): the plan's heading data, and what awaits a decision —
 * unit plans, pilot and unit conferences, dossier items sent and not yet reviewed — counted
 * in one aggregate statement, with the first few units by name.
 */
import { sql } from "drizzle-orm";
import type { AwaitingKind } from "../../../domain/briefing.ts";
import type { Db } from "../../db/client.ts";

export type PlanHeading = { title: string; issuingBody: string; place: string; demo: boolean };
export type AwaitingRow = { kind: AwaitingKind; count: number; unitCount: number; units: string[] };

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

export async function planHeading(db: Db, planId: string): Promise<PlanHeading> {
  const res = await db.execute(sql`
    select title, issuing_body, place, is_demo from plans where id = ${planId}::uuid`);
  const p = rowsOf<{ title: string; issuing_body: string; place: string; is_demo: boolean }>(res)[0]!;
  return { title: p.title, issuingBody: p.issuing_body, place: p.place, demo: p.is_demo === true };
}

/** Units named per kind in the report; `count` is always the full number. */
const NAMED = 8;

export async function awaitingDecisions(db: Db, planId: string): Promise<AwaitingRow[]> {
  const res = await db.execute(sql`
    with w as (
      select 'unit_plans'::text as kind, s.unit_id from unit_plan_submissions s
      where s.plan_id = ${planId}::uuid and s.status = 'submitted'
      union all
      select case when c.kind = 'pilot' then 'pilot_conferences' else 'conferences' end, c.unit_id
      from conferences c where c.plan_id = ${planId}::uuid and c.status = 'submitted'
      union all
      select 'dossier_items', i.unit_id from dossier_items i
      where i.plan_id = ${planId}::uuid and i.status = 'submitted'),
    per_unit as (
      select w.kind, w.unit_id, count(*)::int as n from w group by w.kind, w.unit_id)
    select p.kind, sum(p.n)::int as count, count(*)::int as unit_count,
      (array_agg(u.name order by u.search_key, u.name))[1:${NAMED}] as units
    from per_unit p join units u on u.id = p.unit_id
    group by p.kind`);
  type Raw = { kind: AwaitingKind; count: number; unit_count: number; units: string[] | string };
  return rowsOf<Raw>(res).map((r) => ({
    kind: r.kind,
    count: Number(r.count),
    unitCount: Number(r.unit_count),
    units: Array.isArray(r.units) ? r.units : [],
  }));
}
