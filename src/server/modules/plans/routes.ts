import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PlanSummarySchema } from "../../../domain/plan-shapes.ts";
import { notFound } from "../../http/errors.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { currentPlanId } from "../units/queries.ts";
import { loadPlan } from "./queries.ts";

export async function planRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Every signed-in role reads the plan it works under (A1): it is a public administrative document.
  r.get(
    "/api/plans/current",
    { schema: { tags: ["plans"], summary: "Kế hoạch đang thực hiện", response: { 200: PlanSummarySchema } } },
    async (req) => {
      const { db } = req.ctx();
      const id = await currentPlanId(db);
      const plan = id ? await loadPlan(db, id) : null;
      if (!plan) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
      return plan;
    },
  );
}
