import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AgendaPutSchema,
  CheckQuerySchema,
  CheckResultSchema,
  ConferenceCreateSchema,
  ConferenceDetailSchema,
  ConferenceListQuerySchema,
  ConferenceSummarySchema,
  ConferenceUpdateSchema,
  PresidiumPutSchema,
} from "../../../domain/conferences.ts";
import { pageOf } from "../../../domain/paging.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { conferenceAgendaMediaRoutes } from "./agenda-media-routes.ts";
import { createConference } from "./create-service.ts";
import { conferenceDelegateRoutes } from "./delegate-routes.ts";
import { conferenceLifecycleRoutes } from "./lifecycle-routes.ts";
import { checkConferenceById, getConference, listConferences } from "./read-service.ts";
import { setAgenda, setPresidium, updateConference } from "./update-service.ts";

export const ConferenceIdParams = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });

/**
 * Conferences (D1–D9, E2). Reads: every role; a unit user only its own unit's
 * (404 for others); culture and finance see no birth years or ethnicity (N3).
 * Content: the office and the unit itself, while draft or returned.
 */
export async function conferenceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["conferences"];
  const detail = { 200: ConferenceDetailSchema };

  r.get(
    "/api/conferences",
    {
      schema: {
        tags,
        summary: "Danh sách hội nghị được xem",
        querystring: ConferenceListQuerySchema,
        response: { 200: pageOf(ConferenceSummarySchema) },
      },
    },
    async (req) => listConferences(req.ctx(), req.query),
  );
  r.post(
    "/api/conferences",
    {
      schema: {
        tags,
        summary: "Tạo hội nghị",
        body: ConferenceCreateSchema,
        response: { 201: ConferenceDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createConference(req.ctx(), req.body)),
  );
  r.get(
    "/api/conferences/:id",
    { schema: { tags, summary: "Một hội nghị", params: ConferenceIdParams, response: detail } },
    async (req) => getConference(req.ctx(), req.params.id),
  );
  r.patch(
    "/api/conferences/:id",
    {
      schema: {
        tags,
        summary: "Sửa thông tin hội nghị",
        params: ConferenceIdParams,
        body: ConferenceUpdateSchema,
        response: detail,
      },
    },
    async (req) => updateConference(req.ctx(), req.params.id, req.body),
  );
  r.get(
    "/api/conferences/:id/check",
    {
      schema: {
        tags,
        summary: "Kiểm tra hội nghị theo kế hoạch",
        params: ConferenceIdParams,
        querystring: CheckQuerySchema,
        response: { 200: CheckResultSchema },
      },
    },
    async (req) => checkConferenceById(req.ctx(), req.params.id, req.query.phase),
  );
  r.put(
    "/api/conferences/:id/presidium",
    {
      schema: {
        tags,
        summary: "Đặt đoàn Chủ tọa",
        params: ConferenceIdParams,
        body: PresidiumPutSchema,
        response: detail,
      },
    },
    async (req) => setPresidium(req.ctx(), req.params.id, req.body),
  );
  r.put(
    "/api/conferences/:id/agenda",
    {
      schema: {
        tags,
        summary: "Đặt chương trình hội nghị",
        params: ConferenceIdParams,
        body: AgendaPutSchema,
        response: detail,
      },
    },
    async (req) => setAgenda(req.ctx(), req.params.id, req.body),
  );
  await conferenceAgendaMediaRoutes(app, deps);
  await conferenceDelegateRoutes(app, deps);
  await conferenceLifecycleRoutes(app, deps);
}
