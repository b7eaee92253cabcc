import type { PlanDetail, PlanUpdate } from "../../../domain/plan/record.ts";
import { plans } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requirePlanManager } from "./policy.ts";
import { loadPlanDetail, loadPlanRow, type PlanRow } from "./queries.ts";
import { parseRules } from "./rules-input.ts";

export const PLAN_NOT_FOUND = "Không tìm thấy kế hoạch.";

const FIELDS = [
  "issuingBody",
  "parentBody",
  "numberSymbol",
  "issuedOn",
  "place",
  "title",
  "signerName",
  "signerTitle",
  "legalBases",
  "purposes",
  "targetCongress",
  "recipients",
  "status",
] as const;
type Field = (typeof FIELDS)[number];

function snapshot(row: PlanRow) {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) out[f] = row[f];
  return { ...out, rules: row.rules, version: row.version };
}

/** PATCH of a plan's settings and rules by the office, with optimistic locking (N2). */
export async function updatePlan(ctx: ServiceContext, id: string, input: PlanUpdate): Promise<PlanDetail> {
  requirePlanManager(ctx);
  const before = await loadPlanRow(ctx.db, id);
  if (!before) throw notFound(PLAN_NOT_FOUND);
  const changes: Partial<Pick<PlanRow, Field | "rules" | "closedAt">> = {};
  for (const f of FIELDS) {
    if (input[f] !== undefined) (changes as Record<string, unknown>)[f] = input[f];
  }
  // Personal data retention counts from the day the plan closed (issue #12 item 8).
  if (input.status !== undefined && (input.status === "closed") !== (before.status === "closed")) {
    changes.closedAt = input.status === "closed" ? ctx.clock.now() : null;
  }
  if (input.rules !== undefined) {
    changes.rules = parseRules(before.rules, input.rules) as unknown as Record<string, unknown>;
  }
  await withTx(ctx, async (tx) => {
    const after = await versionedUpdate(tx, plans, {
      id,
      version: input.version,
      set: changes,
      notFound: PLAN_NOT_FOUND,
    });
    await recordAudit(tx.db, tx, {
      action: "plan.update",
      entityType: "plan",
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
  });
  return (await loadPlanDetail(ctx.db, id))!;
}
