import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import type { Database } from "./db/client.ts";
import { type Clock, systemClock } from "./http/context.ts";
import { registerErrorHandler } from "./http/error-handler.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { registerSecurityLog } from "./http/security-log.ts";
import { parsingSerializerCompiler } from "./http/serializer.ts";
import { type AppDeps, sessionPlugin } from "./http/session-plugin.ts";
import { registerDrainAndPressure } from "./http/shutdown.ts";
import { startBackgroundJobs } from "./jobs.ts";
import { type Mailer, smtpMailer } from "./modules/outbox/index.ts";
import { registerRoutes } from "./routes.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Every API route, as "METHOD /path", for the permission-matrix test. */
    apiRoutes: string[];
  }
}

export type BuildOptions = {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Where logs go (default stdout); tests pass a stream to read them. */
  logStream?: NodeJS.WritableStream;
  /** Replaces the SMTP mailer built from config (tests). */
  mailer?: Mailer | null;
};

/** Passwords, cookies and tokens never reach the logs. */
export const LOG_REDACT = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.newPassword",
  "*.currentPassword",
  "*.passwordHash",
  "*.token",
];

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = opts;
  const clock = opts.clock ?? systemClock;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: LOG_REDACT, censor: "[ẩn]" },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    requestIdHeader: "x-request-id",
    // During a shutdown our own hook answers 503 with Retry-After (http/shutdown.ts, issue #12 item 5);
    // idle keep-alive connections are closed at once, busy ones when their answer has left.
    return503OnClosing: false,
    forceCloseConnections: "idle",
    // A client that sends its headers or body too slowly is cut off (issue #12 item 5):
    // the whole request must arrive within REQUEST_TIMEOUT_SECONDS (default two minutes).
    // Node checks the limit every `connectionsCheckingInterval` (30 s by default): check often enough.
    serverFactory: (handler) =>
      http.createServer(
        {
          requestTimeout: config.requestTimeoutMs,
          connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.requestTimeoutMs / 4)),
        },
        handler,
      ),
    // Tests stay quiet; health checks from load balancers would flood the logs.
    logController: new LogController({
      disableRequestLogging: (req) => config.env === "test" || req.url === "/api/health",
    }),
  });
  const apiRoutes: string[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs")) return;
    for (const m of [route.method].flat()) if (m !== "HEAD") apiRoutes.push(`${m} ${route.url}`);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(parsingSerializerCompiler);
  registerErrorHandler(app);
  await registerDrainAndPressure(app, config);
  registerSecurityLog(app, { db: database.db, clock });
  // API answers carry personal data (names, birth years, ethnicity): never kept by a browser
  // or proxy cache (issue #12 item 8). Files set their own headers after this hook's default.
  app.addHook("onRequest", async (req, reply) => {
    if (req.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });

  // JSON and the web's files go out compressed (issue #11 item 2); brotli at a level
  // cheap enough to run per request, gzip for older clients.
  await app.register(compress, {
    threshold: 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  await app.register(cookie);
  await app.register(helmet, {
    // Works over plain HTTP on a LAN address too: no HSTS, no upgrade of requests.
    hsts: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(multipart, {
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 20, parts: 25 },
  });
  await registerOpenApi(app);

  const deps: AppDeps = { config, db: database.db, clock };
  await app.register(sessionPlugin, deps);
  const mailer =
    opts.mailer !== undefined
      ? opts.mailer
      : config.smtpUrl
        ? smtpMailer(config.smtpUrl, config.smtpFrom)
        : null;
  app.addHook("onClose", async () => mailer?.close());
  await registerRoutes(app, { ...deps, database, mailer });
  startBackgroundJobs(app, config, { db: database.db, clock, logger: app.log }, mailer);
  await registerWeb(app, config);
  return app;
}

/**
 * Serves the built web app (dist/web): a file that exists at request time, else index.html
 * for the client's routes. Files are looked up per request, so a rebuild needs no restart.
 * Hashed assets are cached for a year; index.html is revalidated every time.
 */
async function registerWeb(app: FastifyInstance, config: Config) {
  const root = config.webDistDir;
  if (!fs.existsSync(path.join(root, "index.html"))) return;
  await app.register(fastifyStatic, { root, serve: false });
  app.get("/*", { config: { access: "public" }, schema: { hide: true } }, async (req, reply) => {
    const urlPath = req.url.split("?")[0] ?? "/";
    if (urlPath.startsWith("/api/")) {
      return reply.code(404).send({ error: { code: "NOT_FOUND", message: "Không tìm thấy." } });
    }
    const rel = webFile(root, urlPath);
    if (rel) {
      return rel.startsWith("assets/")
        ? reply.sendFile(rel, { maxAge: "365d", immutable: true })
        : reply.sendFile(rel);
    }
    reply.header("cache-control", "no-cache");
    return reply.type("text/html; charset=utf-8").sendFile("index.html", { cacheControl: false });
  });
}

/** The file under `root` a URL path names, when it exists; null otherwise (and for any escape). */
export function webFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = path.posix.normalize(decoded).replace(/^\/+/u, "");
  if (!rel || rel.startsWith("..") || rel.includes("\0")) return null;
  const abs = path.resolve(root, rel);
  if (!abs.startsWith(root + path.sep)) return null;
  return fs.statSync(abs, { throwIfNoEntry: false })?.isFile() ? rel : null;
}
