import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UnitImportFailureSchema, UnitImportResultSchema } from "../../../domain/units.ts";
import { XLSX } from "../../files/file-types.ts";
import { readUpload } from "../../files/multipart.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { exportUnits } from "./export-service.ts";
import { importUnits } from "./import-service.ts";
import { requireUnitManager } from "./write-support.ts";

/** Export (office, chairman, council; logged) and import (office) of the unit list as xlsx (B1). */
export async function unitSheetRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/units/export.xlsx",
    { schema: { tags, summary: "Xuất danh sách đơn vị (xlsx)" } },
    async (req, reply) => {
      const { buffer, filename } = await exportUnits(req.ctx());
      return reply
        .header("content-type", XLSX.mime)
        .header("content-disposition", attachmentDisposition(filename))
        .header("cache-control", "no-store")
        .send(buffer);
    },
  );

  r.post(
    "/api/units/import",
    {
      schema: {
        tags,
        summary: "Nhập danh sách đơn vị từ tệp xlsx (trường multipart 'file'); dryRun=true chỉ kiểm tra",
        querystring: z.object({ dryRun: z.stringbool().optional() }),
        response: { 200: UnitImportResultSchema, 422: UnitImportFailureSchema },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      requireUnitManager(ctx);
      const { buffer, filename } = await readUpload(req, {
        what: "tệp danh sách đơn vị (.xlsx)",
        maxBytes: deps.config.uploadMaxBytes,
      });
      return importUnits(ctx, { buffer, filename }, { dryRun: req.query.dryRun ?? false });
    },
  );
}
