/**
 * The office's outbox page (SPEC K4): list the e-mails (paged, newest first), send one now,
 * skip one, and switch automatic sending on or off (a setting stored in the database).
 * Each write is audited in its own transaction.
 */
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { OutboxItem, OutboxPage, OutboxSettings, OutboxStatus } from "../../../domain/notifications.ts";
import { readTogether } from "../../db/read-together.ts";
import { appSettings, notifications, outbox, users } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import type { Mailer } from "./mailer.ts";
import { requireOutboxManager } from "./policy.ts";
import { AUTO_SEND_KEY, autoSendSetting, sendOne } from "./sender.ts";

const NOT_FOUND = "Không tìm thấy thư trong hộp thư đi.";

export async function outboxSettings(ctx: ServiceContext, mailer: Mailer | null): Promise<OutboxSettings> {
  const s = await autoSendSetting(ctx.db);
  return { ...s, smtpConfigured: mailer !== null };
}

export async function listOutbox(
  ctx: ServiceContext,
  mailer: Mailer | null,
  q: { limit: number; page: number; status?: OutboxStatus },
): Promise<OutboxPage> {
  requireOutboxManager(ctx);
  const where: SQL | undefined = q.status ? eq(outbox.status, q.status) : undefined;
  const [rows, [total]] = await readTogether(ctx.db, [
    () =>
      ctx.db
        .select({ o: outbox, recipientName: users.fullName })
        .from(outbox)
        .leftJoin(notifications, eq(notifications.id, outbox.notificationId))
        .leftJoin(users, eq(users.id, notifications.userId))
        .where(where)
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit),
    () => ctx.db.select({ n: count() }).from(outbox).where(where),
  ]);
  return {
    items: rows.map(
      ({ o, recipientName }): OutboxItem => ({
        id: o.id,
        toAddress: o.toAddress,
        recipientName,
        subject: o.subject,
        body: o.body,
        status: o.status as OutboxStatus,
        attempts: o.attempts,
        nextAttemptAt: o.nextAttemptAt.toISOString(),
        lastError: o.lastError,
        createdAt: o.createdAt.toISOString(),
        sentAt: o.sentAt?.toISOString() ?? null,
      }),
    ),
    total: Number(total?.n ?? 0),
    settings: await outboxSettings(ctx, mailer),
  };
}

export async function sendNow(
  ctx: ServiceContext,
  mailer: Mailer | null,
  id: string,
): Promise<{ status: string }> {
  requireOutboxManager(ctx);
  if (!mailer) throw new AppError("SMTP_OFF");
  const [row] = await ctx.db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)).limit(1);
  if (!row) throw notFound(NOT_FOUND);
  let status = row.status;
  const claimed = await sendOne(ctx, mailer, {
    id,
    force: true,
    afterMark: async (tx, after) => {
      status = after.status;
      await recordAudit(tx, ctx, {
        action: "outbox.send",
        entityType: "outbox",
        entityId: id,
        before: { status: row.status },
        after: { status: after.status, attempts: after.attempts, lastError: after.lastError },
      });
    },
  });
  if (!claimed) throw new AppError("CONFLICT", "Thư này đã được gửi, đã bỏ qua hoặc đang được gửi.");
  return { status };
}

export async function skipMessage(ctx: ServiceContext, id: string): Promise<{ status: string }> {
  requireOutboxManager(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(outbox)
      .set({ status: "skipped" })
      .where(and(eq(outbox.id, id), inArray(outbox.status, ["pending", "failed"])))
      .returning({ id: outbox.id });
    if (!row) {
      const [exists] = await tx.select({ id: outbox.id }).from(outbox).where(eq(outbox.id, id)).limit(1);
      if (!exists) throw notFound(NOT_FOUND);
      throw new AppError("CONFLICT", "Chỉ bỏ qua được thư đang chờ gửi hoặc gửi không được.");
    }
    await recordAudit(tx, ctx, {
      action: "outbox.skip",
      entityType: "outbox",
      entityId: id,
      after: { status: "skipped" },
    });
  });
  return { status: "skipped" };
}

export async function setAutoSend(
  ctx: ServiceContext,
  mailer: Mailer | null,
  input: { autoSend: boolean; version: number },
): Promise<OutboxSettings> {
  requireOutboxManager(ctx);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await autoSendSetting(tx);
    const written =
      input.version === 0
        ? await tx
            .insert(appSettings)
            .values({ key: AUTO_SEND_KEY, value: input.autoSend, version: 1, updatedAt: now })
            .onConflictDoNothing()
            .returning({ key: appSettings.key })
        : await tx
            .update(appSettings)
            .set({ value: input.autoSend, version: input.version + 1, updatedAt: now })
            .where(and(eq(appSettings.key, AUTO_SEND_KEY), eq(appSettings.version, input.version)))
            .returning({ key: appSettings.key });
    if (written.length === 0) throw stale();
    await recordAudit(tx, ctx, {
      action: "outbox.settings",
      entityType: "setting",
      entityId: null,
      before: { autoSend: before.autoSend },
      after: { autoSend: input.autoSend },
    });
  });
  return outboxSettings(ctx, mailer);
}
