import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Actor } from "../../domain/roles.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import { resolveSession } from "../modules/auth/index.ts";
import type { Clock, ServiceContext } from "./context.ts";
import { AppError } from "./errors.ts";

export const SESSION_COOKIE = "thidua_sid";
export const CSRF_COOKIE = "thidua_csrf";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    /** The service context of a signed-in actor; throws 401 when there is none. */
    ctx(): ServiceContext;
  }
  interface FastifyContextConfig {
    /** "public": no sign-in needed. Default: a signed-in user. */
    access?: "public" | "user";
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** What a session that still awaits its second-factor code may do (issue #12 item 3). */
const WHILE_MFA_PENDING = new Set([
  "GET /api/auth/me",
  "GET /api/auth/csrf",
  "POST /api/auth/mfa/verify",
  "POST /api/auth/logout",
]);
/** Enrolling in the second factor (a role that must use it, not yet enrolled). */
const MFA_ENROLMENT = ["GET /api/auth/mfa", "POST /api/auth/mfa/enrol", "POST /api/auth/mfa/confirm"];
/** What a user who must change their password may still do (issue #12 item 2), enrolment too. */
const WHILE_MUST_CHANGE = new Set([
  "GET /api/auth/me",
  "GET /api/auth/csrf",
  "POST /api/auth/password",
  "POST /api/auth/logout",
  ...MFA_ENROLMENT,
]);
/** What a user who must enrol in the second factor may still do; changing the password too. */
const WHILE_MUST_ENROL = new Set([...WHILE_MUST_CHANGE]);

/**
 * The CSRF token of a signed-in browser is bound to its session (issue #12 item 4): an
 * HMAC keyed by the session token, which only that browser holds (httpOnly cookie).
 * Before sign-in, the classic double-submit cookie applies.
 */
export function sessionCsrfToken(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("thidua-csrf").digest("base64url");
}

/** Unsafe requests must come from this site: `Origin` (when sent) names our host; never cross-site. */
function foreignOrigin(req: FastifyRequest): boolean {
  if (req.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = req.headers.origin;
  if (typeof origin !== "string" || origin === "") return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** Cookie names: with `Secure` (behind HTTPS) the `__Host-` prefix pins them to this host and path. */
export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}
function readCookie(req: FastifyRequest, base: string): string | undefined {
  return req.cookies[`__Host-${base}`] ?? req.cookies[base];
}

function sameToken(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/**
 * Sessions (server-side, cookie holds a random token) and CSRF (double-submit:
 * GET /api/auth/csrf sets a cookie and returns the same token, which every
 * state-changing request sends back in `x-csrf-token`).
 */
export const sessionPlugin = fp<{ config: Config; db: Db; clock: Clock }>(async (app, opts) => {
  const { config, db, clock } = opts;
  const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };

  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("ctx", function (this: FastifyRequest): ServiceContext {
    if (!this.actor) throw new AppError("UNAUTHENTICATED");
    return { db, actor: this.actor, clock, logger: this.log, requestId: this.id, ip: this.ip };
  });

  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    const token = readCookie(req, SESSION_COOKIE);
    if (UNSAFE.has(req.method)) {
      if (foreignOrigin(req)) throw new AppError("CSRF");
      const expected = token ? sessionCsrfToken(token) : readCookie(req, CSRF_COOKIE);
      const header = req.headers[CSRF_HEADER];
      if (!expected || typeof header !== "string" || !sameToken(expected, header)) throw new AppError("CSRF");
    }
    if (token) {
      req.actor = await resolveSession(db, token, clock.now(), policy);
      req.sessionToken = req.actor ? token : null;
    }
    // The OpenAPI document and its viewer are public: they describe the API, they hold no data.
    const docs = req.url === "/api/docs" || req.url.startsWith("/api/docs/");
    const access = docs ? "public" : (req.routeOptions.config?.access ?? "user");
    if (access !== "public" && !req.actor && req.routeOptions.url) throw new AppError("UNAUTHENTICATED");
    const route = `${req.method} ${req.routeOptions.url}`;
    if (access !== "public" && req.actor?.mfaPending && !WHILE_MFA_PENDING.has(route)) {
      throw new AppError("MFA_REQUIRED");
    }
    if (req.actor?.mustChangePassword && !WHILE_MUST_CHANGE.has(route)) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED");
    }
    // The office and the chairman (MFA_REQUIRED_ROLES) enrol before any other route answers.
    if (
      access !== "public" &&
      req.actor &&
      !req.actor.mfaEnabled &&
      config.mfaRequiredRoles.includes(req.actor.role) &&
      !WHILE_MUST_ENROL.has(route)
    ) {
      throw new AppError("MFA_ENROLMENT_REQUIRED");
    }
  });
});

export function cookieOptions(config: Config, req: FastifyRequest) {
  const secure = config.cookieSecure ?? req.protocol === "https";
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
}

/** The token to send back in `x-csrf-token`: bound to the session, or a double-submit cookie before sign-in. */
export function issueCsrfToken(config: Config, req: FastifyRequest, reply: FastifyReply): string {
  const session = readCookie(req, SESSION_COOKIE);
  if (session) return sessionCsrfToken(session);
  const existing = readCookie(req, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/u.test(existing)) return existing;
  const token = randomBytes(32).toString("base64url");
  const opts = cookieOptions(config, req);
  reply.setCookie(cookieName(CSRF_COOKIE, opts.secure), token, { ...opts, sameSite: "strict" });
  return token;
}

export function setSessionCookie(config: Config, req: FastifyRequest, reply: FastifyReply, token: string) {
  const opts = cookieOptions(config, req);
  reply.setCookie(cookieName(SESSION_COOKIE, opts.secure), token, {
    ...opts,
    maxAge: config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(config: Config, req: FastifyRequest, reply: FastifyReply) {
  const opts = cookieOptions(config, req);
  reply.clearCookie(cookieName(SESSION_COOKIE, opts.secure), opts);
}

export type AppDeps = { config: Config; db: Db; clock: Clock };
export type RegisterRoutes = (app: FastifyInstance, deps: AppDeps) => Promise<void> | void;
