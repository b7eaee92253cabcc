/**
 * The progress board (K2) as ONE aggregate SQL statement: the plan's board rows
 * (participants by role, plus the issuing unit for the office's milestones) × its
 * milestones, each cell's state computed as `cellState` does (src/domain/progress.ts),
 * counts per milestone and state, one page of rows with their cells, and the total.
 * Written for 10,000 units: hash joins on materialised CTEs, no per-row subqueries.
 */
import { type SQL, sql } from "drizzle-orm";
import { MILESTONE_SOURCES } from "../../../domain/progress.ts";
import type { Db } from "../../db/client.ts";
import { dossierItems } from "./dossier-part.ts";

export type BoardFilter = {
  planId: string;
  today: string;
  unitId?: string;
  kind?: string;
  clusterId?: string;
  memberId?: string;
  state?: string;
  milestone?: string;
  sort: "name" | "milestone";
  /** A report for a past day (K3): what was done after `today` counts as not done yet. */
  asOf?: boolean;
  limit: number;
  offset: number;
};

export type BoardCellRow = {
  state: string;
  days: number | null;
  doneAt: string | null;
  doneOn: string | null;
  status: string | null;
  by: string | null;
  itemId: string | null;
};
export type BoardUnitRow = {
  id: string;
  name: string;
  kind: string;
  kindName: string;
  clusterName: string | null;
  role: string;
  members: string[] | null;
  cells: Record<string, BoardCellRow> | null;
};
export type BoardResult = {
  total: number;
  demo: boolean;
  counts: { code: string; state: string; n: number }[];
  rows: BoardUnitRow[];
  milestones: { code: string; label: string; dueOn: string; appliesTo: string; section: string | null }[];
};

const TZ = "Asia/Ho_Chi_Minh";
const STATE_RANK = sql`case x.state when 'overdue' then 0 when 'late' then 1 when 'not_due' then 2 when 'on_time' then 3 else 4 end`;

