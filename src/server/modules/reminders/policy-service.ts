/**
 * The plan's reminder policy (SPEC K4): read by every signed-in role (the plan is public),
 * changed by the office with the plan's version (a stale save is 409) and audited.
 * Kept in its own column so the plan's rules document is untouched.
 */
import { and, eq } from "drizzle-orm";
import {
  type ReminderPolicy,
  type ReminderPolicyInput,
  reminderPolicyOf,
} from "../../../domain/reminders.ts";
import { plans } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requirePlanManager } from "../plans/index.ts";
import { runReminders } from "./run.ts";

export type PolicyView = { policy: ReminderPolicy; version: number };
const PLAN_NOT_FOUND = "Không tìm thấy kế hoạch.";

export async function getReminderPolicy(ctx: ServiceContext, planId: string): Promise<PolicyView> {
  const [row] = await ctx.db
    .select({ policy: plans.reminderPolicy, version: plans.version })
    .from(plans)
    .where(eq(plans.id, planId))
    .limit(1);
  if (!row) throw notFound(PLAN_NOT_FOUND);
  return { policy: reminderPolicyOf(row.policy), version: row.version };
}

export async function setReminderPolicy(
  ctx: ServiceContext,
  planId: string,
  input: { policy: ReminderPolicy; version: ReminderPolicyInput["version"] },
): Promise<PolicyView> {
  requirePlanManager(ctx);
  const before = await getReminderPolicy(ctx, planId);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(plans)
      .set({ reminderPolicy: input.policy, version: input.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(plans.id, planId), eq(plans.version, input.version)))
      .returning({ id: plans.id });
    if (!row) throw stale();
    await recordAudit(tx, ctx, {
      action: "plan.reminder_policy",
      entityType: "plan",
      entityId: planId,
      before: before.policy,
      after: input.policy,
    });
  });
  return getReminderPolicy(ctx, planId);
}

/** The office runs the reminders now instead of waiting for the next scheduled run. */
/**
 * The office runs the reminders now. Each milestone's notices commit in their own
 * transaction (as in the periodic job); one audit row then records the request and its counts.
 */
export async function runRemindersNow(ctx: ServiceContext) {
  requirePlanManager(ctx);
  const result = await runReminders(ctx);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: "reminders.run", entityType: "system", after: result }),
  );
  return result;
}
