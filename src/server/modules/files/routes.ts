import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { openFile } from "./service.ts";

const IdParams = z.object({ id: z.uuid("Mã tệp không hợp lệ") });

/** Download of a stored file (G2); who may: see policy.ts. */
export async function fileRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/files/:id",
    { schema: { tags: ["files"], summary: "Tải tệp đã lưu", params: IdParams } },
    async (req, reply) => {
      const file = await openFile(req.ctx(), req.params.id);
      return reply
        .header("content-type", file.mime)
        .header("content-length", file.size)
        .header("content-disposition", attachmentDisposition(file.filename))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .header("etag", `"${file.sha256}"`)
        .send(file.content);
    },
  );
}
