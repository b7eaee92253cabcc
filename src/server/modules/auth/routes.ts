import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ChangePasswordSchema, LoginSchema, MeSchema } from "../../../domain/auth.ts";
import { RateLimiter } from "../../http/rate-limit.ts";
import {
  type AppDeps,
  clearSessionCookie,
  issueCsrfToken,
  setSessionCookie,
} from "../../http/session-plugin.ts";
import { mfaRoutes } from "./mfa-routes.ts";
import { changePassword, currentUser, login, logout, tooManyAttempts } from "./service.ts";

const Ok = z.object({ ok: z.literal(true) });

export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const { config, db, clock } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  // LOGIN_RATE_LIMIT_PER_MINUTE (default 10) attempts a minute per address and user name:
  // a burst guard in front of the lock.
  const limiter = new RateLimiter(config.loginRateLimitPerMinute, 60_000);

  r.get(
    "/api/auth/csrf",
    {
      config: { access: "public" },
      schema: {
        tags: ["auth"],
        summary: "Mã chống giả mạo (CSRF)",
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (req, reply) => ({ token: issueCsrfToken(config, req, reply) }),
  );

  r.post(
    "/api/auth/login",
    {
      config: { access: "public" },
      schema: { tags: ["auth"], summary: "Đăng nhập", body: LoginSchema, response: { 200: MeSchema } },
    },
    async (req, reply) => {
      const wait = limiter.hit(`${req.ip}|${req.body.username}`);
      if (wait > 0) throw tooManyAttempts(wait);
      const ctx = { db, clock, logger: req.log, actor: null, ip: req.ip, requestId: req.id };
      const { token, actor } = await login(
        ctx,
        req.body,
        {
          idleMinutes: config.sessionIdleMinutes,
          maxHours: config.sessionMaxHours,
          maxFailures: config.loginMaxFailures,
        },
        { userAgent: req.headers["user-agent"] },
      );
      limiter.reset(`${req.ip}|${req.body.username}`);
      setSessionCookie(config, req, reply, token);
      return currentUser(db, actor, config.mfaRequiredRoles);
    },
  );

  r.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Đăng xuất", response: { 200: Ok } } },
    async (req, reply) => {
      await logout(req.ctx(), req.sessionToken!);
      clearSessionCookie(config, req, reply);
      return { ok: true as const };
    },
  );

  r.get(
    "/api/auth/me",
    { schema: { tags: ["auth"], summary: "Người đang đăng nhập", response: { 200: MeSchema } } },
    async (req) => currentUser(db, req.ctx().actor, config.mfaRequiredRoles),
  );

  r.post(
    "/api/auth/password",
    {
      schema: { tags: ["auth"], summary: "Đổi mật khẩu", body: ChangePasswordSchema, response: { 200: Ok } },
    },
    async (req) => {
      await changePassword(req.ctx(), req.body, req.sessionToken!);
      return { ok: true as const };
    },
  );

  await mfaRoutes(app, deps);
}
