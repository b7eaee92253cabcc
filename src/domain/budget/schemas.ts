/**
 * The budget's API shapes (SPEC I1; issue #14 "API that outside checks rely on"):
 * `BudgetSummarySchema` is GET /api/conferences/:id/budget exactly; `BudgetSheetSchema`
 * is the page's full view (lines with norms and variance, steps, receipts, peers).
 */
import { z } from "zod";
import { BUDGET_STATUSES, BudgetActionsSchema, BudgetStatusSchema } from "../budget-lifecycle.ts";
import { BudgetCategorySchema, BudgetLineInputSchema } from "./lines.ts";
import { VenueClassSchema } from "./norms.ts";

export const BudgetSummarySchema = z.object({
  lines: z.array(
    z.object({ label: z.string(), estimate: z.number().int(), actual: z.number().int().nullable() }),
  ),
  totalEstimate: z.number().int(),
  totalActual: z.number().int(),
  totalEstimateInWords: z.string(),
});
export type BudgetSummary = z.infer<typeof BudgetSummarySchema>;

const ViolationSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning"]),
  section: z.string(),
  message: z.string(),
  hint: z.string(),
  field: z.string().optional(),
  line: z.number().int(),
});

export const SheetLineSchema = z.object({
  /** Null for the award money line (computed from the decisions). */
  id: z.uuid().nullable(),
  category: BudgetCategorySchema,
  label: z.string(),
  quantity: z.number().int(),
  unit: z.string(),
  unitPrice: z.number().int(),
  estimate: z.number().int(),
  actual: z.number().int().nullable(),
  variance: z.number().int().nullable(),
  /** The norm's highest unit price in force, if one applies. */
  norm: z.number().int().nullable(),
  receiptFileId: z.uuid().nullable(),
  receiptName: z.string().nullable(),
});
export type SheetLine = z.infer<typeof SheetLineSchema>;

export const PeerSchema = z.object({
  unitName: z.string(),
  delegates: z.number().int(),
  cost: z.number().int(),
  perDelegate: z.number().int().nullable(),
  own: z.boolean(),
});

export const BudgetSheetSchema = z.object({
  conferenceId: z.uuid(),
  conferenceTitle: z.string(),
  unitName: z.string(),
  /** False until the first save. */
  exists: z.boolean(),
  status: BudgetStatusSchema,
  statusLabel: z.string(),
  venueClass: VenueClassSchema,
  version: z.number().int(),
  reviewComment: z.string().nullable(),
  lines: z.array(SheetLineSchema),
  totalEstimate: z.number().int(),
  totalActual: z.number().int(),
  variance: z.number().int(),
  variancePercent: z.number().nullable(),
  totalEstimateInWords: z.string(),
  totalActualInWords: z.string(),
  delegates: z.number().int(),
  perDelegate: z.number().int().nullable(),
  violations: z.array(ViolationSchema),
  /**
   * Cost per delegate (organising cost, award money apart) of the plan's budgeted conferences:
   * by name for those who read every budget; for a unit, its own and the others' average.
   */
  peers: z.array(PeerSchema),
  othersAverage: z.number().int().nullable(),
  can: BudgetActionsSchema,
});
export type BudgetSheet = z.infer<typeof BudgetSheetSchema>;

export const EstimatePutSchema = z.object({
  version: z.number().int().min(0),
  venueClass: VenueClassSchema,
  lines: z.array(BudgetLineInputSchema).max(100, "Tối đa 100 khoản chi."),
});
export type EstimatePut = z.infer<typeof EstimatePutSchema>;

export const ActualsPutSchema = z.object({
  version: z.number().int().min(1),
  lines: z.array(
    z.object({
      id: z.uuid("Khoản chi không hợp lệ"),
      actual: z
        .number("Thực chi: hãy nhập số tiền (đồng).")
        .int("Thực chi phải là số đồng nguyên.")
        .min(0, "Thực chi không được âm.")
        .max(10_000_000_000_000, "Thực chi quá lớn.")
        .nullable(),
    }),
  ),
});
export type ActualsPut = z.infer<typeof ActualsPutSchema>;

export const StepBodySchema = z.object({
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000, "Ý kiến: tối đa 2000 ký tự.").optional(),
});
export type StepBody = z.infer<typeof StepBodySchema>;

export const BudgetListQuerySchema = z.object({
  status: z.enum([...BUDGET_STATUSES, "none"], "Trạng thái không hợp lệ").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const BudgetListSchema = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      conferenceId: z.uuid(),
      kind: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      unitName: z.string(),
      status: BudgetStatusSchema.nullable(),
      statusLabel: z.string(),
      /** Organising cost (award money apart). */
      totalEstimate: z.number().int(),
      totalActual: z.number().int(),
    }),
  ),
});
export type BudgetList = z.infer<typeof BudgetListSchema>;
