import type { Page } from "../../../domain/paging.ts";
import type { UnitPlan, UnitPlanListQuery } from "../../../domain/unit-plans.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { requireUnitUser, unitPlanPolicy } from "./policy.ts";
import { pageUnitPlanRows, type UnitPlanRow, unitPlanDue, unitPlanRows } from "./queries.ts";
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

/** Every participant's unit plan with its status and lateness; a unit user sees only its own row. */
export async function listUnitPlans(ctx: ServiceContext, query: UnitPlanListQuery): Promise<Page<UnitPlan>> {
  const { actor } = ctx;
  if (!unitPlanPolicy.canList(actor)) throw forbidden("Bạn không có quyền xem kế hoạch của các đơn vị.");
  const planId = await requireCurrentPlan(ctx);
  const page = { page: query.page, limit: query.limit };
  if (!unitPlanPolicy.readAll(actor) && !actor.unitId) return { items: [], total: 0, ...page };
  const unitId = unitPlanPolicy.readAll(actor) ? undefined : actor.unitId!;
  const { rows, total } = await pageUnitPlanRows(ctx.db, planId, unitId, query);
  return { items: await viewRows(ctx, planId, rows), total, ...page };
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
