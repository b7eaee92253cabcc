import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AuditPageSchema, AuditQuerySchema } from "../../../domain/audit/schemas.ts";
import { forbidden } from "../../http/errors.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { auditPolicy } from "./policy.ts";
import { queryAudit } from "./queries.ts";

export async function auditRoutes(app: FastifyInstance, _deps: AppDeps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Nhật ký thay đổi",
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      if (!auditPolicy.canBrowse(ctx.actor))
        throw forbidden("Chỉ Thường trực HĐ TĐKT được xem nhật ký thay đổi.");
      const { items, total } = await queryAudit(ctx.db, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
}
