/**
 * The giao ban report (K3): the data for the printable page, and the NĐ 30 docx for the
 * chairman. Office, Council and chairman; the docx export is audited.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { BriefingQuerySchema, BriefingSchema } from "../../../domain/briefing.ts";
import { DOCX } from "../../files/file-types.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { briefing, briefingExport } from "./service.ts";

const tags = ["briefing"];

export async function briefingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/briefing",
    {
      schema: {
        tags,
        summary: "Báo cáo giao ban: số liệu theo mốc, đơn vị muộn và quá hạn, việc chờ quyết định",
        querystring: BriefingQuerySchema,
        response: { 200: BriefingSchema },
      },
    },
    async (req) => briefing(req.ctx(), req.query.ngay),
  );

  r.get(
    "/api/briefing/export.docx",
    {
      schema: {
        tags,
        summary: "Tải báo cáo giao ban (docx, Nghị định 30)",
        querystring: BriefingQuerySchema,
      },
    },
    async (req, reply) => {
      const { buffer, filename } = await briefingExport(req.ctx(), req.query.ngay);
      return reply
        .header("content-type", DOCX.mime)
        .header("content-disposition", attachmentDisposition(filename))
        .header("cache-control", "no-store")
        .send(buffer);
    },
  );
}
