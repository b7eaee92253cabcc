/** Second factor routes (issue #12 item 3): status, enrolment, the code step of sign-in. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { MeSchema } from "../../../domain/auth.ts";
import {
  MfaCodeSchema,
  MfaEnrolmentSchema,
  MfaStatusSchema,
  RecoveryCodesSchema,
} from "../../../domain/mfa.ts";
import { type AppDeps, setSessionCookie } from "../../http/session-plugin.ts";
import { mfaKey } from "./mfa-crypto.ts";
import {
  confirmEnrolment,
  type MfaSettings,
  mfaStatus,
  startEnrolment,
  verifySignIn,
} from "./mfa-service.ts";
import { currentUser } from "./service.ts";

const tags = ["auth"];

export async function mfaRoutes(app: FastifyInstance, deps: AppDeps) {
  const { config, db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = (): MfaSettings => ({
    key: mfaKey(config),
    requiredRoles: config.mfaRequiredRoles,
    maxFailures: config.loginMaxFailures,
    session: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
  });

  r.get(
    "/api/auth/mfa",
    {
      schema: { tags, summary: "Trạng thái xác thực hai lớp của tôi", response: { 200: MfaStatusSchema } },
    },
    async (req) => mfaStatus(req.ctx(), config.mfaRequiredRoles),
  );

  r.post(
    "/api/auth/mfa/enrol",
    {
      schema: {
        tags,
        summary: "Bắt đầu bật xác thực hai lớp (mã QR)",
        response: { 200: MfaEnrolmentSchema },
      },
    },
    async (req) => startEnrolment(req.ctx(), settings().key),
  );

  r.post(
    "/api/auth/mfa/confirm",
    {
      schema: {
        tags,
        summary: "Xác nhận bật xác thực hai lớp bằng mã đầu tiên",
        body: MfaCodeSchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (req) => confirmEnrolment(req.ctx(), req.body.code, settings()),
  );

  r.post(
    "/api/auth/mfa/verify",
    {
      schema: {
        tags,
        summary: "Nhập mã xác thực hai lớp khi đăng nhập",
        body: MfaCodeSchema,
        response: { 200: MeSchema },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx();
      const token = await verifySignIn(ctx, req.body.code, req.sessionToken!, settings(), {
        userAgent: req.headers["user-agent"],
      });
      setSessionCookie(config, req, reply, token);
      return currentUser(db, { userId: ctx.actor.userId, mfaPending: false }, config.mfaRequiredRoles);
    },
  );
}
