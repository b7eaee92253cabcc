import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AgendaMediaUploadSchema } from "../../../domain/conferences.ts";
import { readUpload } from "../../files/multipart.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { uploadAgendaMedia } from "./agenda-media-service.ts";

const IdParams = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });
const WHAT = "PDF, Word (.docx), ảnh PNG/JPEG hoặc video MP4";

/**
 * Upload of a file for the agenda (D7, G2): multipart field "file". Who may: whoever
 * may edit the conference's content (the office; the unit itself, while draft or returned).
 * The answer is attached to an item by saving the agenda with `{ kind: "file", fileId, label }`.
 */
export async function conferenceAgendaMediaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/conferences/:id/agenda/media",
    {
      schema: {
        tags: ["conferences"],
        summary: `Tải lên tệp tư liệu cho chương trình hội nghị (${WHAT}; trường multipart 'file')`,
        params: IdParams,
        response: { 201: AgendaMediaUploadSchema },
      },
    },
    async (req, reply) => {
      const media = await uploadAgendaMedia(req.ctx(), req.params.id, () =>
        readUpload(req, { what: `tệp tư liệu (${WHAT})`, maxBytes: deps.config.uploadMaxBytes }),
      );
      return reply.code(201).send(media);
    },
  );
}
