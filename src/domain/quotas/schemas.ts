/**
 * The quota API's shapes (SPEC F1–F3, issue #9 items 1–3): one Zod schema per shape,
 * used by the routes and the web. `POST /api/quotas/simulate` takes exactly the body
 * the issue states and answers `{ allocations: [{ unitId, exact, seats }], sum }` (plus
 * what the what-if view shows beside them).
 */
import { z } from "zod";
import { CompositionTargetsSchema } from "../plan/composition-targets.ts";
import { cleanText } from "../text.ts";
import "../zod-vi.ts";

export const QUOTA_BASES = ["workforce", "population", "honoured", "equal", "custom"] as const;
export type QuotaBasis = (typeof QUOTA_BASES)[number];
export const QuotaBasisSchema = z.enum(QUOTA_BASES);

export const QUOTA_BASIS_LABELS: Readonly<Record<QuotaBasis, string>> = {
  workforce: "Số lao động",
  population: "Dân số",
  honoured: "Số điển hình được biểu dương tại hội nghị của đơn vị",
  equal: "Chia đều",
  custom: "Trọng số tự nhập",
};

const count = (label: string) =>
  z
    .number({ error: `${label}: phải là số` })
    .int(`${label}: phải là số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(100_000, `${label}: quá lớn`);

const unitKey = z.uuid("Mã đơn vị không hợp lệ");

/** What the office asks: the body, and optionally which higher conference. */
export const QuotaRequestSchema = z.object({
  conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional(),
  total: count("Tổng chỉ tiêu"),
  basis: QuotaBasisSchema,
  minimum: count("Tối thiểu mỗi đơn vị").default(0),
  maximum: count("Tối đa mỗi đơn vị").nullish(),
  weights: z
    .record(unitKey, z.number().min(0, "Trọng số: không được âm").max(1e12, "Trọng số: quá lớn"))
    .optional(),
  overrides: z.record(unitKey, count("Chỉ tiêu cố định")).optional(),
});
export type QuotaRequest = z.input<typeof QuotaRequestSchema>;

export const UnitRefSchema = z.object({ unitId: z.string(), unitName: z.string() });

export const AllocationLineSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  weight: z.number(),
  /** Exact share by weight alone: total × weight / Σ weights. */
  exact: z.number(),
  seats: z.number().int(),
  overridden: z.boolean(),
});
export type AllocationLine = z.infer<typeof AllocationLineSchema>;

const SeatLossSchema = UnitRefSchema.extend({ before: z.number(), after: z.number() });

export const SimulateLineSchema = AllocationLineSchema.extend({
  /** Seats in the published allocation, null when none is published or the unit had no line. */
  current: z.number().int().nullable(),
  change: z.number().int(),
});

export const PublishedSummarySchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  total: z.number().int(),
  basis: QuotaBasisSchema,
  publishedAt: z.string(),
});

export const SimulateResultSchema = z.object({
  allocations: z.array(SimulateLineSchema),
  sum: z.number().int(),
  total: z.number().int(),
  basis: QuotaBasisSchema,
  largestDeviation: UnitRefSchema.extend({ deviation: z.number() }).nullable(),
  /** Alabama paradox ahead: the first larger total (up to +5) at which a unit loses a seat. */
  paradox: z.object({ total: z.number().int(), losses: z.array(SeatLossSchema) }).nullable(),
  /** Units losing seats against the published allocation although the total grew. */
  losers: z.array(SeatLossSchema),
  /** Units without the basis' figure (counted with weight 0). */
  missing: z.array(UnitRefSchema),
  current: PublishedSummarySchema.nullable(),
  tieRule: z.string(),
});
export type SimulateResult = z.infer<typeof SimulateResultSchema>;

export const SaveAllocationSchema = QuotaRequestSchema.extend({
  note: z
    .string()
    .nullish()
    .transform((v) => (v ? cleanText(v) : "") || null)
    .pipe(z.string().max(500, "Ghi chú: tối đa 500 ký tự").nullable()),
  /** The newest version number the office saw (0: none); another save since → 409. */
  latestVersionNo: z.number().int().min(0),
});
export type SaveAllocation = z.input<typeof SaveAllocationSchema>;

export const AllocationVersionSchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  basis: QuotaBasisSchema,
  total: z.number().int(),
  minimum: z.number().int(),
  maximum: z.number().int().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  /** The latest published version: every unit's quota. */
  isCurrent: z.boolean(),
});
export type AllocationVersion = z.infer<typeof AllocationVersionSchema>;

export const AllocationDetailSchema = AllocationVersionSchema.extend({
  weights: z.record(z.string(), z.number()),
  overrides: z.record(z.string(), z.number()),
  lines: z.array(AllocationLineSchema),
});
export type AllocationDetail = z.infer<typeof AllocationDetailSchema>;

export const VersionsQuerySchema = z.object({
  conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const VersionsPageSchema = z.object({
  items: z.array(AllocationVersionSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const PublishSchema = z.object({ latestVersionNo: z.number().int().min(0) });

export const ConferenceQuerySchema = z.object({
  conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional(),
});

const ViolationSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning"]),
  section: z.string(),
  message: z.string(),
  hint: z.string(),
  field: z.string().optional(),
});

export const SeatsSchema = z.object({
  total: count("Tổng số đại biểu").min(1, "Tổng số đại biểu: ít nhất 1"),
  exemplars: count("Đại biểu điển hình tiên tiến"),
  guests: count("Khách mời"),
});

export const SeatsViewSchema = SeatsSchema.extend({
  conferenceId: z.string(),
  conferenceTitle: z.string(),
  cap: z.number().int(),
  exemplarTarget: z.number(),
  exemplarTolerance: z.number(),
  /** 0 while the plan's defaults are shown (nothing saved yet). */
  version: z.number().int(),
  isDefault: z.boolean(),
  violations: z.array(ViolationSchema),
  canEdit: z.boolean(),
});
export type SeatsView = z.infer<typeof SeatsViewSchema>;

export const SeatsUpdateSchema = SeatsSchema.extend({
  conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional(),
  version: z.number().int().min(0),
});

/** The page's frame: the higher conference, the units with their figures, the published allocation. */
export const QuotaOverviewSchema = z.object({
  conference: z.object({ id: z.string(), title: z.string(), planId: z.string() }).nullable(),
  planId: z.string().nullable(),
  units: z.array(
    UnitRefSchema.extend({
      workforce: z.number().nullable(),
      population: z.number().nullable(),
      honoured: z.number().int(),
    }),
  ),
  published: AllocationDetailSchema.nullable(),
  latestVersionNo: z.number().int(),
  tieRule: z.string(),
  canManage: z.boolean(),
});
export type QuotaOverview = z.infer<typeof QuotaOverviewSchema>;

export const MyQuotaSchema = z.object({
  conferenceTitle: z.string().nullable(),
  unitName: z.string().nullable(),
  seats: z.number().int().nullable(),
  versionNo: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
});
export type MyQuota = z.infer<typeof MyQuotaSchema>;

export const TargetsViewSchema = z.object({
  planId: z.string(),
  targets: CompositionTargetsSchema,
  version: z.number().int(),
  isDefault: z.boolean(),
  canEdit: z.boolean(),
});
export type TargetsView = z.infer<typeof TargetsViewSchema>;

export const TargetsUpdateSchema = z.object({
  planId: z.uuid("Mã kế hoạch không hợp lệ").optional(),
  targets: CompositionTargetsSchema,
  version: z.number().int().min(0),
});
