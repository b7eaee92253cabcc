/**
 * SPEC A2: a new plan from a template: either shift every milestone by `dateShiftDays`,
 * or give every milestone's new date in `milestones`.
 */
import { z } from "zod";
import { isoDate, line } from "./fields.ts";

export const PlanFromTemplateSchema = z
  .object({
    templateId: z.uuid("mã kế hoạch mẫu không hợp lệ"),
    title: line(1000).optional(),
    dateShiftDays: z.number().int("phải là số nguyên").min(-36_500).max(36_500).optional(),
    milestones: z
      .array(z.object({ code: z.string().min(1), dueOn: isoDate }))
      .max(100)
      .optional(),
  })
  .refine((v) => v.dateShiftDays === undefined || v.milestones === undefined, {
    message: "Chỉ chọn một cách: dời tất cả các mốc một số ngày, hoặc nhập ngày cho từng mốc",
    path: ["milestones"],
  });
export type PlanFromTemplate = z.infer<typeof PlanFromTemplateSchema>;
