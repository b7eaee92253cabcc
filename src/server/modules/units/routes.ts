import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageOf } from "../../../domain/paging.ts";
import {
  UnitInputSchema,
  UnitListQuerySchema,
  UnitMoveSchema,
  UnitSchema,
  UnitUpdateSchema,
} from "../../../domain/units.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { unitKindRoutes } from "./kinds-routes.ts";
import { getUnit, listVisibleUnits } from "./service.ts";
import { unitSheetRoutes } from "./sheet-routes.ts";
import { createUnit, deleteUnit, moveUnit, setUnitActive, updateUnit } from "./write-service.ts";

const IdParams = z.object({ id: z.uuid("Mã đơn vị không hợp lệ") });
const VersionBody = z.object({ version: z.number().int().min(1) });

/**
 * Units (B1, M1). Reads: every signed-in role, a unit user only its own unit
 * (404 for others). Writes, kinds, clusters and import: the office only.
 */
export async function unitRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["units"];

  r.get(
    "/api/units",
    {
      schema: {
        tags,
        summary: "Danh sách đơn vị được xem (từng trang, lọc theo tên, loại, đơn vị cấp trên)",
        querystring: UnitListQuerySchema,
        response: { 200: pageOf(UnitSchema) },
      },
    },
    async (req) => listVisibleUnits(req.ctx(), req.query),
  );

  r.get(
    "/api/units/:id",
    { schema: { tags, summary: "Một đơn vị", params: IdParams, response: { 200: UnitSchema } } },
    async (req) => getUnit(req.ctx(), req.params.id),
  );

  r.post(
    "/api/units",
    { schema: { tags, summary: "Thêm đơn vị", body: UnitInputSchema, response: { 201: UnitSchema } } },
    async (req, reply) => reply.code(201).send(await createUnit(req.ctx(), req.body)),
  );

  r.patch(
    "/api/units/:id",
    {
      schema: {
        tags,
        summary: "Sửa đơn vị",
        params: IdParams,
        body: UnitUpdateSchema,
        response: { 200: UnitSchema },
      },
    },
    async (req) => updateUnit(req.ctx(), req.params.id, req.body),
  );

  r.post(
    "/api/units/:id/move",
    {
      schema: {
        tags,
        summary: "Chuyển đơn vị sang đơn vị cấp trên khác",
        params: IdParams,
        body: UnitMoveSchema,
        response: { 200: UnitSchema },
      },
    },
    async (req) => moveUnit(req.ctx(), req.params.id, req.body),
  );

  r.post(
    "/api/units/:id/deactivate",
    {
      schema: {
        tags,
        summary: "Ngừng hoạt động đơn vị",
        params: IdParams,
        body: VersionBody,
        response: { 200: UnitSchema },
      },
    },
    async (req) => setUnitActive(req.ctx(), req.params.id, false, req.body.version),
  );

  r.post(
    "/api/units/:id/activate",
    {
      schema: {
        tags,
        summary: "Kích hoạt lại đơn vị",
        params: IdParams,
        body: VersionBody,
        response: { 200: UnitSchema },
      },
    },
    async (req) => setUnitActive(req.ctx(), req.params.id, true, req.body.version),
  );

  r.delete(
    "/api/units/:id",
    { schema: { tags, summary: "Xóa hẳn đơn vị chưa có dữ liệu", params: IdParams } },
    async (req, reply) => {
      await deleteUnit(req.ctx(), req.params.id);
      return reply.code(204).send();
    },
  );

  await unitKindRoutes(app);
  await unitSheetRoutes(app, deps);
}
