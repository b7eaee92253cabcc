import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageOf } from "../../../domain/paging.ts";
import {
  CollectiveInputSchema,
  CollectiveSchema,
  CollectivesQuerySchema,
  CollectiveUpdateSchema,
  PeopleQuerySchema,
  PersonCreateSchema,
  PersonSchema,
  PersonUpdateSchema,
} from "../../../domain/persons.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { createCollective, listCollectives, updateCollective } from "./collectives-service.ts";
import { createPerson, getPerson, listPeople, updatePerson } from "./service.ts";

const IdParams = z.object({ id: z.uuid("Mã không hợp lệ") });

/**
 * People and collectives (E1, E5, N3). Office, council, chairman: every unit;
 * a unit user: its own unit only (404 for others); culture and finance: 403.
 * Writes: the office (any unit) and a unit user (its own unit).
 */
export async function peopleRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["people"];

  r.get(
    "/api/people",
    {
      schema: {
        tags,
        summary: "Tìm người (không phân biệt dấu, hoa thường)",
        querystring: PeopleQuerySchema,
        response: { 200: pageOf(PersonSchema) },
      },
    },
    async (req) => listPeople(req.ctx(), req.query),
  );
  r.post(
    "/api/people",
    { schema: { tags, summary: "Thêm người", body: PersonCreateSchema, response: { 201: PersonSchema } } },
    async (req, reply) => reply.code(201).send(await createPerson(req.ctx(), req.body)),
  );
  r.get(
    "/api/people/:id",
    { schema: { tags, summary: "Một người", params: IdParams, response: { 200: PersonSchema } } },
    async (req) => getPerson(req.ctx(), req.params.id),
  );
  r.patch(
    "/api/people/:id",
    {
      schema: {
        tags,
        summary: "Sửa thông tin người",
        params: IdParams,
        body: PersonUpdateSchema,
        response: { 200: PersonSchema },
      },
    },
    async (req) => updatePerson(req.ctx(), req.params.id, req.body),
  );

  r.get(
    "/api/collectives",
    {
      schema: {
        tags,
        summary: "Danh sách tập thể (từng trang, lọc theo tên không dấu, đơn vị)",
        querystring: CollectivesQuerySchema,
        response: { 200: pageOf(CollectiveSchema) },
      },
    },
    async (req) => listCollectives(req.ctx(), req.query),
  );
  r.post(
    "/api/collectives",
    {
      schema: {
        tags,
        summary: "Thêm tập thể",
        body: CollectiveInputSchema,
        response: { 201: CollectiveSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createCollective(req.ctx(), req.body)),
  );
  r.patch(
    "/api/collectives/:id",
    {
      schema: {
        tags,
        summary: "Sửa tập thể",
        params: IdParams,
        body: CollectiveUpdateSchema,
        response: { 200: CollectiveSchema },
      },
    },
    async (req) => updateCollective(req.ctx(), req.params.id, req.body),
  );
}
