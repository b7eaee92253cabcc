/** A plan's status and its Vietnamese labels (A1). */
import { z } from "zod";
import "../zod-vi.ts";

export const PLAN_STATUSES = ["draft", "issued", "closed"] as const;
export const PlanStatusSchema = z.enum(
  PLAN_STATUSES,
  "chỉ nhận draft (dự thảo), issued (đã ban hành) hoặc closed (đã kết thúc)",
);
export const PLAN_STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], string> = {
  draft: "Dự thảo",
  issued: "Đã ban hành",
  closed: "Đã kết thúc",
};
