/**
 * The one place that writes the security log (issue #12 item 7): an `onError` hook, which
 * sees every error a route or hook throws (its status: the error table's). The failed
 * request's transaction (if any) has
 * already rolled back, so the row is written on its own, outside it; a failure to write it
 * is logged and never changes the answer.
 */
import type { FastifyInstance } from "fastify";
import { securityEventKind } from "../../domain/security-events.ts";
import type { Db } from "../db/client.ts";
import { securityEvents } from "../db/schema/index.ts";
import type { Clock } from "./context.ts";
import { AppError } from "./errors.ts";

const SIGN_IN_ROUTES = new Set(["/api/auth/login"]);

/** The user name tried at sign-in (also unknown ones), else the signed-in user's. */
function usernameOf(body: unknown, route: string | undefined, actorName: string | undefined) {
  if (route && SIGN_IN_ROUTES.has(route)) {
    const tried = (body as { username?: unknown } | undefined)?.username;
    if (typeof tried === "string") return tried.trim().toLowerCase().slice(0, 100);
  }
  return actorName ?? null;
}

export function registerSecurityLog(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  app.addHook("onError", async (req, reply, err) => {
    if (!req.url.startsWith("/api/")) return;
    const status = err instanceof AppError ? err.status : (err.statusCode ?? reply.statusCode);
    const code = err instanceof AppError ? err.code : `HTTP_${status}`;
    const route = req.routeOptions.url;
    const kind = securityEventKind({
      status,
      code,
      matchedRoute: Boolean(route),
      signedIn: Boolean(req.actor),
    });
    if (!kind) return;
    try {
      await deps.db.insert(securityEvents).values({
        occurredAt: deps.clock.now(),
        kind,
        userId: req.actor?.userId ?? null,
        username: usernameOf(req.body, route, req.actor?.username),
        ip: req.ip ?? null,
        method: req.method,
        route: (req.url.split("?")[0] ?? req.url).slice(0, 300),
        status,
        code,
      });
    } catch (e) {
      req.log.error({ err: e }, "security log: could not record the event");
    }
  });
}
