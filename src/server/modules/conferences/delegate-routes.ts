import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DelegateAddSchema,
  DelegateRemoveResultSchema,
  DelegateUpdateSchema,
  DelegateWriteResultSchema,
} from "../../../domain/conferences.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { addDelegate, removeDelegate, updateDelegate } from "./delegates-service.ts";

const DelegateParams = z.object({
  id: z.uuid("Mã hội nghị không hợp lệ"),
  delegateId: z.uuid("Mã đại biểu không hợp lệ"),
});

/** The delegate list (E2): the office and the unit itself. */
export async function conferenceDelegateRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["conferences"];
  r.post(
    "/api/conferences/:id/delegates",
    {
      schema: {
        tags,
        summary: "Thêm đại biểu (người có sẵn, người mới hoặc tập thể)",
        params: z.object({ id: z.uuid("Mã hội nghị không hợp lệ") }),
        body: DelegateAddSchema,
        response: { 201: DelegateWriteResultSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await addDelegate(req.ctx(), req.params.id, req.body)),
  );
  r.patch(
    "/api/conferences/:id/delegates/:delegateId",
    {
      schema: {
        tags,
        summary: "Sửa đại biểu (loại, trạng thái mời / xác nhận / có mặt, chỗ ngồi, ghi chú)",
        params: DelegateParams,
        body: DelegateUpdateSchema,
        response: { 200: DelegateWriteResultSchema },
      },
    },
    async (req) => updateDelegate(req.ctx(), req.params.id, req.params.delegateId, req.body),
  );
  r.delete(
    "/api/conferences/:id/delegates/:delegateId",
    {
      schema: {
        tags,
        summary: "Xóa đại biểu (và khỏi đoàn Chủ tọa)",
        params: DelegateParams,
        response: { 200: DelegateRemoveResultSchema },
      },
    },
    async (req) => removeDelegate(req.ctx(), req.params.id, req.params.delegateId),
  );
}
