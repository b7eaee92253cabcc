/**
 * The reminder run (SPEC K4; plan III.5, III.6). For the plan being carried out and each of
 * its milestones with a reminder step due today (src/domain/reminders.ts), it notifies the
 * users of every unit that has not done the milestone and the Council member assigned to it
 * (K1), and for overdue steps the office
 * (one summary per milestone). The key (user, milestone, unit, step) is unique, so running
 * twice, or on two servers at once, writes nothing new. E-mails go to the outbox in the same
 * transaction and are sent after commit.
 */
import { sql } from "drizzle-orm";
import {
  daysLeftLabel,
  dueReminderStep,
  MILESTONE_LINKS,
  reminderPolicyOf,
} from "../../../domain/reminders.ts";
import { formatDateVi } from "../../../domain/text.ts";
import type { JobContext } from "../../jobs.ts";
import { insertNotifications } from "../notifications/index.ts";
import { pendingUnits, remindable } from "./milestone-checks.ts";

type MilestoneRow = {
  plan_id: string;
  code: string;
  label: string;
  due_on: string;
  applies_to: string;
  policy: unknown;
};

/** The milestones of the plan being carried out (issued first, then the newest draft). */
async function currentMilestones(ctx: JobContext): Promise<MilestoneRow[]> {
  const res = await ctx.db.execute(sql`
    with p as (select id, reminder_policy from plans where not is_template
      order by (status = 'issued') desc, (status = 'draft') desc, created_at desc limit 1)
    select m.plan_id, m.code, m.label, to_char(m.due_on, 'YYYY-MM-DD') as due_on, m.applies_to,
      p.reminder_policy as policy
    from milestones m join p on p.id = m.plan_id order by m.sort_order`);
  return (res as unknown as { rows: MilestoneRow[] }).rows;
}

export async function runReminders(ctx: JobContext): Promise<{ notified: number; emailed: number }> {
  const now = ctx.clock.now();
  const total = { notified: 0, emailed: 0 };
  for (const m of await currentMilestones(ctx)) {
    if (!remindable(m.code, m.applies_to)) continue;
    const step = dueReminderStep(m.due_on, now, reminderPolicyOf(m.policy));
    if (!step) continue;
    const when = `Hạn ${formatDateVi(m.due_on)} (${daysLeftLabel(step.daysLeft)})`;
    const link = MILESTONE_LINKS[m.code] ?? "/ke-hoach";
    const pending = pendingUnits(m.plan_id, m.code, m.applies_to);
    const key = (user: unknown, unit: unknown) =>
      sql`concat_ws(':', 'reminder', ${user}, ${m.plan_id}::text, ${m.code}::text, ${unit}, ${step.key}::text)`;
    const about = { planId: m.plan_id, milestoneCode: m.code, step: step.key };
    await ctx.db.transaction(async (tx) => {
      const units = await insertNotifications(
        tx,
        ctx.clock,
        sql`select u.id as user_id, u.unit_id, ${key(sql`u.id`, sql`u.unit_id`)} as dedupe_key
          from (${pending}) p join users u on u.unit_id = p.unit_id and u.role = 'unit' and u.active`,
        {
          kind: "reminder",
          title: step.daysLeft < 0 ? `Quá hạn: ${m.label}` : `Sắp đến hạn: ${m.label}`,
          body: `${m.label}. ${when}. Đơn vị chưa hoàn thành việc này — hãy thực hiện ngay.`,
          link,
        },
        about,
      );
      total.notified += units.notified;
      total.emailed += units.emailed;
      // K1: the Council member following a unit is reminded about it too, one line per unit.
      const members = await insertNotifications(
        tx,
        ctx.clock,
        sql`select u.id as user_id, p.unit_id, ${key(sql`u.id`, sql`p.unit_id`)} as dedupe_key
          from (${pending}) p join council_assignments ca on ca.unit_id = p.unit_id
          join users u on u.id = ca.member_id and u.active`,
        {
          kind: "reminder",
          title: step.daysLeft < 0 ? `Đơn vị quá hạn: ${m.label}` : `Đơn vị sắp đến hạn: ${m.label}`,
          body: `${m.label}. ${when}. Đơn vị được phân công cho bạn theo dõi chưa hoàn thành việc này — hãy đôn đốc đơn vị.`,
          link: "/tien-do",
          namesUnit: true,
        },
        about,
      );
      total.notified += members.notified;
      total.emailed += members.emailed;
      if (step.daysLeft >= 0) return;
      const res = await tx.execute(sql`select count(*)::int as n from (${pending}) p`);
      const n = Number((res as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
      if (n === 0) return;
      const office = await insertNotifications(
        tx,
        ctx.clock,
        sql`select u.id as user_id, null::uuid as unit_id, ${key(sql`u.id`, sql`'office'`)} as dedupe_key
          from users u where u.role = 'office' and u.active`,
        {
          kind: "overdue_summary",
          title: `${n} đơn vị quá hạn: ${m.label}`,
          body: `${n} đơn vị chưa hoàn thành “${m.label}”. ${when}. Hãy đôn đốc các đơn vị.`,
          link,
        },
        about,
      );
      total.notified += office.notified;
      total.emailed += office.emailed;
    });
  }
  if (total.notified > 0) ctx.logger.info(total, "đã tạo nhắc việc");
  return total;
}
