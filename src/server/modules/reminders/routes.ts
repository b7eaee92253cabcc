/** Reminders (SPEC K4): the plan's reminder policy, and a manual run for the office. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ReminderPolicyInputSchema, ReminderPolicyViewSchema } from "../../../domain/reminders.ts";
import { getReminderPolicy, runRemindersNow, setReminderPolicy } from "./policy-service.ts";

const tags = ["reminders"];
const IdParams = z.object({ id: z.uuid("Mã kế hoạch không hợp lệ") });
const PolicyView = z.object({ policy: ReminderPolicyViewSchema, version: z.number().int() });

export async function reminderRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/plans/:id/reminder-policy",
    {
      schema: {
        tags,
        summary: "Lịch nhắc việc của kế hoạch",
        params: IdParams,
        response: { 200: PolicyView },
      },
    },
    async (req) => getReminderPolicy(req.ctx(), req.params.id),
  );
  r.put(
    "/api/plans/:id/reminder-policy",
    {
      schema: {
        tags,
        summary: "Sửa lịch nhắc việc của kế hoạch",
        params: IdParams,
        body: ReminderPolicyInputSchema,
        response: { 200: PolicyView },
      },
    },
    async (req) => setReminderPolicy(req.ctx(), req.params.id, req.body),
  );
  r.post(
    "/api/reminders/run",
    {
      schema: {
        tags,
        summary: "Chạy nhắc việc ngay (không chờ lần chạy định kỳ)",
        response: { 200: z.object({ notified: z.number().int(), emailed: z.number().int() }) },
      },
    },
    async (req) => runRemindersNow(req.ctx()),
  );
}
