/**
 * Award decisions API (SPEC H1; issue #14 "API that outside checks rely on"):
 * GET (paged)/POST /api/conferences/:id/awards, GET/PUT/DELETE /api/awards/:id.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AwardDecisionInputSchema,
  AwardDecisionListQuerySchema,
  AwardDecisionListSchema,
  AwardDecisionUpdateSchema,
  AwardDecisionViewSchema,
} from "../../../domain/awards.ts";
import { createAward, deleteAward, getAward, listAwards, updateAward } from "./decision-service.ts";

const ConferenceParams = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });
const AwardParams = z.object({ id: z.uuid("Mã quyết định không hợp lệ") });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export async function awardDecisionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["awards"];

  r.get(
    "/api/conferences/:id/awards",
    {
      schema: {
        tags,
        summary: "Quyết định khen thưởng tại hội nghị theo trang, tổng tiền thưởng cả hội nghị và bằng chữ",
        params: ConferenceParams,
        querystring: AwardDecisionListQuerySchema,
        response: { 200: AwardDecisionListSchema },
      },
    },
    async (req) => listAwards(req.ctx(), req.params.id, req.query),
  );

  r.post(
    "/api/conferences/:id/awards",
    {
      schema: {
        tags,
        summary: "Ghi quyết định khen thưởng (tiền thưởng tính theo lương cơ sở tại ngày quyết định)",
        params: ConferenceParams,
        body: AwardDecisionInputSchema,
        response: { 201: AwardDecisionViewSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createAward(req.ctx(), req.params.id, req.body)),
  );

  r.get(
    "/api/awards/:id",
    {
      schema: {
        tags,
        summary: "Một quyết định khen thưởng",
        params: AwardParams,
        response: { 200: AwardDecisionViewSchema },
      },
    },
    async (req) => getAward(req.ctx(), req.params.id),
  );

  r.put(
    "/api/awards/:id",
    {
      schema: {
        tags,
        summary: "Sửa quyết định khen thưởng (409 khi người khác đã lưu trước)",
        params: AwardParams,
        body: AwardDecisionUpdateSchema,
        response: { 200: AwardDecisionViewSchema },
      },
    },
    async (req) => updateAward(req.ctx(), req.params.id, req.body),
  );

  r.delete(
    "/api/awards/:id",
    {
      schema: { tags, summary: "Xóa quyết định khen thưởng", params: AwardParams, querystring: VersionQuery },
    },
    async (req, reply) => {
      await deleteAward(req.ctx(), req.params.id, req.query.version);
      return reply.code(204).send();
    },
  );
}
