import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { pageOf } from "../../../domain/paging.ts";
import {
  ClusterInputSchema,
  ClusterListQuerySchema,
  ClusterSchema,
  UnitKindInputSchema,
  UnitKindListQuerySchema,
  UnitKindSchema,
} from "../../../domain/units.ts";
import { pageClusters, pageUnitKinds } from "./kinds-queries.ts";
import { createCluster, createUnitKind } from "./kinds-service.ts";

/** GET: every signed-in user (forms need them); POST: the office (M1). */
export async function unitKindRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/unit-kinds",
    {
      schema: {
        tags,
        summary: "Các loại đơn vị (từng trang, theo thứ tự của loại)",
        querystring: UnitKindListQuerySchema,
        response: { 200: pageOf(UnitKindSchema) },
      },
    },
    async (req) => pageUnitKinds(req.ctx().db, req.query),
  );
  r.post(
    "/api/unit-kinds",
    {
      schema: {
        tags,
        summary: "Thêm loại đơn vị",
        body: UnitKindInputSchema,
        response: { 201: UnitKindSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createUnitKind(req.ctx(), req.body)),
  );

  r.get(
    "/api/clusters",
    {
      schema: {
        tags,
        summary: "Các cụm thi đua (từng trang, lọc theo tên không dấu)",
        querystring: ClusterListQuerySchema,
        response: { 200: pageOf(ClusterSchema) },
      },
    },
    async (req) => pageClusters(req.ctx().db, req.query),
  );
  r.post(
    "/api/clusters",
    {
      schema: {
        tags,
        summary: "Thêm cụm thi đua",
        body: ClusterInputSchema,
        response: { 201: ClusterSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createCluster(req.ctx(), req.body)),
  );
}
