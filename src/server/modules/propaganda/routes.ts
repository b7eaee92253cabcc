/**
 * Propaganda (SPEC J1): tasks (paged; the culture office creates, the unit or the office
 * moves the status), the log of items (paged, by month; a file for an item), the month's
 * counts per channel, kind and unit, and the monthly report as NĐ 30 docx.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CountsSchema,
  ItemInputSchema,
  ItemListQuerySchema,
  ItemPageSchema,
  ItemSchema,
  MonthQuerySchema,
  TaskInputSchema,
  TaskListQuerySchema,
  TaskPageSchema,
  TaskSchema,
  TaskStatusInputSchema,
} from "../../../domain/propaganda.ts";
import { DOCX } from "../../files/file-types.ts";
import { readUpload } from "../../files/multipart.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { countsOf, itemsPage, logItem, uploadItemFile } from "./item-service.ts";
import { monthlyReport } from "./report.ts";
import { createTask, setTaskStatus, tasksPage } from "./task-service.ts";

const tags = ["propaganda"];
const Params = z.object({ id: z.uuid("Mã nhiệm vụ không hợp lệ") });

export async function propagandaRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/propaganda/tasks",
    {
      schema: {
        tags,
        summary: "Nhiệm vụ tuyên truyền (phân trang)",
        querystring: TaskListQuerySchema,
        response: { 200: TaskPageSchema },
      },
    },
    async (req) => tasksPage(req.ctx(), req.query),
  );
  r.post(
    "/api/propaganda/tasks",
    {
      schema: {
        tags,
        summary: "Giao nhiệm vụ tuyên truyền",
        body: TaskInputSchema,
        response: { 201: TaskSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createTask(req.ctx(), req.body)),
  );
  r.post(
    "/api/propaganda/tasks/:id/status",
    {
      schema: {
        tags,
        summary: "Cập nhật tiến độ nhiệm vụ",
        params: Params,
        body: TaskStatusInputSchema,
        response: { 200: TaskSchema },
      },
    },
    async (req) => setTaskStatus(req.ctx(), req.params.id, req.body),
  );
  r.get(
    "/api/propaganda/items",
    {
      schema: {
        tags,
        summary: "Tin bài tuyên truyền (phân trang, theo tháng)",
        querystring: ItemListQuerySchema,
        response: { 200: ItemPageSchema },
      },
    },
    async (req) => itemsPage(req.ctx(), req.query),
  );
  r.post(
    "/api/propaganda/items",
    {
      schema: {
        tags,
        summary: "Ghi một tin bài tuyên truyền",
        body: ItemInputSchema,
        response: { 201: ItemSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await logItem(req.ctx(), req.body)),
  );
  r.post(
    "/api/propaganda/files",
    {
      schema: {
        tags,
        summary: "Tải tệp của tin bài (PDF, Word, ảnh, video MP4; trường multipart 'file')",
        response: {
          201: z.object({ fileId: z.uuid(), name: z.string(), mime: z.string(), size: z.number().int() }),
        },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await uploadItemFile(req.ctx(), () => readUpload(req, { what: "tệp của tin bài" }))),
  );
  r.get(
    "/api/propaganda/counts",
    {
      schema: {
        tags,
        summary: "Số tin bài trong tháng theo kênh, loại, đơn vị",
        querystring: MonthQuerySchema,
        response: { 200: CountsSchema },
      },
    },
    async (req) => countsOf(req.ctx(), req.query.month),
  );
  r.get(
    "/api/propaganda/report.docx",
    { schema: { tags, summary: "Báo cáo tuyên truyền tháng (docx, NĐ 30)", querystring: MonthQuerySchema } },
    async (req, reply) => {
      const { buffer, filename } = await monthlyReport(req.ctx(), req.query.month);
      return reply
        .header("content-type", DOCX.mime)
        .header("content-disposition", attachmentDisposition(filename))
        .header("cache-control", "no-store")
        .send(buffer);
    },
  );
}
