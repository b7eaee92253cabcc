/**
 * Downloads of a conference's programme, presidium list and invitations (issue #10 item 10):
 * GET /api/conferences/:id/programme.docx, presidium.docx, invitations.docx.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DOCX } from "../../files/file-types.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { CONFERENCE_DOCUMENTS, exportConferenceDocument } from "./service.ts";

const Params = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });
const SUMMARIES = {
  programme: "Chương trình hội nghị (docx, NĐ 30)",
  presidium: "Danh sách đoàn chủ tịch (docx, NĐ 30)",
  invitations: "Giấy mời khách mời, mỗi người một trang (docx, NĐ 30)",
} as const;

export async function conferenceDocumentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const which of CONFERENCE_DOCUMENTS) {
    r.get(
      `/api/conferences/:id/${which}.docx`,
      { schema: { tags: ["conferences"], summary: SUMMARIES[which], params: Params } },
      async (req, reply) => {
        const { buffer, filename } = await exportConferenceDocument(req.ctx(), req.params.id, which);
        return reply
          .header("content-type", DOCX.mime)
          .header("content-disposition", attachmentDisposition(filename))
          .header("cache-control", "no-store")
          .send(buffer);
      },
    );
  }
}
