import type { Page } from "../../../domain/paging.ts";
import {
  timeliness,
  UNIT_PLAN_STATUSES,
  type UnitPlan,
  type UnitPlanCounts,
  type UnitPlanListQuery,
  type UnitPlanStatus,
} from "../../../domain/unit-plans.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { requireUnitUser, unitPlanPolicy } from "./policy.ts";
import { pageUnitPlanRows, type UnitPlanRow, unitPlanDue, unitPlanGroups, unitPlanRows } from "./queries.ts";
import { toUnitPlan } from "./view.ts";

export async function requireCurrentPlan(ctx: ServiceContext): Promise<string> {
  const id = await currentPlanId(ctx.db);
  if (!id) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
  return id;
}

export async function viewRows(
  ctx: ServiceContext,
  planId: string,
  rows: UnitPlanRow[],
): Promise<UnitPlan[]> {
  const due = await unitPlanDue(ctx.db, planId);
  const today = ctx.clock.now();
  return rows.map((r) => toUnitPlan(ctx.actor, r, due(r.role), today));
}

const zeroByStatus = () =>
  Object.fromEntries(UNIT_PLAN_STATUSES.map((s) => [s, 0])) as UnitPlanCounts["byStatus"];

/** Units per status and overdue ones, from grouped rows (SQL) and the plan's due dates per role. */
async function unitPlanCounts(ctx: ServiceContext, planId: string, unitId: string | undefined) {
  const [groups, due] = await readTogether(ctx.db, [
    () => unitPlanGroups(ctx.db, planId, unitId),
    () => unitPlanDue(ctx.db, planId),
  ]);
  const byStatus = zeroByStatus();
  let overdue = 0;
  let units = 0;
  const today = ctx.clock.now();
  for (const g of groups) {
    const n = Number(g.n);
    units += n;
    byStatus[g.status as UnitPlanStatus] += n;
    const dueOn = due(g.role);
    if (g.unsent && dueOn && timeliness(dueOn, null, today).state === "overdue") overdue += n;
  }
  return { units, byStatus, overdue };
}

/**
 * One page of the participants' unit plans with status and lateness (issue #11 item 5), and the counts
 * over all of them; a unit user sees only its own row.
 */
export async function listUnitPlans(
  ctx: ServiceContext,
  query: UnitPlanListQuery,
): Promise<Page<UnitPlan> & { counts: UnitPlanCounts }> {
  const { actor } = ctx;
  if (!unitPlanPolicy.canList(actor)) throw forbidden("Bạn không có quyền xem kế hoạch của các đơn vị.");
  const planId = await requireCurrentPlan(ctx);
  const page = { page: query.page, limit: query.limit };
  if (!unitPlanPolicy.readAll(actor) && !actor.unitId)
    return { items: [], total: 0, ...page, counts: { units: 0, byStatus: zeroByStatus(), overdue: 0 } };
  const unitId = unitPlanPolicy.readAll(actor) ? undefined : actor.unitId!;
  const [{ rows, total }, counts] = await readTogether(ctx.db, [
    () => pageUnitPlanRows(ctx.db, planId, unitId, query),
    () => unitPlanCounts(ctx, planId, unitId),
  ]);
  return { items: await viewRows(ctx, planId, rows), total, ...page, counts };
}

export const NOT_PARTICIPANT = "Đơn vị của bạn không tham gia kế hoạch đang thực hiện.";

/** The signed-in unit's own plan (a "not submitted" view when it has no record yet). */
export async function loadOwnRow(ctx: ServiceContext): Promise<{ planId: string; row: UnitPlanRow }> {
  const unitId = requireUnitUser(ctx);
  const planId = await requireCurrentPlan(ctx);
  const [row] = await unitPlanRows(ctx.db, planId, unitId);
  if (!row) throw notFound(NOT_PARTICIPANT);
  return { planId, row };
}

export async function getMine(ctx: ServiceContext): Promise<UnitPlan> {
  const { planId, row } = await loadOwnRow(ctx);
  const [view] = await viewRows(ctx, planId, [row]);
  return view!;
}
