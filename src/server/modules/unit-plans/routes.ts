import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageOf } from "../../../domain/paging.ts";
import {
  UnitPlanCountsSchema,
  UnitPlanListQuerySchema,
  UnitPlanReviewSchema,
  UnitPlanSaveSchema,
  UnitPlanSchema,
  UnitPlanSubmitSchema,
} from "../../../domain/unit-plans.ts";
import { readUpload } from "../../files/multipart.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { requireUnitUser } from "./policy.ts";
import { getMine, listUnitPlans } from "./read-service.ts";
import { reviewUnitPlan } from "./review-service.ts";
import { saveMine, submitMine, uploadMine } from "./unit-service.ts";

const IdParams = z.object({ id: z.uuid("Mã kế hoạch của đơn vị không hợp lệ") });
const tags = ["unit-plans"];
const one = { 200: UnitPlanSchema };

/**
 * Unit plans (C1). Reads: office, Council, chairman (every unit), a unit user (its own).
 * The unit writes its own (`/mine`); the office — and the Council for pilot units — reviews.
 */
export async function unitPlanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/unit-plans",
    {
      schema: {
        tags,
        summary:
          "Tình hình gửi kế hoạch của các đơn vị (trạng thái, chậm bao nhiêu ngày; từng trang, lọc theo tên đơn vị, trạng thái)",
        querystring: UnitPlanListQuerySchema,
        response: { 200: pageOf(UnitPlanSchema).extend({ counts: UnitPlanCountsSchema }) },
      },
    },
    async (req) => listUnitPlans(req.ctx(), req.query),
  );

  r.get(
    "/api/unit-plans/mine",
    { schema: { tags, summary: "Kế hoạch của đơn vị mình", response: one } },
    async (req) => getMine(req.ctx()),
  );

  r.put(
    "/api/unit-plans/mine",
    {
      schema: {
        tags,
        summary: "Lưu phiếu kế hoạch của đơn vị (version 0: lần đầu)",
        body: UnitPlanSaveSchema,
        response: one,
      },
    },
    async (req) => saveMine(req.ctx(), req.body),
  );

  r.post(
    "/api/unit-plans/mine/file",
    {
      schema: {
        tags,
        summary: "Tải lên tệp kế hoạch của đơn vị (PDF hoặc Word .docx; trường multipart 'file')",
        querystring: z.object({ version: z.coerce.number().int().min(0).optional() }),
        response: one,
      },
    },
    async (req) => {
      const ctx = req.ctx();
      requireUnitUser(ctx);
      const { buffer, filename } = await readUpload(req, {
        what: "tệp kế hoạch (PDF hoặc Word .docx)",
        maxBytes: deps.config.uploadMaxBytes,
      });
      return uploadMine(ctx, { buffer, filename }, req.query.version);
    },
  );

  r.post(
    "/api/unit-plans/mine/submit",
    { schema: { tags, summary: "Gửi kế hoạch của đơn vị", body: UnitPlanSubmitSchema, response: one } },
    async (req) => submitMine(req.ctx(), req.body),
  );

  r.post(
    "/api/unit-plans/:id/accept",
    {
      schema: {
        tags,
        summary: "Duyệt kế hoạch của đơn vị",
        params: IdParams,
        body: UnitPlanReviewSchema,
        response: one,
      },
    },
    async (req) => reviewUnitPlan(req.ctx(), req.params.id, "accepted", req.body),
  );

  r.post(
    "/api/unit-plans/:id/return",
    {
      schema: {
        tags,
        summary: "Trả lại kế hoạch của đơn vị kèm ý kiến",
        params: IdParams,
        body: UnitPlanReviewSchema,
        response: one,
      },
    },
    async (req) => reviewUnitPlan(req.ctx(), req.params.id, "returned", req.body),
  );
}
