import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  SecurityAlertsQuerySchema,
  SecurityAlertsSchema,
  SecurityEventPageSchema,
  SecurityEventQuerySchema,
} from "../../../domain/security-events.ts";
import { forbidden } from "../../http/errors.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { securityLogPolicy } from "./policy.ts";
import { ALERT_LOOKBACK_HOURS, listSecurityEvents, securityAlerts } from "./queries.ts";

const tags = ["security"];
const DENIED = "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được xem nhật ký an ninh.";

export async function securityLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const { config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/security-events",
    {
      schema: {
        tags,
        summary: "Nhật ký an ninh (yêu cầu bị từ chối, đăng nhập sai…)",
        querystring: SecurityEventQuerySchema,
        response: { 200: SecurityEventPageSchema },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      if (!securityLogPolicy.canBrowse(ctx.actor)) throw forbidden(DENIED);
      return listSecurityEvents(ctx.db, req.query);
    },
  );
  r.get(
    "/api/security-events/alerts",
    {
      schema: {
        tags,
        summary:
          "Cảnh báo: nhiều yêu cầu bị từ chối từ một người hoặc một địa chỉ (phân trang, lớn nhất trước)",
        querystring: SecurityAlertsQuerySchema,
        response: { 200: SecurityAlertsSchema },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      if (!securityLogPolicy.canBrowse(ctx.actor)) throw forbidden(DENIED);
      const opts = {
        threshold: config.securityAlertThreshold,
        windowMinutes: config.securityAlertWindowMinutes,
      };
      const { page, limit } = req.query;
      const found = await securityAlerts(ctx.db, ctx.clock.now(), opts, { page, limit });
      return { ...opts, lookbackHours: ALERT_LOOKBACK_HOURS, ...found, page, limit };
    },
  );
}
