import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AgendaMediaUploadSchema } from "../../../domain/conferences.ts";
import { AppError } from "../../http/errors.ts";
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
  const max = deps.config.uploadMaxBytes;
  const limit = max >= 1024 * 1024 ? `${Math.floor(max / (1024 * 1024))} MB` : `${Math.floor(max / 1024)} KB`;
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
      const media = await uploadAgendaMedia(req.ctx(), req.params.id, async () => {
        const part = await req.file();
        if (part?.fieldname !== "file") {
          part?.file.resume();
          throw new AppError("BAD_REQUEST", `Hãy gửi tệp tư liệu (${WHAT}) trong trường "file".`);
        }
        try {
          return { buffer: await part.toBuffer(), filename: part.filename };
        } catch (e) {
          if ((e as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
            throw new AppError(
              "PAYLOAD_TOO_LARGE",
              `Tệp "${part.filename}" vượt quá dung lượng cho phép (${limit}).`,
            );
          }
          throw e;
        }
      });
      return reply.code(201).send(media);
    },
  );
}
