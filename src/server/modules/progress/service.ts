/**
 * The progress board (K2) and its xlsx export: who sees which rows (a unit user its
 * own; a Council member starts with the units assigned to them), then one SQL query.
 */
import {
  type CellState,
  cellText,
  type ProgressBoard,
  type ProgressQuery,
  vnDate,
} from "../../../domain/progress.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { currentPlanId } from "../units/index.ts";
import { progressPolicy, requireBoardReader } from "./policy.ts";
import { boardQuery } from "./queries.ts";

const EMPTY = { on_time: 0, late: 0, overdue: 0, not_due: 0, na: 0 };

/** A Council member's board starts with their own units; "all" (or any other role) shows every unit. */
export function memberFilter(ctx: ServiceContext, q: Pick<ProgressQuery, "memberId">): string | null {
  if (q.memberId === "all") return null;
  if (q.memberId) return q.memberId;
  return ctx.actor.role === "council" ? ctx.actor.userId : null;
}

export async function progressBoard(ctx: ServiceContext, q: ProgressQuery): Promise<ProgressBoard> {
  const { actor } = ctx;
  requireBoardReader(actor);
  const planId = await currentPlanId(ctx.db);
  if (!planId) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
  const unitUser = !progressPolicy.readAll(actor);
  const memberId = unitUser ? null : memberFilter(ctx, q);
  const today = vnDate(ctx.clock.now());
  const r = await boardQuery(ctx.db, {
    planId,
    today,
    unitId: unitUser ? actor.unitId! : undefined,
    kind: q.kind,
    clusterId: q.clusterId,
    memberId: memberId ?? undefined,
    state: q.state,
    milestone: q.milestone,
    sort: q.sort,
    limit: q.limit,
    offset: (q.page - 1) * q.limit,
  });
  const counts: ProgressBoard["counts"] = {};
  for (const m of r.milestones) counts[m.code] = { ...EMPTY };
  for (const c of r.counts) {
    const slot = counts[c.code];
    if (slot) slot[c.state as CellState] = c.n;
  }
  return {
    today,
    milestones: r.milestones.map((m) => ({ ...m, dueOn: String(m.dueOn).slice(0, 10) })),
    units: r.rows.map((u) => ({
      ...u,
      members: u.members ?? [],
      cells: Object.fromEntries(
        Object.entries(u.cells ?? {}).map(([code, c]) => [
          code,
          {
            state: c.state as CellState,
            days: c.days === null ? null : Number(c.days),
            doneAt: c.doneAt
              ? new Date(c.doneAt).toISOString()
              : c.doneOn
                ? String(c.doneOn).slice(0, 10)
                : null,
            status: c.status,
            by: c.by,
            itemId: c.itemId,
          },
        ]),
      ),
    })),
    counts,
    total: r.total,
    demo: r.demo,
    page: q.page,
    limit: q.limit,
    memberId,
  };
}

/** Every row (no paging) for the xlsx export, with each cell as the board reads it. */
export async function progressRowsForExport(ctx: ServiceContext, q: ProgressQuery) {
  const board = await progressBoard(ctx, { ...q, page: 1, limit: 100_000 });
  const text = (c: ProgressBoard["units"][number]["cells"][string] | undefined) =>
    c ? cellText(c.state, c.days) : "";
  return { board, text };
}