function sources(): SQL {
  const rows = Object.entries(MILESTONE_SOURCES).map(
    ([code, source]) => sql`(${code}::text, ${source}::text)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as src(code, source)`;
}

export async function boardQuery(db: Db, f: BoardFilter): Promise<BoardResult> {
  const where: SQL[] = [sql`u.active`];
  if (f.unitId) where.push(sql`u.id = ${f.unitId}::uuid`);
  if (f.kind) where.push(sql`u.kind_code = ${f.kind}`);
  if (f.clusterId) where.push(sql`u.cluster_id = ${f.clusterId}::uuid`);
  if (f.memberId)
    where.push(
      sql`exists (select 1 from council_assignments ca where ca.member_id = ${f.memberId}::uuid and ca.unit_id = u.id)`,
    );
  const picked = f.state
    ? sql`select s.unit_id from scoped s where exists (select 1 from states x where x.unit_id = s.unit_id
        and x.state = ${f.state} ${f.milestone ? sql`and x.code = ${f.milestone}` : sql``})`
    : sql`select s.unit_id from scoped s`;
  const order =
    f.sort === "milestone" && f.milestone
      ? sql`${STATE_RANK}, x.days desc nulls last, s.search_key, s.name`
      : sql`s.search_key, s.name`;
  const today = sql`${f.today}::date`;
  const doneOn = f.asOf ? sql`case when i.done_on <= ${today} then i.done_on end` : sql`i.done_on`;

  const result = await db.execute(sql`
    with ms as materialized (
      select m.code, m.label, m.due_on, m.applies_to, m.section, m.sort_order, src.source
      from milestones m left join ${sources()} on src.code = m.code
      where m.plan_id = ${f.planId}::uuid),
    board as materialized (
      select pp.unit_id, pp.role from plan_participants pp where pp.plan_id = ${f.planId}::uuid
      union all
      select p.issuing_unit_id, 'office' from plans p
      where p.id = ${f.planId}::uuid and p.issuing_unit_id is not null
        and not exists (select 1 from plan_participants x where x.plan_id = p.id and x.unit_id = p.issuing_unit_id)),
    scoped as materialized (
      select b.unit_id, b.role, u.name, u.search_key, u.kind_code, k.name as kind_name, c.name as cluster_name
      from board b join units u on u.id = b.unit_id
      join unit_kinds k on k.code = u.kind_code
      left join clusters c on c.id = u.cluster_id
      where ${sql.join(where, sql` and `)}),
    items as materialized (
      -- unit plans: done on the day sent (sent or accepted; a returned plan must be sent again)
      select s.unit_id, 'unit_plan'::text as source,
        case when s.status in ('submitted', 'accepted') then (s.submitted_at at time zone ${TZ})::date end as done_on,
        case when s.status in ('submitted', 'accepted') then s.submitted_at end as done_at,
        s.status, r.full_name as by_name, s.id::text as item_id
      from unit_plan_submissions s left join users r on r.id = s.reviewed_by
      where s.plan_id = ${f.planId}::uuid and s.unit_id in (select unit_id from scoped)
      union all
      -- conferences: done on the day held (the conference's date)
      select c.unit_id, 'conference:' || c.kind,
        case when c.status in ('held', 'closed') then coalesce(c.date, (c.held_at at time zone ${TZ})::date) end,
        case when c.status in ('held', 'closed') then c.held_at end,
        c.status, r.full_name, c.id::text
      from conferences c left join users r on r.id = c.reviewed_by
      where c.plan_id = ${f.planId}::uuid and c.unit_id in (select unit_id from scoped)
      union all
      ${dossierItems(f.planId, sql`select unit_id from scoped`)}),
    states as materialized (
      select t.unit_id, t.code, t.done_on, t.done_at, t.status, t.by_name, t.item_id,
        case when not t.applies then 'na'
          when t.done_on is not null then case when t.done_on <= t.due_on then 'on_time' else 'late' end
          when ${today} <= t.due_on then 'not_due' else 'overdue' end as state,
        case when not t.applies then null
          when t.done_on is not null then case when t.done_on <= t.due_on then null else t.done_on - t.due_on end
          when ${today} <= t.due_on then t.due_on - ${today} else ${today} - t.due_on end as days
      from (
        select s.unit_id, m.code, m.due_on, ${doneOn} as done_on, i.done_at, i.status, i.by_name, i.item_id,
          case when s.role = 'office' then m.applies_to = 'office' else m.applies_to in ('all', s.role) end as applies
        from scoped s cross join ms m
        left join items i on i.unit_id = s.unit_id and i.source = m.source) t),
    picked as materialized (${picked}),
    paged as materialized (
      select s.*, row_number() over (order by ${order}) as ord
      from picked p join scoped s on s.unit_id = p.unit_id
      left join states x on x.unit_id = s.unit_id and x.code = ${f.milestone ?? ""}
      order by ${order}
      limit ${f.limit} offset ${f.offset}),
    cells as (
      select x.unit_id, json_object_agg(x.code, json_build_object(
        'state', x.state, 'days', x.days, 'doneAt', x.done_at, 'doneOn', x.done_on,
        'status', x.status, 'by', x.by_name, 'itemId', x.item_id)) as cells
      from states x join paged p on p.unit_id = x.unit_id group by x.unit_id),
    members as (
      select ca.unit_id, json_agg(us.full_name order by us.full_name) as names
      from council_assignments ca join users us on us.id = ca.member_id
      where ca.unit_id in (select unit_id from paged) group by ca.unit_id)
    select
      (select count(*) from picked)::int as total,
      (select is_demo from plans where id = ${f.planId}::uuid) as demo,
      (select coalesce(json_agg(json_build_object('code', g.code, 'state', g.state, 'n', g.n)), '[]'::json)
        from (select code, state, count(*)::int as n from states group by code, state) g) as counts,
      (select coalesce(json_agg(json_build_object('code', code, 'label', label, 'dueOn', due_on,
          'appliesTo', applies_to, 'section', section) order by due_on, sort_order), '[]'::json) from ms) as milestones,
      (select coalesce(json_agg(json_build_object('id', p.unit_id, 'name', p.name, 'kind', p.kind_code,
          'kindName', p.kind_name, 'clusterName', p.cluster_name, 'role', p.role,
          'members', m.names, 'cells', c.cells) order by p.ord), '[]'::json)
        from paged p left join cells c on c.unit_id = p.unit_id left join members m on m.unit_id = p.unit_id) as rows`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
  return {
    total: Number(row.total),
    demo: row.demo === true,
    counts: json(row.counts),
    milestones: json(row.milestones),
    rows: json(row.rows),
  };
}
