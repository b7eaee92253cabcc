/**
 * Spending after approval (SPEC I1; plan III.4 "phòng Tài chính – Kế hoạch hướng dẫn việc sử
 * dụng và quyết toán kinh phí"): the amount actually spent per line, and a receipt per line
 * (PDF or an image, recognised from its content by src/server/files/) kept as the
 * conference unit's file. Both only while the budget is approved and not yet settled.
 */
import { and, eq } from "drizzle-orm";
import type { ActualsPut, BudgetSheet } from "../../../domain/budget/schemas.ts";
import { budgetLines, budgets } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import { JPEG, PDF, PNG } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { requireEditable } from "./policy.ts";
import { loadLines } from "./queries.ts";
import { budgetSheet, loadReadable } from "./sheet.ts";

/** Receipts: PDF scans and photos. */
export const RECEIPT_TYPES: readonly string[] = [PDF, PNG, JPEG].map((t) => t.mime);

async function approvedBudget(ctx: ServiceContext, conferenceId: string) {
  const { conference, budget } = await loadReadable(ctx, ctx.db, conferenceId);
  if (!budget) throw notFound("Hội nghị này chưa có dự toán kinh phí.");
  requireEditable(ctx.actor, { unitId: conference.unitId, status: budget.status }, "actuals");
  return { conference, budget };
}

export async function saveActuals(
  ctx: ServiceContext,
  conferenceId: string,
  input: ActualsPut,
): Promise<BudgetSheet> {
  return withTx(ctx, async (tx) => {
    const { conference, budget } = await approvedBudget(tx, conferenceId);
    const lines = await loadLines(tx.db, budget.id);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const fields: Record<string, string> = {};
    input.lines.forEach((l, i) => {
      if (!byId.has(l.id)) fields[`lines.${i}.id`] = "Khoản chi này không thuộc dự toán của hội nghị.";
    });
    if (Object.keys(fields).length > 0) throw validation("Có khoản chi không thuộc dự toán này.", { fields });
    await versionedUpdate(tx, budgets, { id: budget.id, version: input.version, set: {} });
    const before: { label: string; actual: number | null }[] = [];
    const after: { label: string; actual: number | null }[] = [];
    for (const l of input.lines) {
      const old = byId.get(l.id)!;
      if (old.actual === l.actual) continue;
      before.push({ label: old.label, actual: old.actual });
      after.push({ label: old.label, actual: l.actual });
      await tx.db.update(budgetLines).set({ actual: l.actual }).where(eq(budgetLines.id, l.id));
    }
    await recordAudit(tx.db, tx, {
      action: "budget.actuals",
      entityType: "budget",
      entityId: budget.id,
      unitId: conference.unitId,
      before: { lines: before },
      after: { lines: after },
    });
    return budgetSheet(tx, conferenceId, tx.db);
  });
}

/**
 * Loads the budget first (404 unseen, 403 not theirs, 409 not approved), then reads the
 * upload, so nobody's bytes are taken for a budget they may not change.
 */
export async function attachReceipt(
  ctx: ServiceContext,
  conferenceId: string,
  lineId: string,
  readUpload: () => Promise<{ buffer: Buffer; filename: string }>,
): Promise<BudgetSheet> {
  const { budget } = await approvedBudget(ctx, conferenceId);
  const [line] = await ctx.db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, lineId), eq(budgetLines.budgetId, budget.id)));
  if (!line) throw notFound("Không tìm thấy khoản chi này trong dự toán.");
  const upload = await readUpload();
  const input = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId: budget.unitId,
    allowed: RECEIPT_TYPES,
  };
  return withStagedFile(ctx, input, (staged) =>
    withTx(ctx, async (tx) => {
      const file = await linkFile(tx.db, tx, staged);
      await tx.db.update(budgetLines).set({ receiptFileId: file.id }).where(eq(budgetLines.id, lineId));
      await recordAudit(tx.db, tx, {
        action: "budget.receipt",
        entityType: "budget",
        entityId: budget.id,
        unitId: budget.unitId,
        before: line.receiptFileId ? { label: line.label, receipt: line.receiptFileId } : null,
        after: { label: line.label, receipt: file.id, fileName: file.originalName },
      });
      return budgetSheet(tx, conferenceId, tx.db);
    }),
  );
}
