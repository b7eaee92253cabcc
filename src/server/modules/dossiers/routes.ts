/**
 * Dossiers (G1–G4, plan II.3.3). Reads: office, Council, chairman (every unit), a unit
 * user (its own; another unit's → 404). The unit writes its own (`/mine/…`); the office
 * accepts or returns items.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DossierGenerateSchema,
  DossierListQuerySchema,
  DossierListSchema,
  DossierReviewSchema,
  DossierSchema,
  DossierSubmitSchema,
  DossierUploadQuerySchema,
} from "../../../domain/dossiers.ts";
import { AppError } from "../../http/errors.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { requireUnitUser } from "./policy.ts";
import { getDossier, listDossiers } from "./read-service.ts";
import { reviewItem } from "./review-service.ts";
import { generateItem, removeItem, submitItems, uploadItem } from "./unit-service.ts";

const tags = ["dossiers"];
const one = { 200: DossierSchema };
const ItemParams = z.object({ id: z.uuid("Mã mục hồ sơ không hợp lệ") });
const UnitParams = z.object({ unitId: z.uuid("Mã đơn vị không hợp lệ") });

export async function dossierRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/dossiers",
    {
      schema: {
        tags,
        summary: "Hồ sơ của các đơn vị: đủ / thiếu, đúng hạn / muộn (phân trang)",
        querystring: DossierListQuerySchema,
        response: { 200: DossierListSchema },
      },
    },
    async (req) => listDossiers(req.ctx(), req.query),
  );

  r.get(
    "/api/dossiers/units/:unitId",
    { schema: { tags, summary: "Hồ sơ của một đơn vị", params: UnitParams, response: one } },
    async (req) => getDossier(req.ctx(), req.params.unitId),
  );

  r.post(
    "/api/dossiers/mine/files",
    {
      schema: {
        tags,
        summary: "Tải lên tệp cho một mục hồ sơ (PDF, Word, Excel, ảnh; trường multipart 'file')",
        querystring: DossierUploadQuerySchema,
        response: one,
      },
    },
    async (req) => {
      const ctx = req.ctx();
      requireUnitUser(ctx);
      const part = await req.file();
      if (part?.fieldname !== "file") {
        part?.file.resume();
        throw new AppError("BAD_REQUEST", 'Hãy gửi tệp hồ sơ trong trường "file".');
      }
      return uploadItem(ctx, req.query, { buffer: await part.toBuffer(), filename: part.filename });
    },
  );

  r.post(
    "/api/dossiers/mine/generate",
    {
      schema: {
        tags,
        summary: "Tạo dự thảo văn bản (Word) cho một mục hồ sơ",
        body: DossierGenerateSchema,
        response: one,
      },
    },
    async (req) => generateItem(req.ctx(), req.body),
  );

  r.post(
    "/api/dossiers/mine/submit",
    { schema: { tags, summary: "Gửi các mục hồ sơ đã chọn", body: DossierSubmitSchema, response: one } },
    async (req) => submitItems(req.ctx(), req.body),
  );

  r.delete(
    "/api/dossiers/items/:id",
    {
      schema: {
        tags,
        summary: "Bỏ một mục hồ sơ chưa gửi",
        params: ItemParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: one,
      },
    },
    async (req) => removeItem(req.ctx(), req.params.id, req.query.version),
  );

  for (const [path, decision, summary] of [
    ["accept", "accepted", "Chấp nhận mục hồ sơ"],
    ["return", "returned", "Trả lại mục hồ sơ kèm ý kiến"],
  ] as const) {
    r.post(
      `/api/dossiers/items/:id/${path}`,
      { schema: { tags, summary, params: ItemParams, body: DossierReviewSchema, response: one } },
      async (req) => reviewItem(req.ctx(), req.params.id, decision, req.body),
    );
  }
}
