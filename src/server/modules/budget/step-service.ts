/**
 * The budget's steps (SPEC I1, plan III.4): the drafters send the estimate to finance,
 * finance reviews it and puts it to the chairman, the chairman approves or returns it
 * with a comment (finance may return it too), and finance settles it once spent. Each
 * step is one versioned update (stale → 409) and one audit row, in one transaction.
 */
import { eq } from "drizzle-orm";
import type { BudgetSheet, StepBody } from "../../../domain/budget/schemas.ts";
import { BUDGET_LIFECYCLE, type BudgetTransition } from "../../../domain/budget-lifecycle.ts";
import { cleanText, nfc } from "../../../domain/text.ts";
import { budgets } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requireStep } from "./policy.ts";
import { loadLines } from "./queries.ts";
import { budgetSheet, loadReadable } from "./sheet.ts";

const STAMPS: Record<BudgetTransition, (actorId: string, now: Date) => Partial<typeof budgets.$inferInsert>> =
  {
    submit: (_a, now) => ({ submittedAt: now, reviewComment: null }),
    forward: (a, now) => ({ reviewedAt: now, reviewedBy: a }),
    approve: (a, now) => ({ approvedAt: now, approvedBy: a }),
    return: () => ({}),
    settle: (a, now) => ({ settledAt: now, settledBy: a }),
  };

export async function takeStep(
  ctx: ServiceContext,
  conferenceId: string,
  step: BudgetTransition,
  input: StepBody,
): Promise<BudgetSheet> {
  return withTx(ctx, async (tx) => {
    const { conference, budget } = await loadReadable(tx, tx.db, conferenceId);
    if (!budget) throw notFound("Hội nghị này chưa có dự toán kinh phí: hãy lập dự toán trước.");
    requireStep(tx.actor, step, { unitId: conference.unitId, status: budget.status });
    const rule = BUDGET_LIFECYCLE[step];
    const comment = input.comment === undefined ? "" : nfc(input.comment).trim();
    if (rule.needsComment && cleanText(comment) === "") {
      throw validation("Khi trả lại dự toán, hãy ghi rõ ý kiến để người lập biết cần sửa gì.", {
        fields: { comment: "Ý kiến: bắt buộc nhập khi trả lại." },
      });
    }
    if (step === "submit" && (await loadLines(tx.db, budget.id)).length === 0) {
      throw validation("Dự toán chưa có khoản chi nào: hãy thêm các khoản chi trước khi gửi.");
    }
    if (budget.version !== input.version) throw stale();
    const after = await versionedUpdate(tx, budgets, {
      id: budget.id,
      version: input.version,
      set: {
        status: rule.to,
        ...STAMPS[step](tx.actor.userId, tx.clock.now()),
        ...(step === "return" ? { reviewComment: comment } : {}),
      },
      where: eq(budgets.status, budget.status),
    });
    await recordAudit(tx.db, tx, {
      action: `budget.${step}`,
      entityType: "budget",
      entityId: budget.id,
      unitId: conference.unitId,
      before: { status: budget.status },
      after: { status: after.status, ...(comment !== "" ? { comment } : {}) },
    });
    return budgetSheet(tx, conferenceId, tx.db);
  });
}
