/** Plan and milestone shapes as the API returns and accepts them (A1–A3, B2). */
import { z } from "zod";
import { cleanText, nfc } from "./text.ts";
import "./zod-vi.ts";

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

/** Whom a milestone binds: every participant, pilot units, ordinary units, or the office itself. */
export const MILESTONE_SCOPES = ["all", "pilot", "ordinary", "office"] as const;
export const PARTICIPANT_ROLES = ["ordinary", "pilot"] as const;
export const ParticipantRoleSchema = z.enum(
  PARTICIPANT_ROLES,
  "chỉ nhận ordinary (đơn vị thường) hoặc pilot (đơn vị điểm)",
);

export const MilestoneSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string(),
  dueOn: z.string(),
  appliesTo: z.string(),
  section: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const LegalBasisSchema = z.object({
  code: z.string(),
  title: z.string(),
  issuedOn: z.string().optional(),
  issuer: z.string().optional(),
  version: z.string().optional(),
});

export const PlanSummarySchema = z.object({
  id: z.uuid(),
  issuingBody: z.string(),
  parentBody: z.string().nullable(),
  numberSymbol: z.string(),
  issuedOn: z.string().nullable(),
  place: z.string(),
  title: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  legalBases: z.array(LegalBasisSchema),
  purposes: z.array(z.string()),
  targetCongress: z.string().nullable(),
  recipients: z.array(z.string()),
  status: z.string(),
  isTemplate: z.boolean(),
  version: z.number().int(),
  milestones: z.array(MilestoneSchema),
  pilots: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), invitees: z.array(z.string()) })),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  numberSymbol: z.string(),
  status: z.string(),
  isTemplate: z.boolean(),
  issuedOn: z.string().nullable(),
  templateId: z.uuid().nullable(),
  version: z.number().int(),
});
export type PlanListItem = z.infer<typeof PlanListItemSchema>;

export const ParticipantSchema = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  role: z.string(),
  invitees: z.array(z.string()),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** PlanSummary + its rules (a PlanRules document, src/domain/plan/rules.ts) + every participant. */
export const PlanDetailSchema = PlanSummarySchema.extend({
  templateId: z.uuid().nullable(),
  rules: z.record(z.string(), z.unknown()),
  participants: z.array(ParticipantSchema),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

// ---- inputs ----------------------------------------------------------------

const line = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, "bắt buộc nhập").max(max, `tối đa ${max} ký tự`));
const optionalLine = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, `tối đa ${max} ký tự`))
    .transform((v) => (v === "" ? undefined : v))
    .optional();
/** A paragraph: NFC, trimmed, inner line breaks kept. */
const paragraph = (max: number) =>
  z
    .string()
    .transform((v) => nfc(v).trim())
    .pipe(z.string().min(1, "bắt buộc nhập").max(max, `tối đa ${max} ký tự`));
const isoDate = z.iso.date("phải là ngày dạng yyyy-mm-dd");
const version = z.number().int().min(1);

export const LegalBasisInputSchema = z.object({
  code: line(100),
  title: line(1000),
  issuedOn: isoDate.optional(),
  issuer: optionalLine(300),
  /** Which text of a changing law applies, e.g. "áp dụng năm 2019" or "Luật 06/2022/QH15". */
  version: optionalLine(200),
});

export const PlanUpdateSchema = z.object({
  issuingBody: line(300).optional(),
  parentBody: line(300).nullable().optional(),
  numberSymbol: line(100).optional(),
  issuedOn: isoDate.nullable().optional(),
  place: line(200).optional(),
  title: line(1000).optional(),
  signerName: line(200).optional(),
  signerTitle: line(200).optional(),
  legalBases: z.array(LegalBasisInputSchema).max(50).optional(),
  purposes: z.array(paragraph(5000)).max(30).optional(),
  targetCongress: line(500).nullable().optional(),
  recipients: z.array(line(300)).max(50).optional(),
  status: PlanStatusSchema.optional(),
  /**
   * Changes to the plan's rules (PlanRules): objects are merged into the current rules,
   * arrays replace the old array, null resets a value to its default. Validated as a whole.
   */
  rules: z.record(z.string(), z.unknown()).optional(),
  version,
});
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const MilestoneInputSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/u, "chữ thường không dấu, số hoặc '_' (2–40 ký tự)"),
  label: line(300),
  dueOn: isoDate,
  appliesTo: z.enum(MILESTONE_SCOPES, "chỉ nhận all, pilot, ordinary hoặc office").default("all"),
  section: optionalLine(30).nullable(),
});
export const MilestonesInputSchema = z.object({
  milestones: z
    .array(MilestoneInputSchema)
    .max(100)
    .refine(
      (ms) => new Set(ms.map((m) => `${m.code}|${m.appliesTo}`)).size === ms.length,
      "Hai mốc thời gian cùng mã và cùng đối tượng áp dụng",
    ),
  version,
});
export type MilestonesInput = z.infer<typeof MilestonesInputSchema>;

export const ParticipantInputSchema = z.object({
  unitId: z.uuid("mã đơn vị không hợp lệ"),
  role: ParticipantRoleSchema.default("ordinary"),
  invitees: z.array(line(500)).max(50).default([]),
});
export const ParticipantsInputSchema = z.object({
  participants: z
    .array(ParticipantInputSchema)
    .max(5000)
    .refine((ps) => new Set(ps.map((p) => p.unitId)).size === ps.length, "Một đơn vị được ghi hai lần"),
  version,
});
export type ParticipantsInput = z.infer<typeof ParticipantsInputSchema>;

/**
 * A new plan from a template (A2): either shift every milestone by `dateShiftDays`,
 * or give every milestone's new date in `milestones`.
 */
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

/** yyyy-mm-dd plus `days` calendar days (negative moves earlier). */
export function shiftIsoDate(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
