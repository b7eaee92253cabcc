import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UnitImportFailureSchema, UnitImportResultSchema } from "../../../domain/units.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { AppError } from "../../http/errors.ts";
import { exportUnits } from "./export-service.ts";
import { XLSX_TYPE } from "./export-xlsx.ts";
import { importUnits } from "./import-service.ts";
import { requireUnitManager } from "./write-support.ts";

/** Export (office, chairman, council; logged) and import (office) of the unit list as xlsx (B1). */
export async function unitSheetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/units/export.xlsx",
    { schema: { tags, summary: "Xuất danh sách đơn vị (xlsx)" } },
    async (req, reply) => {
      const { buffer, filename } = await exportUnits(req.ctx());
      return reply
        .header("content-type", XLSX_TYPE)
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
      const part = await req.file();
      if (part?.fieldname !== "file") {
        part?.file.resume();
        throw new AppError("BAD_REQUEST", 'Hãy gửi tệp danh sách đơn vị (.xlsx) trong trường "file".');
      }
      const buffer = await part.toBuffer();
      if (buffer.length === 0) throw new AppError("BAD_REQUEST", "Tệp gửi lên rỗng.");
      return importUnits(ctx, { buffer, filename: part.filename }, { dryRun: req.query.dryRun ?? false });
    },
  );
}
