/**
 * Background work of the server (SPEC K4): the reminder run, the outbox sender, the security
 * log purge, personal data retention (issue #12 items 7, 8) and abandoned uploads (staged files
 * never linked, ADR 0008: at start, then every quarter of an hour), each a
 * plain function over a JobContext, started on an interval by buildApp and stopped on close.
 * Off in tests unless a test asks (config.backgroundJobs).
 */
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import type { Clock } from "./http/context.ts";
import { cleanStagedFiles } from "./modules/files/index.ts";
import type { Mailer } from "./modules/outbox/index.ts";
import { sendDueOutbox } from "./modules/outbox/index.ts";
import { runReminders } from "./modules/reminders/index.ts";
import { runRetention } from "./modules/retention/index.ts";
import { purgeSecurityEvents } from "./modules/security-log/index.ts";

/** What a job receives: no actor (the system acts), a clock and a logger. */
export type JobContext = { db: Db; clock: Clock; logger: FastifyBaseLogger };

export function startBackgroundJobs(
  app: FastifyInstance,
  config: Config,
  ctx: JobContext,
  mailer: Mailer | null,
) {
  if (!config.backgroundJobs) return;
  const every = (ms: number, what: string, job: () => Promise<unknown>, atStart = false) => {
    let running = false;
    const run = () => {
      if (running) return;
      running = true;
      job()
        .catch((err) => ctx.logger.error({ err }, what))
        .finally(() => {
          running = false;
        });
    };
    const timer = setInterval(run, ms);
    timer.unref();
    if (atStart) setImmediate(run);
    return timer;
  };
  const timers = [
    every(config.reminderIntervalMinutes * 60_000, "nhắc việc thất bại", () => runReminders(ctx)),
    every(config.outboxIntervalSeconds * 1000, "gửi thư thất bại", () => sendDueOutbox(ctx, mailer)),
    // Security log retention (issue #12 item 7): events older than SECURITY_EVENT_RETENTION_DAYS go.
    every(6 * 3600_000, "dọn nhật ký an ninh thất bại", () =>
      purgeSecurityEvents(ctx.db, ctx.clock.now(), config.securityEventRetentionDays),
    ),
    // Personal data retention (issue #12 item 8): closed plans' people past PERSONAL_DATA_RETENTION_DAYS.
    every(6 * 3600_000, "ẩn danh dữ liệu cá nhân thất bại", async () => {
      const r = await runRetention(ctx, config.personalDataRetentionDays);
      if (r.people > 0) ctx.logger.info(r, "đã ẩn danh dữ liệu cá nhân của kế hoạch đã kết thúc");
    }),
    // Uploads staged but never linked (a failed write, a crash): gone after an hour (ADR 0008).
    every(
      15 * 60_000,
      "dọn tệp tải lên dở thất bại",
      async () => {
        const n = await cleanStagedFiles(ctx.db, ctx.clock.now());
        if (n > 0) ctx.logger.info({ files: n }, "đã xóa tệp tải lên dở không được lưu");
      },
      true,
    ),
  ];
  app.addHook("onClose", async () => {
    for (const t of timers) clearInterval(t);
  });
}
