/**
 * The composition targets against the compiled list, live (SPEC F3 via F4): the plan's
 * targets (stored per plan by the quotas feature, defaults when none were saved) and the
 * pure `compositionCheck` put each group's target beside its actual share. Warnings only.
 */
import { eq } from "drizzle-orm";
import {
  CompositionTargetsSchema,
  compositionCheck,
  DEFAULT_COMPOSITION_TARGETS,
  type TargetBand,
} from "../../../domain/plan/composition-targets.ts";
import { formatPercent } from "../../../domain/rules/format.ts";
import type { Db } from "../../db/client.ts";
import { planCompositionTargets } from "../../db/schema/index.ts";
import type { ListPersonRow } from "./queries.ts";

const bandText = (b: TargetBand) =>
  [b.min !== null ? `≥ ${formatPercent(b.min)}` : null, b.max !== null ? `≤ ${formatPercent(b.max)}` : null]
    .filter(Boolean)
    .join(", ") || "—";

export async function compositionOf(db: Db, planId: string, people: readonly ListPersonRow[]) {
  const [row] = await db
    .select({ targets: planCompositionTargets.targets })
    .from(planCompositionTargets)
    .where(eq(planCompositionTargets.planId, planId));
  const parsed = row ? CompositionTargetsSchema.safeParse(row.targets) : null;
  const targets = parsed?.success ? parsed.data : DEFAULT_COMPOSITION_TARGETS;
  return compositionCheck(targets, people).map((l) => ({
    code: l.code,
    label: l.label,
    target: bandText(l.target),
    actual: `${l.actual.count}/${l.actual.total} (${formatPercent(l.actual.share)})`,
    counted: l.actual.total,
    within: l.within,
    message: l.within ? null : l.message,
  }));
}
