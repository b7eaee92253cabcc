/**
 * The estimate (SPEC I1; plan III.4 "Phòng Nội vụ chủ trì phối hợp với phòng Tài chính – Kế
 * hoạch lập dự toán"): the office, finance or the conference's own unit saves the lines
 * while the budget is a draft or returned. Version 0 creates the budget; a stale version
 * is 409. The lines are replaced whole, in one transaction with the audit row.
 */
import { eq, inArray } from "drizzle-orm";
import { lineEstimate } from "../../../domain/budget/lines.ts";
import type { BudgetSheet, EstimatePut } from "../../../domain/budget/schemas.ts";
import { ESTIMATE_EDITABLE } from "../../../domain/budget-lifecycle.ts";
import { nfc } from "../../../domain/text.ts";
import { budgetLines, budgets } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requireEditable } from "./policy.ts";
import { type LineRow, loadLines } from "./queries.ts";
import { budgetSheet, loadReadable } from "./sheet.ts";

/** What the audit row keeps of the lines: label, quantity, unit price, estimate. */
export const linesView = (lines: readonly Pick<LineRow, "label" | "quantity" | "unitPrice">[]) =>
  lines.map((l) => ({
    label: l.label,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    estimate: lineEstimate(l),
  }));
const total = (lines: readonly Pick<LineRow, "quantity" | "unitPrice">[]) =>
  lines.reduce((s, l) => s + lineEstimate(l), 0);

export async function saveEstimate(
  ctx: ServiceContext,
  conferenceId: string,
  input: EstimatePut,
): Promise<BudgetSheet> {
  return withTx(ctx, async (tx) => {
    const { conference, budget } = await loadReadable(tx, tx.db, conferenceId);
    requireEditable(tx.actor, { unitId: conference.unitId, status: budget?.status ?? "draft" }, "estimate");
    const before = budget ? await loadLines(tx.db, budget.id) : [];
    let id: string;
    if (!budget) {
      if (input.version !== 0) throw stale();
      const now = tx.clock.now();
      const [created] = await tx.db
        .insert(budgets)
        .values({
          conferenceId,
          unitId: conference.unitId,
          venueClass: input.venueClass,
          province: "thanh_hoa",
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: budgets.id });
      if (!created) throw stale();
      id = created.id;
    } else {
      const updated = await versionedUpdate(tx, budgets, {
        id: budget.id,
        version: input.version,
        set: { venueClass: input.venueClass },
        where: inArray(budgets.status, [...ESTIMATE_EDITABLE]),
      });
      id = updated.id;
      await tx.db.delete(budgetLines).where(eq(budgetLines.budgetId, id));
    }
    const lines = input.lines.map((l, i) => ({
      budgetId: id,
      sortOrder: i,
      category: l.category,
      label: nfc(l.label),
      quantity: l.quantity,
      unit: nfc(l.unit),
      unitPrice: l.unitPrice,
    }));
    if (lines.length > 0) await tx.db.insert(budgetLines).values(lines);
    await recordAudit(tx.db, tx, {
      action: "budget.estimate",
      entityType: "budget",
      entityId: id,
      unitId: conference.unitId,
      before: budget
        ? { venueClass: budget.venueClass, lines: linesView(before), totalEstimate: total(before) }
        : null,
      after: { venueClass: input.venueClass, lines: linesView(lines), totalEstimate: total(lines) },
    });
    return budgetSheet(tx, conferenceId, tx.db);
  });
}
