/**
 * The to-do list's own SQL (issue #8 item 5; C1, D, III.1): what awaits a reviewer
 * (unit plans sent, conferences submitted) and what the office returned to one unit.
 * Each is one aggregate statement: a count over every matching row and the oldest
 * (or newest) few, whatever the number of units. No decisions: the service says which
 * kinds and participant roles the actor reviews.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";

export type QueueRow = {
  id: string;
  unitId: string;
  unitName: string;
  kind: string | null;
  at: string | null;
  comment: string | null;
};
export type Queue = { total: number; rows: QueueRow[] };

type Result = { rows: Record<string, unknown>[] };
const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

async function queue(db: Db, from: SQL, order: SQL, limit: number): Promise<Queue> {
  const r = (await db.execute(sql`
    with q as materialized (${from})
    select (select count(*) from q)::int as total,
      (select coalesce(json_agg(json_build_object('id', x.id, 'unitId', x.unit_id, 'unitName', x.unit_name,
          'kind', x.kind, 'at', x.at, 'comment', x.comment) order by ${order}), '[]'::json)
        from (select * from q x order by ${order} limit ${limit}) x) as rows`)) as unknown as Result;
  const row = r.rows[0]!;
  return { total: Number(row.total), rows: json(row.rows) };
}

/** Unit plans sent and not yet accepted or returned; `pilotOnly`: pilot participants' plans (III.1). */
export function unitPlansAwaiting(db: Db, planId: string, pilotOnly: boolean, limit: number) {
  return queue(
    db,
    sql`select s.id::text as id, s.unit_id::text as unit_id, u.name as unit_name, pp.role as kind,
          s.submitted_at as at, null::text as comment
        from unit_plan_submissions s
        join units u on u.id = s.unit_id
        join plan_participants pp on pp.plan_id = s.plan_id and pp.unit_id = s.unit_id
        where s.plan_id = ${planId}::uuid and s.status = 'submitted'
          ${pilotOnly ? sql`and pp.role = 'pilot'` : sql``}`,
    sql`x.at nulls last, x.unit_name`,
    limit,
  );
}

/** Conferences of the given kinds submitted and waiting for approval, oldest first. */
export function conferencesAwaiting(db: Db, planId: string, kinds: readonly string[], limit: number) {
  const list = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  return queue(
    db,
    sql`select c.id::text as id, c.unit_id::text as unit_id, u.name as unit_name, c.kind,
          c.submitted_at as at, null::text as comment
        from conferences c join units u on u.id = c.unit_id
        where c.plan_id = ${planId}::uuid and c.status = 'submitted' and c.kind in (${list})`,
    sql`x.at nulls last, x.unit_name`,
    limit,
  );
}

/** One unit's conferences and unit plan that a reviewer returned, with the comment, newest first. */
export function returnedToUnit(db: Db, planId: string, unitId: string, limit: number) {
  return queue(
    db,
    sql`select c.id::text as id, c.unit_id::text as unit_id, u.name as unit_name, c.kind,
          c.reviewed_at as at, c.review_comment as comment
        from conferences c join units u on u.id = c.unit_id
        where c.plan_id = ${planId}::uuid and c.unit_id = ${unitId}::uuid and c.status = 'returned'
        union all
        select s.id::text, s.unit_id::text, u.name, 'unit_plan', s.reviewed_at, s.review_comment
        from unit_plan_submissions s join units u on u.id = s.unit_id
        where s.plan_id = ${planId}::uuid and s.unit_id = ${unitId}::uuid and s.status = 'returned'`,
    sql`x.at desc nulls last, x.kind`,
    limit,
  );
}

/** The running plan is the seed's demo (the page says its figures are demo data). */
export async function isDemoPlan(db: Db, planId: string): Promise<boolean> {
  const r = (await db.execute(
    sql`select is_demo from plans where id = ${planId}::uuid`,
  )) as unknown as Result;
  return r.rows[0]?.is_demo === true;
}
