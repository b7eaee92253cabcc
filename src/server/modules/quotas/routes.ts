/**
 * Quotas API (SPEC F1–F3, issue #9 items 1–3). `POST /api/quotas/simulate` is the what-if
 * the issue fixes (office only, nothing saved, 422 QUOTA_INFEASIBLE in Vietnamese); the
 * other routes read and write seats, allocation versions and composition targets.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AllocationDetailSchema,
  ConferenceQuerySchema,
  MyQuotaSchema,
  PublishSchema,
  QuotaOverviewSchema,
  QuotaRequestSchema,
  SaveAllocationSchema,
  SeatsUpdateSchema,
  SeatsViewSchema,
  SimulateResultSchema,
  TargetsUpdateSchema,
  TargetsViewSchema,
  VersionsPageSchema,
  VersionsQuerySchema,
} from "../../../domain/quotas/schemas.ts";
import { getAllocation, publishAllocation, saveAllocation, simulateQuotas } from "./allocation-service.ts";
import { myQuota, quotaOverview, quotaVersions } from "./read-service.ts";
import { getSeats, saveSeats } from "./seats-service.ts";
import { getTargets, saveTargets } from "./targets-service.ts";

const IdParams = z.object({ id: z.uuid("Mã phương án không hợp lệ") });
const PlanQuery = z.object({ planId: z.uuid("Mã kế hoạch không hợp lệ").optional() });

export async function quotaRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["quotas"];

  r.get(
    "/api/quotas",
    {
      schema: {
        tags,
        summary: "Chỉ tiêu đại biểu: hội nghị cấp trên, đơn vị tham gia và số liệu, phương án đang công bố",
        querystring: ConferenceQuerySchema,
        response: { 200: QuotaOverviewSchema },
      },
    },
    async (req) => quotaOverview(req.ctx(), req.query.conferenceId),
  );

  r.post(
    "/api/quotas/simulate",
    {
      schema: {
        tags,
        summary: "Tính thử phân bổ chỉ tiêu (không lưu); 422 khi không thể đáp ứng các điều kiện",
        body: QuotaRequestSchema,
        response: { 200: SimulateResultSchema },
      },
    },
    async (req) => simulateQuotas(req.ctx(), req.body),
  );

  r.get(
    "/api/quotas/seats",
    {
      schema: {
        tags,
        summary: "Số đại biểu của hội nghị cấp trên: tổng, điển hình tiên tiến, khách mời",
        querystring: ConferenceQuerySchema,
        response: { 200: SeatsViewSchema },
      },
    },
    async (req) => getSeats(req.ctx(), req.query.conferenceId),
  );

  r.put(
    "/api/quotas/seats",
    {
      schema: {
        tags,
        summary: "Lưu số đại biểu của hội nghị cấp trên (version = 0 khi đang dùng mặc định)",
        body: SeatsUpdateSchema,
        response: { 200: SeatsViewSchema },
      },
    },
    async (req) => saveSeats(req.ctx(), req.body),
  );

  r.get(
    "/api/quotas/versions",
    {
      schema: {
        tags,
        summary: "Các phương án phân bổ đã lưu (mới nhất trước, phân trang)",
        querystring: VersionsQuerySchema,
        response: { 200: VersionsPageSchema },
      },
    },
    async (req) => quotaVersions(req.ctx(), req.query),
  );

  r.post(
    "/api/quotas/versions",
    {
      schema: {
        tags,
        summary: "Lưu phương án phân bổ mới (latestVersionNo: số phương án mới nhất đã thấy)",
        body: SaveAllocationSchema,
        response: { 201: AllocationDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await saveAllocation(req.ctx(), req.body)),
  );

  r.get(
    "/api/quotas/versions/:id",
    {
      schema: {
        tags,
        summary: "Một phương án phân bổ với chỉ tiêu từng đơn vị",
        params: IdParams,
        response: { 200: AllocationDetailSchema },
      },
    },
    async (req) => getAllocation(req.ctx(), req.params.id),
  );

  r.post(
    "/api/quotas/versions/:id/publish",
    {
      schema: {
        tags,
        summary: "Công bố phương án: chỉ tiêu của từng đơn vị",
        params: IdParams,
        body: PublishSchema,
        response: { 200: AllocationDetailSchema },
      },
    },
    async (req) => publishAllocation(req.ctx(), req.params.id, req.body),
  );

  r.get(
    "/api/quotas/mine",
    {
      schema: {
        tags,
        summary: "Chỉ tiêu đại biểu đã công bố của đơn vị mình",
        response: { 200: MyQuotaSchema },
      },
    },
    async (req) => myQuota(req.ctx()),
  );

  r.get(
    "/api/quotas/targets",
    {
      schema: {
        tags,
        summary:
          "Mục tiêu cơ cấu đại biểu của kế hoạch (nữ, dân tộc thiểu số, trực tiếp sản xuất, thành phần kinh tế, lãnh đạo)",
        querystring: PlanQuery,
        response: { 200: TargetsViewSchema },
      },
    },
    async (req) => getTargets(req.ctx(), req.query.planId),
  );

  r.put(
    "/api/quotas/targets",
    {
      schema: {
        tags,
        summary: "Lưu mục tiêu cơ cấu đại biểu (version = 0 khi đang dùng mặc định)",
        body: TargetsUpdateSchema,
        response: { 200: TargetsViewSchema },
      },
    },
    async (req) => saveTargets(req.ctx(), req.body),
  );
}
