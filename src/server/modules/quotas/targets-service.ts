/**
 * The plan's composition targets (SPEC F3, issue #9 item 3): read (saved, or the defaults
 * marked as such) and save (office; versioned, 409 on stale). `compositionTargetsFor` is
 * what the compiled list (F4) puts beside the actual shares.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import {
  type CompositionTargets,
  CompositionTargetsSchema,
  DEFAULT_COMPOSITION_TARGETS,
} from "../../../domain/plan/composition-targets.ts";
import type { TargetsUpdateSchema, TargetsView } from "../../../domain/quotas/schemas.ts";
import { formatPercent } from "../../../domain/rules/format.ts";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import { planCompositionTargets } from "../../db/schema/index.ts";
import { withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { quotaPolicy } from "./policy.ts";
import { resolveTarget } from "./target.ts";

/** The plan's saved targets, or the defaults. */
export async function compositionTargetsFor(
  db: Db,
  planId: string,
): Promise<{ targets: CompositionTargets; version: number; isDefault: boolean }> {
  const [row] = await db
    .select()
    .from(planCompositionTargets)
    .where(eq(planCompositionTargets.planId, planId));
  if (!row) return { targets: DEFAULT_COMPOSITION_TARGETS, version: 0, isDefault: true };
  return { targets: CompositionTargetsSchema.parse(row.targets), version: row.version, isDefault: false };
}

async function planIdFor(ctx: ServiceContext, planId?: string): Promise<string> {
  if (planId) return planId;
  return (await resolveTarget(ctx.db, ctx.actor)).plan.id;
}

export async function getTargets(ctx: ServiceContext, planId?: string): Promise<TargetsView> {
  if (!quotaPolicy.canRead(ctx.actor)) throw forbidden();
  const id = await planIdFor(ctx, planId);
  return {
    planId: id,
    ...(await compositionTargetsFor(ctx.db, id)),
    canEdit: quotaPolicy.canManage(ctx.actor),
  };
}

const LABELS: [string, (t: CompositionTargets) => { min: number | null; max: number | null }][] = [
  ["Đại biểu nữ", (t) => t.women],
  ["Dân tộc thiểu số", (t) => t.ethnicMinorities],
  ["Trực tiếp sản xuất, công tác", (t) => t.directWorkers],
  ["Lãnh đạo", (t) => t.leaders],
  ["Kinh tế nhà nước", (t) => t.sectors.state],
  ["Kinh tế tập thể", (t) => t.sectors.collective],
  ["Kinh tế tư nhân", (t) => t.sectors.private],
  ["Có vốn đầu tư nước ngoài", (t) => t.sectors.foreign],
  ["Kinh tế cá thể", (t) => t.sectors.household],
];

/** The targets in words for the audit row: "Đại biểu nữ: tối thiểu 30%". */
function inWords(t: CompositionTargets): string[] {
  return LABELS.map(([label, get]) => {
    const b = get(t);
    const parts = [
      b.min === null ? null : `tối thiểu ${formatPercent(b.min)}`,
      b.max === null ? null : `tối đa ${formatPercent(b.max)}`,
    ].filter(Boolean);
    return `${label}: ${parts.length ? parts.join(", ") : "không đặt"}`;
  });
}

export async function saveTargets(
  ctx: ServiceContext,
  body: z.output<typeof TargetsUpdateSchema>,
): Promise<TargetsView> {
  if (!quotaPolicy.canManage(ctx.actor)) {
    throw forbidden("Chỉ Thường trực Hội đồng Thi đua – Khen thưởng được sửa mục tiêu cơ cấu đại biểu.");
  }
  const planId = await planIdFor(ctx, body.planId);
  const before = await compositionTargetsFor(ctx.db, planId);
  if (body.version !== before.version) throw stale();
  const now = ctx.clock.now();
  await withTx(ctx, async (tx) => {
    if (before.isDefault) {
      await tx.db
        .insert(planCompositionTargets)
        .values({ planId, targets: body.targets, updatedBy: ctx.actor.userId, updatedAt: now });
    } else {
      const changed = await tx.db
        .update(planCompositionTargets)
        .set({
          targets: body.targets,
          version: body.version + 1,
          updatedBy: ctx.actor.userId,
          updatedAt: now,
        })
        .where(
          and(eq(planCompositionTargets.planId, planId), eq(planCompositionTargets.version, body.version)),
        )
        .returning({ v: planCompositionTargets.version });
      if (changed.length === 0) throw stale();
    }
    await recordAudit(tx.db, tx, {
      action: "plan.composition_targets",
      entityType: "plan",
      entityId: planId,
      before: before.isDefault ? null : { targets: inWords(before.targets) },
      after: { targets: inWords(body.targets) },
    });
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw stale();
    throw err;
  });
  return getTargets(ctx, planId);
}
