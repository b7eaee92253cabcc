/** The bell's API (SPEC K4): every signed-in user reads and marks only their own notifications. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotificationPageSchema, PageQuerySchema } from "../../../domain/notifications.ts";
import { listMyNotifications, markAllRead, markRead } from "./service.ts";

const tags = ["notifications"];
const IdParams = z.object({ id: z.uuid("Mã thông báo không hợp lệ") });

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/notifications",
    {
      schema: {
        tags,
        summary: "Thông báo của tôi (mới nhất trước), kèm số chưa đọc",
        querystring: PageQuerySchema,
        response: { 200: NotificationPageSchema },
      },
    },
    async (req) => listMyNotifications(req.ctx(), req.query),
  );
  r.post(
    "/api/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Đánh dấu một thông báo đã đọc",
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await markRead(req.ctx(), req.params.id);
      return reply.code(204).send(null);
    },
  );
  r.post(
    "/api/notifications/read-all",
    {
      schema: {
        tags,
        summary: "Đánh dấu mọi thông báo đã đọc",
        response: { 200: z.object({ marked: z.number().int() }) },
      },
    },
    async (req) => markAllRead(req.ctx()),
  );
}
