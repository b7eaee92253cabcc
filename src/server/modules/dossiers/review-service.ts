/** The office accepts or returns a unit's dossier item with a comment (G3); a returned item is sent again by the unit. */
import { and, eq } from "drizzle-orm";
import {
  DOSSIER_ITEM_STATUS_LABELS,
  type Dossier,
  type DossierItemStatus,
} from "../../../domain/dossiers.ts";
import { cleanText, nfc } from "../../../domain/text.ts";
import { dossierItems } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requireReadable, requireReviewer } from "./policy.ts";
import { loadItem } from "./queries.ts";
import { getDossier } from "./read-service.ts";
import { auditView } from "./write-support.ts";

export async function reviewItem(
  ctx: ServiceContext,
  id: string,
  decision: "accepted" | "returned",
  input: { version: number; comment?: string },
): Promise<Dossier> {
  const before = await loadItem(ctx.db, id);
  if (!before) throw notFound("Không tìm thấy mục hồ sơ.");
  // A unit user never learns of another unit's item (404); its own it may not review (403).
  requireReadable(ctx, before.unitId);
  requireReviewer(ctx);
  if (before.status !== "submitted") {
    const label = DOSSIER_ITEM_STATUS_LABELS[before.status as DossierItemStatus] ?? before.status;
    throw new AppError("CONFLICT", `Chỉ duyệt được mục hồ sơ đã gửi; mục này đang ở trạng thái "${label}".`);
  }
  const comment = input.comment === undefined ? "" : nfc(input.comment).trim();
  if (decision === "returned" && cleanText(comment) === "") {
    throw validation("Khi trả lại mục hồ sơ, hãy ghi rõ ý kiến để đơn vị biết cần sửa gì.", {
      fields: { comment: "Ý kiến: bắt buộc nhập khi trả lại." },
    });
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(dossierItems)
      .set({
        status: decision,
        reviewedAt: now,
        reviewedBy: ctx.actor.userId,
        reviewComment: comment === "" ? null : comment,
        version: input.version + 1,
        updatedAt: now,
      })
      .where(and(eq(dossierItems.id, id), eq(dossierItems.version, input.version)))
      .returning();
    if (!after) throw stale();
    await recordAudit(tx, ctx, {
      action: decision === "accepted" ? "dossier.accept" : "dossier.return",
      entityType: "dossier_item",
      entityId: id,
      unitId: before.unitId,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return getDossier(ctx, before.unitId);
}
