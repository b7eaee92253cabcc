/**
 * Clean shutdown and load shedding (issue #12 item 5).
 *
 * On SIGTERM/SIGINT the server stops accepting connections, lets the requests in flight finish
 * (at most SHUTDOWN_GRACE_SECONDS), answers any new request that still reaches it on an open
 * keep-alive connection with 503 + Retry-After + Connection: close, closes the database, writes a
 * last log line and flushes the log before the process exits.
 *
 * When the event loop lags (mean delay above EVENT_LOOP_MAX_DELAY_MS), @fastify/under-pressure
 * answers new requests 503 + Retry-After instead of queueing them behind the slow ones.
 */
import underPressure, { type FastifyUnderPressureOptions } from "@fastify/under-pressure";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { AppError, errorBody } from "./errors.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** True from the moment a shutdown starts: new requests are turned away. */
    draining: { on: boolean };
  }
}

type PressureHandler = NonNullable<FastifyUnderPressureOptions["pressureHandler"]>;

/** Seconds a client is told to wait during a shutdown (a restart usually takes a few). */
export const DRAIN_RETRY_AFTER_SECONDS = 5;
/** Seconds a client is told to wait when the server is overloaded. */
export const PRESSURE_RETRY_AFTER_SECONDS = 10;

/**
 * Prepares a 503 with Retry-After and returns its body. Serialized here, not by the route's
 * response schema (a route such as /api/health has its own 503 shape).
 */
function unavailable(reply: FastifyReply, message: string, retryAfterSeconds: number) {
  reply
    .code(503)
    .header("retry-after", String(retryAfterSeconds))
    .type("application/json; charset=utf-8")
    .serializer(JSON.stringify);
  return errorBody(new AppError("UNAVAILABLE", message));
}

/** Registers the drain state and its hooks; call first, before any other onRequest hook. */
export async function registerDrainAndPressure(app: FastifyInstance, config: Config): Promise<void> {
  const draining = { on: false };
  app.decorate("draining", draining);
  app.addHook("onRequest", async (_req, reply) => {
    if (!draining.on) return;
    const body = unavailable(
      reply,
      "Máy chủ đang khởi động lại, vui lòng thử lại sau ít giây.",
      DRAIN_RETRY_AFTER_SECONDS,
    );
    return reply.header("connection", "close").send(body);
  });
  // Answers that leave during a shutdown close their connection: the client's next request
  // opens a new one, to the next server.
  app.addHook("onSend", async (_req, reply) => {
    if (draining.on) reply.header("connection", "close");
  });
  if (config.eventLoopMaxDelayMs > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: config.eventLoopMaxDelayMs,
      // 503, Retry-After and our error shape. The plugin sends a value the handler returns
      // (its index.js: `else reply.send(result)`), which its types do not say.
      pressureHandler: ((_req: FastifyRequest, reply: FastifyReply) =>
        unavailable(
          reply,
          "Hệ thống đang quá tải, vui lòng thử lại sau ít giây.",
          PRESSURE_RETRY_AFTER_SECONDS,
        )) as unknown as PressureHandler,
    });
  }
}

export type ShutdownOptions = {
  app: FastifyInstance;
  database: Database;
  graceMs: number;
  signal: string;
};

/**
 * Drains and stops; resolves with the exit code (0 when every request in flight finished in
 * time, 1 when some had to be cut). Never throws.
 */
export async function drainAndClose({ app, database, graceMs, signal }: ShutdownOptions): Promise<number> {
  const started = Date.now();
  app.draining.on = true;
  app.log.info({ signal, graceMs }, "đang dừng máy chủ: không nhận kết nối mới, chờ các yêu cầu đang xử lý");
  let code = 0;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), graceMs);
  });
  // app.close() stops listening, closes idle keep-alive connections and waits for the rest.
  const closing = app.close().then(
    () => "closed" as const,
    (err: unknown) => {
      app.log.error({ err }, "lỗi khi dừng máy chủ web");
      code = 1;
      return "closed" as const;
    },
  );
  if ((await Promise.race([closing, timedOut])) === "timeout") {
    app.log.warn({ graceMs }, "hết thời gian chờ: cắt các kết nối còn lại");
    app.server.closeAllConnections();
    code = 1;
    await closing;
  }
  clearTimeout(timer);
  try {
    await database.close();
  } catch (err) {
    app.log.error({ err }, "lỗi khi đóng cơ sở dữ liệu");
    code = 1;
  }
  app.log.info({ signal, ms: Date.now() - started, exitCode: code }, "đã dừng máy chủ");
  await new Promise<void>((resolve) => {
    // pino: write out whatever is still buffered before the process exits.
    const flush = (app.log as { flush?: (cb?: (err?: Error) => void) => void }).flush;
    if (typeof flush !== "function") return resolve();
    try {
      flush.call(app.log, () => resolve());
    } catch {
      resolve();
    }
  });
  return code;
}
