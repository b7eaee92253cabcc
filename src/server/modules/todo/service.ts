/**
 * GET /api/todo (issue #8 item 5): the to-do list on the actor's home page, gathered
 * from the other modules through their `index.ts` and this module's aggregate SQL.
 * Sections follow the actor's capabilities (domain/access.ts), in this order:
 * what was returned to its unit (first), its unit's next deadlines, what awaits its
 * review, the units overdue and what falls due this week, then its office's own work.
 * A unit's staff (and an office that is also a participant, ADR 0005) sees only its
 * own unit's lines.
 */
import { has } from "../../../domain/access.ts";
import { vnDate } from "../../../domain/progress.ts";
import { TODO_CAP, type TodoList, type TodoSection } from "../../../domain/todo.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { countAwaitingReview, itemsAwaitingReview } from "../dossiers/index.ts";
import { currentPlanId } from "../units/index.ts";
import { followerSections } from "./follower.ts";
import { conferenceLine, dossierLine, unitPlanLine } from "./lines.ts";
import { officeWorkSections } from "./office-work.ts";
import { ownUnitSections } from "./own-unit.ts";
import { todoPolicy } from "./policy.ts";
import { conferencesAwaiting, isDemoPlan, unitPlansAwaiting } from "./queries.ts";

export type TodoDeps = { ctx: ServiceContext; planId: string; today: string };

/** Unit plans, conferences and dossier items that wait for this actor's decision. */
async function reviewSections({ ctx, planId }: TodoDeps): Promise<TodoSection[]> {
  const { actor, db } = ctx;
  const out: TodoSection[] = [];
  const plansScope = todoPolicy.unitPlansReviewed(actor);
  if (plansScope) {
    const q = await unitPlansAwaiting(db, planId, plansScope === "pilot", TODO_CAP);
    out.push({
      key: "review_unit_plans",
      title:
        plansScope === "pilot" ? "Kế hoạch của đơn vị điểm chờ Hội đồng duyệt" : "Kế hoạch đơn vị chờ duyệt",
      total: q.total,
      lines: q.rows.map((r) => unitPlanLine(r)),
      more: { kind: "unit_plans", id: null },
      empty: "Không có kế hoạch nào đang chờ duyệt.",
    });
  }
  const kinds = todoPolicy.conferenceKindsReviewed(actor);
  if (kinds.length > 0) {
    const q = await conferencesAwaiting(db, planId, kinds, TODO_CAP);
    const pilotOnly = kinds.length === 1 && kinds[0] === "pilot";
    out.push({
      key: "review_conferences",
      title: pilotOnly ? "Hội nghị điểm chờ Hội đồng duyệt" : "Hội nghị chờ duyệt",
      total: q.total,
      lines: q.rows.map((r) => conferenceLine(r, "review")),
      more: { kind: "conferences", id: null },
      empty: "Không có hội nghị nào đang chờ duyệt.",
    });
  }
  if (todoPolicy.reviewsDossiers(actor)) {
    const [total, items] = await readTogether(db, [
      () => countAwaitingReview(db, planId),
      () => itemsAwaitingReview(db, planId, TODO_CAP),
    ]);
    out.push({
      key: "review_dossiers",
      title: "Hồ sơ sau Hội nghị chờ xem xét",
      total,
      lines: items.map((i) => dossierLine(i, "review")),
      more: { kind: "dossier", id: null },
      empty: "Không có hồ sơ nào đang chờ xem xét.",
    });
  }
  return out;
}

export async function todoList(ctx: ServiceContext): Promise<TodoList> {
  const planId = await currentPlanId(ctx.db);
  if (!planId) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
  const deps: TodoDeps = { ctx, planId, today: vnDate(ctx.clock.now()) };
  const own = has(ctx.actor, "progress.read_own") && ctx.actor.unitId ? await ownUnitSections(deps) : [];
  const review = await reviewSections(deps);
  const follow = has(ctx.actor, "progress.read_all") ? await followerSections(deps) : [];
  const work = await officeWorkSections(deps);
  return {
    today: deps.today,
    demo: await isDemoPlan(ctx.db, planId),
    sections: [...own, ...review, ...work, ...follow],
  };
}
