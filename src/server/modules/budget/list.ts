/**
 * The budgets page (SPEC I1): the plan's conferences with their budget's state and totals,
 * paged, counted and summed in SQL — every conference for those who read every budget
 * (office, finance, chairman), a unit's own conferences otherwise.
 */
import { sql } from "drizzle-orm";
import { has } from "../../../domain/access.ts";
import type { BudgetList } from "../../../domain/budget/schemas.ts";
import { BUDGET_STATUS_LABELS, type BudgetStatus } from "../../../domain/budget-lifecycle.ts";
import { budgetLines, budgets, conferences, units } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { budgetPolicy } from "./policy.ts";

export async function listBudgets(
  ctx: ServiceContext,
  q: { status?: string; limit: number; offset: number },
): Promise<BudgetList> {
  const { actor } = ctx;
  const all = budgetPolicy.readAll(actor);
  if (!all && !(has(actor, "budget.read_own") && actor.unitId)) {
    throw forbidden("Bạn không có quyền xem kinh phí hội nghị.");
  }
  const planId = await currentPlanId(ctx.db);
  if (!planId) return { items: [], total: 0 };
  const unitCond = all ? sql`true` : sql`c.unit_id = ${actor.unitId}`;
  const statusCond = q.status ? sql`coalesce(b.status, 'none') = ${q.status}` : sql`true`;
  const r = (await ctx.db.execute(sql`
    with rows as (
      select c.id::text as "conferenceId", c.kind, coalesce(c.title, c.form) as title, c.date::text as date,
        u.name as "unitName", b.status, coalesce(l.estimate, 0)::bigint as estimate, coalesce(l.actual, 0)::bigint as actual
      from ${conferences} c
      join ${units} u on u.id = c.unit_id
      left join ${budgets} b on b.conference_id = c.id
      left join (select budget_id, sum(quantity::bigint * unit_price) as estimate, sum(actual) as actual
                 from ${budgetLines} group by budget_id) l on l.budget_id = b.id
      where c.plan_id = ${planId} and ${unitCond} and ${statusCond})
    select (select count(*) from rows)::int as total,
      (select coalesce(json_agg(x), '[]'::json) from
        (select * from rows order by (status is null), (kind = 'town') desc, "unitName" limit ${q.limit} offset ${q.offset}) x) as items`)) as unknown as {
    rows: { total: number; items: unknown }[];
  };
  const row = r.rows[0]!;
  const items = (typeof row.items === "string" ? JSON.parse(row.items) : row.items) as {
    conferenceId: string;
    kind: string;
    title: string | null;
    date: string | null;
    unitName: string;
    status: string | null;
    estimate: string | number;
    actual: string | number;
  }[];
  return {
    total: Number(row.total),
    items: items.map((i) => ({
      conferenceId: i.conferenceId,
      kind: i.kind,
      title: i.title ?? `Hội nghị điển hình tiên tiến – ${i.unitName}`,
      date: i.date,
      unitName: i.unitName,
      status: (i.status as BudgetStatus | null) ?? null,
      statusLabel: i.status ? BUDGET_STATUS_LABELS[i.status as BudgetStatus] : "Chưa lập dự toán",
      totalEstimate: Number(i.estimate),
      totalActual: Number(i.actual),
    })),
  };
}
