/**
 * The bell (SPEC K4): a user's own notifications, paged on the server, with the unread count;
 * mark one or all as read. Every query is scoped to the signed-in user: nobody reaches
 * another user's notifications (404).
 */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Notification, NotificationPage } from "../../../domain/notifications.ts";
import type { NotificationKind } from "../../../domain/reminders.ts";
import { readTogether } from "../../db/read-together.ts";
import { notifications } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";

const mine = (ctx: ServiceContext) => eq(notifications.userId, ctx.actor.userId);

export async function listMyNotifications(
  ctx: ServiceContext,
  q: { limit: number; page: number },
): Promise<NotificationPage> {
  const [rows, [total], [unread]] = await readTogether(ctx.db, [
    () =>
      ctx.db
        .select()
        .from(notifications)
        .where(mine(ctx))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(q.limit)
        .offset((q.page - 1) * q.limit),
    () => ctx.db.select({ n: count() }).from(notifications).where(mine(ctx)),
    () =>
      ctx.db
        .select({ n: count() })
        .from(notifications)
        .where(and(mine(ctx), isNull(notifications.readAt))),
  ]);
  return {
    items: rows.map(
      (r): Notification => ({
        id: r.id,
        kind: r.kind as NotificationKind,
        title: r.title,
        body: r.body,
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
      }),
    ),
    total: Number(total?.n ?? 0),
    unread: Number(unread?.n ?? 0),
  };
}

/** Reading one's own notice changes nothing anyone else sees, so it is not audited. */
export async function markRead(ctx: ServiceContext, id: string): Promise<void> {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.id, id), mine(ctx)))
    .returning({ id: notifications.id });
  if (!row) throw notFound("Không tìm thấy thông báo.");
}

export async function markAllRead(ctx: ServiceContext): Promise<{ marked: number }> {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(mine(ctx), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
