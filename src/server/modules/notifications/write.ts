/**
 * Writing notifications (SPEC K4): each insert also writes the e-mail to the outbox, in the
 * caller's transaction, for recipients who have an address. Nothing is sent here: the sender
 * (outbox module) sends after commit, so a rolled-back change sends nothing.
 */
import { type SQL, sql } from "drizzle-orm";
import type { NotificationKind } from "../../../domain/reminders.ts";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../http/context.ts";

export const EMAIL_FOOTER =
  "\n\n—\nThư tự động từ hệ thống thidua (Hội nghị điển hình tiên tiến). Đăng nhập để xem và xử lý.";

export type NotificationText = {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  /** Ends the title with the row's unit name ("… — Phường Ba Đình"): for readers who follow several units. */
  namesUnit?: boolean;
};

/**
 * Inserts one notification per row of `recipients` (a SELECT giving user_id, unit_id and
 * dedupe_key, which may be null) and their e-mails. A row whose dedupe_key exists is skipped.
 * Returns how many notifications and e-mails were written.
 */
export async function insertNotifications(
  tx: Db,
  clock: Clock,
  recipients: SQL,
  text: NotificationText,
  about: {
    planId?: string | null;
    milestoneCode?: string | null;
    step?: string | null;
    entityType?: string | null;
    entityId?: string | null;
  } = {},
): Promise<{ notified: number; emailed: number }> {
  const now = clock.now().toISOString();
  const title = text.namesUnit ? sql`concat(${text.title}::text, ' — ', un.name)` : sql`${text.title}::text`;
  const result = await tx.execute(sql`
    with r as (${recipients}),
    n as (
      insert into notifications (user_id, kind, plan_id, milestone_code, unit_id, entity_type, entity_id,
        step, dedupe_key, title, body, link, created_at)
      select r.user_id, ${text.kind}::text, ${about.planId ?? null}::uuid, ${about.milestoneCode ?? null}::text,
        r.unit_id, ${about.entityType ?? null}::text, ${about.entityId ?? null}::uuid, ${about.step ?? null}::text,
        r.dedupe_key, ${title}, ${text.body}::text, ${text.link}::text, ${now}::timestamptz
      from r left join units un on un.id = r.unit_id
      on conflict (dedupe_key) do nothing
      returning id, user_id, title),
    o as (
      insert into outbox (notification_id, to_address, subject, body, created_at, next_attempt_at)
      select n.id, u.email, n.title, ${text.body + EMAIL_FOOTER}::text, ${now}::timestamptz, ${now}::timestamptz
      from n join users u on u.id = n.user_id
      where u.email is not null and u.email <> ''
      returning id)
    select (select count(*) from n)::int as notified, (select count(*) from o)::int as emailed`);
  const row = (result as unknown as { rows: { notified: number; emailed: number }[] }).rows[0];
  return { notified: Number(row?.notified ?? 0), emailed: Number(row?.emailed ?? 0) };
}

/** The active accounts of one unit, as recipients (no dedupe key: an event happens once). */
export const unitUsers = (unitId: string): SQL => sql`
  select u.id as user_id, u.unit_id, null::text as dedupe_key
  from users u where u.unit_id = ${unitId}::uuid and u.role = 'unit' and u.active`;

/** Tells a unit's users about an event on their work (a conference or unit plan reviewed). */
export async function notifyUnit(
  tx: Db,
  ctx: { clock: Clock },
  input: NotificationText & { unitId: string; entityType: string; entityId: string },
): Promise<void> {
  await insertNotifications(tx, ctx.clock, unitUsers(input.unitId), input, {
    entityType: input.entityType,
    entityId: input.entityId,
  });
}
