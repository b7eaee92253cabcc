import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import {
  ANNEX_KINDS,
  type AnnexKind,
  CONTENT_TYPES,
  type ExportFormat,
  exportDelegateList,
} from "./export-service.ts";
import { importDelegateList } from "./import-service.ts";
import { ImportFailureSchema, ImportResultSchema } from "./schemas.ts";
import { readDelegateListUpload } from "./upload.ts";

const Params = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });
const IMPORT_DESCRIPTION = [
  "200: dry run (nothing saved, errors listed) or every row saved in one transaction.",
  "422 IMPORT_INVALID: some row or cell is wrong; nothing saved; `error.details` (and `errors`, kept) name each row and column.",
  "415: not a spreadsheet by its content (.xlsx, .xls and CSV are read; .docx, PDF, corrupt, password refused).",
  "413: larger than UPLOAD_MAX_MB, or a zip bomb (too many parts, too large unpacked, absurd ratio).",
  "400: no `file` part, bad `mapping` JSON. 404 / 403 / 409: the conference's access and status rules.",
].join("\n");

/**
 * A conference's delegate list as files (E3, E4).
 * Import: who may edit the conference (the office, or its unit while draft/returned).
 * Export: who may read it and see personal data (office, council, chairman, its unit).
 */
export async function delegateListRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["conferences"];

  r.post(
    "/api/conferences/:id/delegates/import",
    {
      schema: {
        tags,
        summary:
          "Nhập danh sách đại biểu từ tệp xlsx, xls hoặc csv (multipart: file; tùy chọn mapping JSON, sheetName, headerRow); dryRun=true chỉ kiểm tra",
        description: IMPORT_DESCRIPTION,
        params: Params,
        querystring: z.object({ dryRun: z.stringbool().optional() }),
        response: { 200: ImportResultSchema, 422: ImportFailureSchema },
      },
    },
    async (req) =>
      importDelegateList(
        req.ctx(),
        req.params.id,
        () => readDelegateListUpload(req, deps.config.uploadMaxBytes),
        { dryRun: req.query.dryRun ?? false },
      ),
  );

  for (const format of ["xlsx", "docx"] as ExportFormat[]) {
    r.get(
      `/api/conferences/:id/delegates.${format}`,
      {
        schema: {
          tags,
          summary: `Xuất danh sách trích ngang đại biểu (${format}); kemTheo=TTr|CV|BC khi kèm theo văn bản`,
          params: Params,
          querystring: z.object({
            kemTheo: z.enum(Object.keys(ANNEX_KINDS) as [AnnexKind, ...AnnexKind[]]).optional(),
          }),
        },
      },
      async (req, reply) => {
        const { buffer, filename } = await exportDelegateList(
          req.ctx(),
          req.params.id,
          format,
          req.query.kemTheo,
        );
        return reply
          .header("content-type", CONTENT_TYPES[format])
          .header("content-disposition", attachmentDisposition(filename))
          .header("cache-control", "no-store")
          .send(buffer);
      },
    );
  }
}
