/**
 * Unit document settings API (SPEC L1): GET and PUT /api/units/:id/document-settings.
 * Read: who may read the unit (a unit user its own only, 404 otherwise); write: the unit
 * itself and the office, with the version read (409 when stale).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DocumentSettingsSchema, DocumentSettingsUpdateSchema } from "../../../domain/document-settings.ts";
import { getDocumentSettings, saveDocumentSettings } from "./service.ts";

const IdParams = z.object({ id: z.uuid("Mã đơn vị không hợp lệ") });

export async function documentSettingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/units/:id/document-settings",
    {
      schema: {
        tags,
        summary: "Thiết lập văn bản của đơn vị (cơ quan ban hành, địa danh, ký hiệu, người ký)",
        params: IdParams,
        response: { 200: DocumentSettingsSchema },
      },
    },
    async (req) => getDocumentSettings(req.ctx(), req.params.id),
  );

  r.put(
    "/api/units/:id/document-settings",
    {
      schema: {
        tags,
        summary: "Lưu thiết lập văn bản của đơn vị (version = 0 khi đang dùng mặc định)",
        params: IdParams,
        body: DocumentSettingsUpdateSchema,
        response: { 200: DocumentSettingsSchema },
      },
    },
    async (req) => saveDocumentSettings(req.ctx(), req.params.id, req.body),
  );
}
