/** The office's outbox API (SPEC K4): list, send now, skip, automatic sending on/off. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  OUTBOX_STATUSES,
  OutboxPageSchema,
  OutboxQuerySchema,
  OutboxSettingsInputSchema,
  OutboxSettingsSchema,
} from "../../../domain/notifications.ts";
import type { Mailer } from "./mailer.ts";
import { listOutbox, sendNow, setAutoSend, skipMessage } from "./service.ts";

const tags = ["outbox"];
const IdParams = z.object({ id: z.uuid("Mã thư không hợp lệ") });
const StatusReply = z.object({ status: z.enum(OUTBOX_STATUSES) });

export async function outboxRoutes(app: FastifyInstance, deps: { mailer: Mailer | null }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { mailer } = deps;
  r.get(
    "/api/outbox",
    {
      schema: {
        tags,
        summary: "Hộp thư đi: thư nhắc việc và thông báo gửi qua thư điện tử",
        querystring: OutboxQuerySchema,
        response: { 200: OutboxPageSchema },
      },
    },
    async (req) => listOutbox(req.ctx(), mailer, req.query),
  );
  r.post(
    "/api/outbox/:id/send",
    { schema: { tags, summary: "Gửi ngay một thư", params: IdParams, response: { 200: StatusReply } } },
    async (req) => StatusReply.parse(await sendNow(req.ctx(), mailer, req.params.id)),
  );
  r.post(
    "/api/outbox/:id/skip",
    {
      schema: {
        tags,
        summary: "Bỏ qua một thư (không gửi)",
        params: IdParams,
        response: { 200: StatusReply },
      },
    },
    async (req) => StatusReply.parse(await skipMessage(req.ctx(), req.params.id)),
  );
  r.put(
    "/api/outbox/settings",
    {
      schema: {
        tags,
        summary: "Bật hoặc tắt tự động gửi thư",
        body: OutboxSettingsInputSchema,
        response: { 200: OutboxSettingsSchema },
      },
    },
    async (req) => setAutoSend(req.ctx(), mailer, req.body),
  );
}
