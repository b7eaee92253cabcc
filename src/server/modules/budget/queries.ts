/**
 * The budget module's SQL (SPEC I1): one budget with its lines, the conference it pays for,
 * the cost per delegate of every budgeted conference of the plan (one aggregate statement),
 * and the to-do queues (budgets waiting for finance or the chairman). No decisions.
 */
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { budgetLines, budgets, conferences, delegates, files, units } from "../../db/schema/index.ts";

export type BudgetRow = typeof budgets.$inferSelect;
export type LineRow = typeof budgetLines.$inferSelect & { receiptName: string | null };

export type BudgetConference = {
  id: string;
  planId: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  kind: string;
  title: string | null;
  form: string | null;
  date: string | null;
  venue: string | null;
  status: string;
  delegateCount: number;
};

export async function loadConference(db: Db, id: string): Promise<BudgetConference | null> {
  const [row] = await db
    .select({
      id: conferences.id,
      planId: conferences.planId,
      unitId: conferences.unitId,
      unitName: units.name,
      unitKind: units.kindCode,
      kind: conferences.kind,
      title: conferences.title,
      form: conferences.form,
      date: conferences.date,
      venue: conferences.venue,
      status: conferences.status,
      delegateCount: sql<number>`(select count(*) from ${delegates} d where d.conference_id = ${conferences.id})::int`,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .where(eq(conferences.id, id));
  return row ? { ...row, delegateCount: Number(row.delegateCount) } : null;
}

export async function loadBudget(db: Db, conferenceId: string): Promise<BudgetRow | null> {
  const [row] = await db.select().from(budgets).where(eq(budgets.conferenceId, conferenceId));
  return row ?? null;
}

export async function loadLines(db: Db, budgetId: string): Promise<LineRow[]> {
  const rows = await db
    .select({ line: budgetLines, receiptName: files.originalName })
    .from(budgetLines)
    .leftJoin(files, eq(files.id, budgetLines.receiptFileId))
    .where(eq(budgetLines.budgetId, budgetId))
    .orderBy(asc(budgetLines.sortOrder));
  return rows.map((r) => ({ ...r.line, receiptName: r.receiptName }));
}

export type PeerRow = {
  conferenceId: string;
  unitId: string;
  unitName: string;
  delegates: number;
  estimate: number;
  actual: number;
};

/**
 * Every budgeted conference of the plan with its organising cost (award money apart) and
 * delegate count: one grouped statement over budgets, lines and delegates.
 */
export async function peerCosts(db: Db, planId: string): Promise<PeerRow[]> {
  const r = (await db.execute(sql`
    select b.conference_id::text as "conferenceId", c.unit_id::text as "unitId", u.name as "unitName",
      coalesce(d.n, 0)::int as delegates,
      coalesce(l.estimate, 0)::bigint as estimate, coalesce(l.actual, 0)::bigint as actual
    from ${budgets} b
    join ${conferences} c on c.id = b.conference_id
    join ${units} u on u.id = c.unit_id
    left join (select budget_id, sum(quantity::bigint * unit_price) as estimate, sum(actual) as actual
               from ${budgetLines} group by budget_id) l on l.budget_id = b.id
    left join (select conference_id, count(*) as n from ${delegates} group by conference_id) d
      on d.conference_id = b.conference_id
    where c.plan_id = ${planId}`)) as unknown as { rows: Record<string, unknown>[] };
  return r.rows.map((x) => ({
    conferenceId: String(x.conferenceId),
    unitId: String(x.unitId),
    unitName: String(x.unitName),
    delegates: Number(x.delegates),
    estimate: Number(x.estimate),
    actual: Number(x.actual),
  }));
}

export type BudgetQueueRow = { conferenceId: string; unitName: string; at: string | null };

/** Budgets in `status`, oldest sent first, with the count of all of them. */
export async function budgetsIn(
  db: Db,
  status: string,
  limit: number,
): Promise<{ total: number; rows: BudgetQueueRow[] }> {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(budgets)
    .where(eq(budgets.status, status));
  const rows = await db
    .select({ conferenceId: budgets.conferenceId, unitName: units.name, at: budgets.updatedAt })
    .from(budgets)
    .innerJoin(units, eq(units.id, budgets.unitId))
    .where(eq(budgets.status, status))
    .orderBy(asc(budgets.updatedAt))
    .limit(limit);
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({ ...r, at: r.at ? new Date(r.at).toISOString() : null })),
  };
}
