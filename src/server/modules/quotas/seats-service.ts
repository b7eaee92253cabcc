/**
 * The higher conference's seats (SPEC F1, issue #9 item 1): read (saved, or the plan's
 * defaults marked as such) and save (office; more than the plan's cap or parts that do not
 * add up are refused, a split outside the tolerance is a warning; versioned, 409 on stale).
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SeatsUpdateSchema, SeatsView } from "../../../domain/quotas/schemas.ts";
import { defaultSeats, seatViolations } from "../../../domain/quotas/seats.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import { conferenceSeats } from "../../db/schema/index.ts";
import { withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { quotaPolicy } from "./policy.ts";
import { type QuotaTarget, requireConference, resolveTarget } from "./target.ts";

async function seatsOf(ctx: ServiceContext, target: QuotaTarget): Promise<SeatsView> {
  const conference = requireConference(target);
  const { rules } = target.plan;
  const [row] = await ctx.db
    .select()
    .from(conferenceSeats)
    .where(eq(conferenceSeats.conferenceId, conference.id));
  const seats = row
    ? { total: row.total, exemplars: row.exemplars, guests: row.guests }
    : defaultSeats(rules);
  return {
    conferenceId: conference.id,
    conferenceTitle: conference.title,
    cap: rules.caps.town,
    exemplarTarget: rules.exemplarShare.target,
    exemplarTolerance: rules.exemplarShare.tolerance,
    ...seats,
    version: row?.version ?? 0,
    isDefault: !row,
    violations: seatViolations(rules, seats),
    canEdit: quotaPolicy.canManage(ctx.actor),
  };
}

export async function getSeats(ctx: ServiceContext, conferenceId?: string): Promise<SeatsView> {
  if (!quotaPolicy.canRead(ctx.actor)) throw forbidden();
  return seatsOf(ctx, await resolveTarget(ctx.db, ctx.actor, conferenceId));
}

export async function saveSeats(
  ctx: ServiceContext,
  body: z.output<typeof SeatsUpdateSchema>,
): Promise<SeatsView> {
  if (!quotaPolicy.canManage(ctx.actor)) {
    throw forbidden(
      "Chỉ Thường trực Hội đồng Thi đua – Khen thưởng được đặt số đại biểu của hội nghị cấp trên.",
    );
  }
  const target = await resolveTarget(ctx.db, ctx.actor, body.conferenceId);
  const before = await seatsOf(ctx, target);
  const seats = { total: body.total, exemplars: body.exemplars, guests: body.guests };
  const errors = seatViolations(target.plan.rules, seats).filter((v) => v.severity === "error");
  if (errors.length > 0) {
    const fields = Object.fromEntries(errors.map((e) => [e.field ?? "total", e.message]));
    throw new AppError("UNPROCESSABLE", errors.map((e) => e.message).join(" "), { fields });
  }
  if (body.version !== before.version) throw stale();
  const now = ctx.clock.now();
  await withTx(ctx, async (tx) => {
    if (before.isDefault) {
      await tx.db
        .insert(conferenceSeats)
        .values({ conferenceId: before.conferenceId, ...seats, updatedBy: ctx.actor.userId, updatedAt: now });
    } else {
      const changed = await tx.db
        .update(conferenceSeats)
        .set({ ...seats, version: body.version + 1, updatedBy: ctx.actor.userId, updatedAt: now })
        .where(
          and(
            eq(conferenceSeats.conferenceId, before.conferenceId),
            eq(conferenceSeats.version, body.version),
          ),
        )
        .returning({ v: conferenceSeats.version });
      if (changed.length === 0) throw stale();
    }
    await recordAudit(tx.db, tx, {
      action: "conference.seats",
      entityType: "conference",
      entityId: before.conferenceId,
      before: before.isDefault
        ? null
        : { total: before.total, exemplars: before.exemplars, guests: before.guests },
      after: seats,
    });
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw stale();
    throw err;
  });
  return seatsOf(ctx, target);
}
