/**
 * Dossiers after the conference (SPEC G1–G4, plan II.3.3): the checklist as plan data,
 * the status of each item, the completeness and timeliness of a unit's dossier, and
 * the API shapes. Pure, shared by server and web.
 */
import { z } from "zod";
import { TIMELINESS, type Timeliness, timeliness, timelinessLabel } from "./unit-plans.ts";
import "./zod-vi.ts";

/** Generated drafts (G4): each is a Nghị định 30 docx built from the unit's conference. */
export const DOSSIER_GENERATORS = ["summary_report", "delegate_list", "submission", "minutes"] as const;
export type DossierGenerator = (typeof DOSSIER_GENERATORS)[number];
export const DOSSIER_GENERATOR_LABELS: Record<DossierGenerator, string> = {
  summary_report: "Tạo khung báo cáo theo Đề cương",
  delegate_list: "Tạo danh sách trích ngang",
  submission: "Tạo dự thảo tờ trình",
  minutes: "Tạo dự thảo biên bản",
};

/** One line of the plan's checklist (G1). */
export const DossierRequirementSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/u, "mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới"),
  label: z.string().trim().min(1, "không được để trống").max(300, "tối đa 300 ký tự"),
  /** One item per person the unit sends up (báo cáo thành tích). */
  perNominee: z.boolean().default(false),
  /** For a per-nominee line: at least this many people (checked against nominations once they exist). */
  minCount: z.number().int().min(0).max(1000).default(1),
  generator: z.enum(DOSSIER_GENERATORS).nullable().default(null),
});
export type DossierRequirement = z.infer<typeof DossierRequirementSchema>;

/** The seed plan's checklist (II.3.3). */
export const SEED_DOSSIER_REQUIREMENTS: readonly DossierRequirement[] = [
  {
    code: "summary_report",
    label: "Báo cáo tổng kết Hội nghị",
    perNominee: false,
    minCount: 1,
    generator: "summary_report",
  },
  {
    code: "delegate_list",
    label: "Danh sách trích ngang đại biểu dự Hội nghị điển hình tiên tiến cấp trên",
    perNominee: false,
    minCount: 1,
    generator: "delegate_list",
  },
  { code: "submission", label: "Tờ trình", perNominee: false, minCount: 1, generator: "submission" },
  { code: "minutes", label: "Biên bản Hội nghị", perNominee: false, minCount: 1, generator: "minutes" },
  {
    code: "achievement_report",
    label: "Báo cáo thành tích của đại biểu",
    perNominee: true,
    minCount: 1,
    generator: null,
  },
];

/** The milestone whose due date dossiers are measured against (A3, II.3.3). */
export const DOSSIER_MILESTONE = "dossier";

export const DOSSIER_ITEM_STATUSES = ["missing", "draft", "submitted", "accepted", "returned"] as const;
export type DossierItemStatus = (typeof DOSSIER_ITEM_STATUSES)[number];
export const DOSSIER_ITEM_STATUS_LABELS: Record<DossierItemStatus, string> = {
  missing: "Chưa có",
  draft: "Chưa gửi",
  submitted: "Đã gửi, chờ duyệt",
  accepted: "Đã chấp nhận",
  returned: "Bị trả lại",
};
/** A unit may replace the file and (re)submit in these states. */
export const DOSSIER_EDITABLE: readonly DossierItemStatus[] = ["missing", "draft", "returned"];

// ---- completeness and timeliness (G3) ---------------------------------------

/** Raw figures of one unit's dossier, as the aggregate query returns them. */
export type DossierCounts = {
  required: number;
  /** Required slots sent and not returned (submitted or accepted). */
  submitted: number;
  accepted: number;
  returned: number;
  /** When the last missing item was sent, if every required item is sent; else null. */
  completedAt: Date | null;
};

export const DOSSIER_STATES = ["complete", "partial", "missing"] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];
export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  complete: "Đủ hồ sơ",
  partial: "Còn thiếu",
  missing: "Chưa nộp",
};

export function dossierState(c: Pick<DossierCounts, "required" | "submitted" | "completedAt">): DossierState {
  if (c.completedAt) return "complete";
  return c.submitted > 0 ? "partial" : "missing";
}

/** On time / late by N days (complete after the due date) / overdue / pending, in Vietnam's days. */
export function dossierTimeliness(
  dueOn: string | null,
  completedAt: Date | null,
  today: Date,
): Timeliness | null {
  return dueOn ? timeliness(dueOn, completedAt, today) : null;
}
export { timelinessLabel };

// ---- API shapes ---------------------------------------------------------------

const TimelinessSchema = z
  .object({ state: z.enum(TIMELINESS), days: z.number().int(), dueOn: z.string(), label: z.string() })
  .nullable();

export const DossierFileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const DossierItemSchema = z.object({
  /** null for a checklist line with nothing yet. */
  id: z.uuid().nullable(),
  requirementCode: z.string(),
  person: z.object({ id: z.uuid(), fullName: z.string(), position: z.string().nullable() }).nullable(),
  status: z.enum(DOSSIER_ITEM_STATUSES),
  statusLabel: z.string(),
  file: DossierFileSchema.nullable(),
  generated: z.boolean(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  /** 0 while there is no record: an upload with version 0 creates it. */
  version: z.number().int(),
});
export type DossierItem = z.infer<typeof DossierItemSchema>;

export const DossierLineSchema = z.object({
  code: z.string(),
  label: z.string(),
  perNominee: z.boolean(),
  minCount: z.number().int(),
  generator: z.enum(DOSSIER_GENERATORS).nullable(),
  items: z.array(DossierItemSchema),
});
export type DossierLine = z.infer<typeof DossierLineSchema>;

export const DossierSummarySchema = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  required: z.number().int(),
  submitted: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  completedAt: z.string().nullable(),
  state: z.enum(DOSSIER_STATES),
  stateLabel: z.string(),
  timeliness: TimelinessSchema,
});
export type DossierSummary = z.infer<typeof DossierSummarySchema>;

export const DossierSchema = z.object({
  planId: z.uuid(),
  summary: DossierSummarySchema,
  /** The unit's conference, if it has one (generated drafts are filled from it). */
  conference: z.object({ id: z.uuid(), date: z.string().nullable(), status: z.string() }).nullable(),
  lines: z.array(DossierLineSchema),
});
export type Dossier = z.infer<typeof DossierSchema>;

export const DossierListQuerySchema = z.object({
  state: z.enum(DOSSIER_STATES).optional(),
  /** Units with an item waiting for the office's review. */
  awaiting: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DossierListQuery = z.infer<typeof DossierListQuerySchema>;

export const DossierListSchema = z.object({
  items: z.array(DossierSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  dueOn: z.string().nullable(),
});

export const DossierUploadQuerySchema = z.object({
  requirement: z.string().min(1).max(40),
  personId: z.uuid("Mã người không hợp lệ").optional(),
  version: z.coerce.number().int().min(0).default(0),
});
export const DossierGenerateSchema = z.object({
  requirement: z.string().min(1).max(40),
  version: z.number().int().min(0),
});
export const DossierSubmitSchema = z.object({
  items: z
    .array(z.object({ id: z.uuid(), version: z.number().int().min(1) }))
    .min(1, "Hãy chọn ít nhất một mục hồ sơ để gửi.")
    .max(500),
});
export const DossierReviewSchema = z.object({
  version: z.number().int().min(1),
  comment: z.string().max(4000, "tối đa 4000 ký tự").optional(),
});
