import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ClusterInputSchema,
  ClusterSchema,
  UnitKindInputSchema,
  UnitKindSchema,
} from "../../../domain/units.ts";
import { createCluster, createUnitKind, listClusters, listUnitKinds } from "./kinds-service.ts";

/** GET: every signed-in user (forms need them); POST: the office (M1). */
export async function unitKindRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/unit-kinds",
    {
      schema: {
        tags,
        summary: "Các loại đơn vị",
        response: { 200: z.object({ items: z.array(UnitKindSchema) }) },
      },
    },
    async (req) => ({ items: await listUnitKinds(req.ctx().db) }),
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
        summary: "Các cụm thi đua",
        response: { 200: z.object({ items: z.array(ClusterSchema) }) },
      },
    },
    async (req) => ({ items: await listClusters(req.ctx().db) }),
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
