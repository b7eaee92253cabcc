import { cleanText, nfc } from "../../../domain/text.ts";
import { UNIT_PLAN_STATUS_LABELS, type UnitPlan, type UnitPlanStatus } from "../../../domain/unit-plans.ts";
import { unitPlanSubmissions } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { unitPlanReviewed } from "../notifications/index.ts";
import { unitPlanPolicy } from "./policy.ts";
import { rowOfSubmission } from "./queries.ts";
import { viewRows } from "./read-service.ts";

type Decision = "accepted" | "returned";

export async function reviewUnitPlan(
  ctx: ServiceContext,
  id: string,
  decision: Decision,
  input: { version: number; comment?: string },
): Promise<UnitPlan> {
  const { actor } = ctx;
  const refused = "Chỉ Thường trực HĐ TĐKT (và Hội đồng, với đơn vị điểm) được duyệt kế hoạch của đơn vị.";
  const ownOnly = unitPlanPolicy.ownOnly(actor);
  if (!unitPlanPolicy.mayReview(actor) && !ownOnly) throw forbidden(refused);
  const row = await rowOfSubmission(ctx.db, id);
  const hidden = ownOnly && row?.unitId !== actor.unitId;
  // Another unit's record does not exist for a unit user (404); its own may not be reviewed by it (403).
  if (!row?.submission || hidden) throw notFound("Không tìm thấy kế hoạch của đơn vị.");
  if (!unitPlanPolicy.mayReview(actor)) throw forbidden(refused);
  if (!unitPlanPolicy.canReview(actor, row.role)) {
    throw forbidden(
      "Hội đồng Thi đua – Khen thưởng chỉ duyệt kế hoạch của các đơn vị tổ chức Hội nghị điểm.",
    );
  }
  const before = row.submission;
  if (before.status !== "submitted") {
    const label = UNIT_PLAN_STATUS_LABELS[before.status as UnitPlanStatus] ?? before.status;
    throw new AppError(
      "CONFLICT",
      `Chỉ duyệt được kế hoạch đã gửi; kế hoạch này đang ở trạng thái "${label}".`,
    );
  }
  const comment = input.comment === undefined ? "" : nfc(input.comment).trim();
  if (decision === "returned" && cleanText(comment) === "") {
    throw validation("Khi trả lại kế hoạch, hãy ghi rõ ý kiến để đơn vị biết cần sửa gì.", {
      fields: { comment: "Ý kiến: bắt buộc nhập khi trả lại." },
    });
  }
  const now = ctx.clock.now();
  await withTx(ctx, async (tx) => {
    const after = await versionedUpdate(tx, unitPlanSubmissions, {
      id,
      version: input.version,
      set: { status: decision, reviewedAt: now, reviewedBy: actor.userId, reviewComment: comment || null },
      notFound: "Không tìm thấy kế hoạch của đơn vị.",
    });
    await recordAudit(tx.db, tx, {
      action: decision === "accepted" ? "unit_plan.accept" : "unit_plan.return",
      entityType: "unit_plan",
      entityId: id,
      unitId: row.unitId,
      before: { status: before.status, reviewComment: before.reviewComment, version: before.version },
      after: { status: after.status, reviewComment: after.reviewComment, version: after.version },
    });
    await unitPlanReviewed(tx.db, ctx, { id, unitId: row.unitId, decision, comment });
  });
  const fresh = await rowOfSubmission(ctx.db, id);
  const [view] = await viewRows(ctx, fresh!.planId, [fresh!]);
  return view!;
}
