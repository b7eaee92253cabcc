import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ConferenceDetailSchema,
  ReopenSchema,
  ReturnSchema,
  TransitionSchema,
} from "../../../domain/conferences.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { type TransitionName, transition } from "./lifecycle-service.ts";

const IdParams = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });

const ROUTES: { name: TransitionName; summary: string; body: z.ZodType }[] = [
  {
    name: "submit",
    summary: "Nộp hội nghị (đơn vị của mình hoặc Thường trực)",
    body: TransitionSchema.nullish(),
  },
  {
    name: "approve",
    summary: "Duyệt (Thường trực; hội nghị điểm: Hội đồng TĐKT)",
    body: TransitionSchema.nullish(),
  },
  { name: "return", summary: "Trả lại kèm ý kiến", body: ReturnSchema },
  { name: "hold", summary: "Ghi nhận đã tổ chức", body: TransitionSchema.nullish() },
  { name: "close", summary: "Kết thúc hội nghị (Thường trực)", body: TransitionSchema.nullish() },
  { name: "reopen", summary: "Mở lại để sửa, kèm lý do", body: ReopenSchema },
];

/** Lifecycle (issue 3 item 6): one POST per step. */
export async function conferenceLifecycleRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const route of ROUTES) {
    r.post(
      `/api/conferences/:id/${route.name}`,
      {
        schema: {
          tags: ["conferences"],
          summary: route.summary,
          params: IdParams,
          body: route.body,
          response: { 200: ConferenceDetailSchema },
        },
      },
      async (req) =>
        transition(
          req.ctx(),
          req.params.id,
          route.name,
          (req.body ?? {}) as Parameters<typeof transition>[3],
        ),
    );
  }
}
