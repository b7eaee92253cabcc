import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DismissalSchema,
  DismissInputSchema,
  DuplicatesQuerySchema,
  DuplicatesResultSchema,
} from "./schemas.ts";
import { dismissDuplicate, listDuplicates, undoDismissal } from "./service.ts";

/**
 * Duplicate people across units (E6). GET: office, council, chairman; dismiss and
 * undo: office; others 403.
 */
export async function duplicatesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["duplicates"];
  r.get(
    "/api/duplicates",
    {
      schema: {
        tags,
        summary: "Người trùng: cùng họ tên, năm sinh, giới tính ở danh sách của hai đơn vị",
        querystring: DuplicatesQuerySchema,
        response: { 200: DuplicatesResultSchema },
      },
    },
    async (req) => listDuplicates(req.ctx(), req.query),
  );
  r.post(
    "/api/duplicates/dismiss",
    {
      schema: {
        tags,
        summary: "Đánh dấu hai người là không phải cùng một người",
        body: DismissInputSchema,
        response: { 201: DismissalSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await dismissDuplicate(req.ctx(), req.body)),
  );
  r.delete(
    "/api/duplicates/dismiss/:id",
    {
      schema: {
        tags,
        summary: "Bỏ đánh dấu “không phải cùng một người”",
        params: z.object({ id: z.uuid("Mã không hợp lệ") }),
      },
    },
    async (req, reply) => {
      await undoDismissal(req.ctx(), req.params.id);
      return reply.code(204).send();
    },
  );
}
