/**
 * The outbox sender (SPEC K4; ADR 0004). Each message is claimed with
 * `SELECT … FOR UPDATE SKIP LOCKED` inside its own transaction, sent, and marked sent before
 * the lock is released: two servers never send the same message, and a message written by a
 * transaction that rolled back never exists. A failure is retried with exponential backoff
 * (1, 2, 4 … minutes, at most 6 hours) and given up after MAX_ATTEMPTS.
 */
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { appSettings, outbox } from "../../db/schema/index.ts";
import type { JobContext } from "../../jobs.ts";
import type { Mailer } from "./mailer.ts";

export const MAX_ATTEMPTS = 8;
export const AUTO_SEND_KEY = "outbox.autoSend";

/** Minutes to wait after the n-th failed attempt (n ≥ 1). */
export const backoffMinutes = (attempts: number) => Math.min(2 ** (attempts - 1), 360);

export async function autoSendSetting(db: Db): Promise<{ autoSend: boolean; version: number }> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, AUTO_SEND_KEY)).limit(1);
  return { autoSend: row?.value === true, version: row?.version ?? 0 };
}

/**
 * Claims and sends one message (`id`, or the next due one); false when none was free.
 * `force` sends a pending message now, whatever its next attempt time (the office's "send now").
 */
export async function sendOne(
  ctx: JobContext,
  mailer: Mailer,
  opts: {
    id?: string;
    force?: boolean;
    /** Runs in the same transaction once the message is marked (the office's audit row). */
    afterMark?: (
      tx: Db,
      after: { id: string; status: string; attempts: number; lastError: string | null },
    ) => Promise<void>;
  } = {},
): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // The office may also retry a message the sender gave up on.
    const where = [opts.id ? inArray(outbox.status, ["pending", "failed"]) : eq(outbox.status, "pending")];
    if (opts.id) where.push(eq(outbox.id, opts.id));
    if (!opts.force) where.push(lte(outbox.nextAttemptAt, now));
    const [msg] = await tx
      .select()
      .from(outbox)
      .where(and(...where))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!msg) return false;
    const attempts = msg.attempts + 1;
    let after: { id: string; status: string; attempts: number; lastError: string | null };
    try {
      await mailer.send({ to: msg.toAddress, subject: msg.subject, text: msg.body });
      after = { id: msg.id, status: "sent", attempts, lastError: null };
      await tx
        .update(outbox)
        .set({ status: "sent", attempts, sentAt: now, lastError: null })
        .where(eq(outbox.id, msg.id));
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      after = {
        id: msg.id,
        status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        attempts,
        lastError: error,
      };
      await tx
        .update(outbox)
        .set({
          status: after.status,
          attempts,
          lastError: error,
          nextAttemptAt: new Date(now.getTime() + backoffMinutes(attempts) * 60_000),
        })
        .where(eq(outbox.id, msg.id));
      ctx.logger.warn({ outboxId: msg.id, attempts, error }, "gửi thư không được");
    }
    await opts.afterMark?.(tx, after);
    return true;
  });
}

/** Sends what is due when automatic sending is on and SMTP is configured; returns how many were tried. */
export async function sendDueOutbox(ctx: JobContext, mailer: Mailer | null, limit = 50): Promise<number> {
  if (!mailer || !(await autoSendSetting(ctx.db)).autoSend) return 0;
  let n = 0;
  while (n < limit && (await sendOne(ctx, mailer))) n++;
  return n;
}
