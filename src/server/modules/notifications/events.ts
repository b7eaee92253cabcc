/**
 * In-app notifications for the events a unit cares about (SPEC K4, plan III.1–III.2): its
 * conference or its implementation plan returned or approved. Called once, at the end of the
 * reviewing transaction, so the notice and its e-mail commit with the decision.
 */
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../http/context.ts";
import { notifyUnit } from "./write.ts";

const withComment = (text: string, comment: string | null | undefined) =>
  comment?.trim() ? `${text} Ý kiến: “${comment.trim()}”` : text;

export async function conferenceReviewed(
  tx: Db,
  ctx: { clock: Clock },
  c: { id: string; unitId: string; decision: string; comment?: string | null },
): Promise<void> {
  if (c.decision !== "approve" && c.decision !== "return") return;
  const approved = c.decision === "approve";
  await notifyUnit(tx, ctx, {
    kind: approved ? "conference_approved" : "conference_returned",
    title: approved ? "Hội nghị của đơn vị đã được duyệt" : "Hội nghị của đơn vị bị trả lại",
    body: withComment(
      approved
        ? "Nội dung hội nghị của đơn vị đã được duyệt. Đơn vị tổ chức hội nghị theo nội dung đã duyệt."
        : "Nội dung hội nghị của đơn vị bị trả lại. Hãy sửa theo ý kiến rồi nộp lại.",
      c.comment,
    ),
    link: `/hoi-nghi/${c.id}`,
    unitId: c.unitId,
    entityType: "conference",
    entityId: c.id,
  });
}

export async function unitPlanReviewed(
  tx: Db,
  ctx: { clock: Clock },
  p: { id: string; unitId: string; decision: "accepted" | "returned"; comment?: string | null },
): Promise<void> {
  const accepted = p.decision === "accepted";
  await notifyUnit(tx, ctx, {
    kind: accepted ? "unit_plan_accepted" : "unit_plan_returned",
    title: accepted ? "Kế hoạch của đơn vị đã được chấp nhận" : "Kế hoạch của đơn vị bị trả lại",
    body: withComment(
      accepted
        ? "Kế hoạch tổ chức hội nghị của đơn vị đã được chấp nhận."
        : "Kế hoạch tổ chức hội nghị của đơn vị bị trả lại. Hãy sửa theo ý kiến rồi gửi lại.",
      p.comment,
    ),
    link: "/ke-hoach-don-vi",
    unitId: p.unitId,
    entityType: "unit_plan",
    entityId: p.id,
  });
}
