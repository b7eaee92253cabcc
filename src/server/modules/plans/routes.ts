import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageOf } from "../../../domain/paging.ts";
import { PlanFromTemplateSchema } from "../../../domain/plan/from-template.ts";
import { MilestonesInputSchema } from "../../../domain/plan/milestones.ts";
import { ParticipantsInputSchema } from "../../../domain/plan/participants.ts";
import {
  PlanDetailSchema,
  PlanListItemSchema,
  PlanListQuerySchema,
  PlanSummarySchema,
  PlanUpdateSchema,
} from "../../../domain/plan/record.ts";
import { notFound } from "../../http/errors.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { currentPlanId } from "../units/index.ts";
import { loadPlan, loadPlanDetail, pagePlans } from "./queries.ts";
import { replaceMilestones, replaceParticipants } from "./schedule-service.ts";
import { createPlanFromTemplate } from "./template-service.ts";
import { PLAN_NOT_FOUND, updatePlan } from "./update-service.ts";

const IdParams = z.object({ id: z.uuid("Mã kế hoạch không hợp lệ") });
const tags = ["plans"];

/**
 * Plans (A1–A3). Every signed-in role reads plans: a plan is a public administrative
 * document. Only the standing office writes (policy.ts).
 */
export async function planRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/plans/current",
    { schema: { tags, summary: "Kế hoạch đang thực hiện", response: { 200: PlanSummarySchema } } },
    async (req) => {
      const { db } = req.ctx();
      const id = await currentPlanId(db);
      const plan = id ? await loadPlan(db, id) : null;
      if (!plan) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
      return plan;
    },
  );

  r.get(
    "/api/plans",
    {
      schema: {
        tags,
        summary:
          "Danh sách kế hoạch và kế hoạch mẫu (từng trang; lọc mẫu/kế hoạch, theo tên hoặc số không dấu)",
        querystring: PlanListQuerySchema,
        response: { 200: pageOf(PlanListItemSchema) },
      },
    },
    async (req) => pagePlans(req.ctx().db, req.query),
  );

  r.get(
    "/api/plans/:id",
    {
      schema: {
        tags,
        summary: "Một kế hoạch, với quy định và đơn vị tham gia",
        params: IdParams,
        response: { 200: PlanDetailSchema },
      },
    },
    async (req) => {
      const plan = await loadPlanDetail(req.ctx().db, req.params.id);
      if (!plan) throw notFound(PLAN_NOT_FOUND);
      return plan;
    },
  );

  r.patch(
    "/api/plans/:id",
    {
      schema: {
        tags,
        summary: "Sửa thông tin và quy định của kế hoạch",
        params: IdParams,
        body: PlanUpdateSchema,
        response: { 200: PlanDetailSchema },
      },
    },
    async (req) => updatePlan(req.ctx(), req.params.id, req.body),
  );

  r.put(
    "/api/plans/:id/milestones",
    {
      schema: {
        tags,
        summary: "Thay danh sách mốc thời gian của kế hoạch",
        params: IdParams,
        body: MilestonesInputSchema,
        response: { 200: PlanDetailSchema },
      },
    },
    async (req) => replaceMilestones(req.ctx(), req.params.id, req.body),
  );

  r.put(
    "/api/plans/:id/participants",
    {
      schema: {
        tags,
        summary: "Thay danh sách đơn vị tham gia (đơn vị thường, đơn vị điểm và khách mời)",
        params: IdParams,
        body: ParticipantsInputSchema,
        response: { 200: PlanDetailSchema },
      },
    },
    async (req) => replaceParticipants(req.ctx(), req.params.id, req.body),
  );

  r.post(
    "/api/plans/from-template",
    {
      schema: {
        tags,
        summary: "Tạo kế hoạch mới từ kế hoạch mẫu",
        body: PlanFromTemplateSchema,
        response: { 201: PlanDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createPlanFromTemplate(req.ctx(), req.body)),
  );
}
