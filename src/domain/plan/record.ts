/** The plan record as the API returns it (summary, list item, detail) and its update (A1, A2). */
import { z } from "zod";
import { pageQuery } from "../paging.ts";
import { isoDate, line, paragraph, version } from "./fields.ts";
import { LegalBasisInputSchema, LegalBasisSchema } from "./legal-bases.ts";
import { MilestoneSchema } from "./milestones.ts";
import { ParticipantSchema } from "./participants.ts";
import { PlanStatusSchema } from "./status.ts";

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

/**
 * `GET /api/plans` (issue #11 item 5): templates only (`template=true`) or plans only (`false`),
 * words of the title or number without diacritics; pages of 100 by default, at most 500.
 */
export const PlanListQuerySchema = z
  .object({
    template: z.stringbool().optional(),
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
  })
  .extend(pageQuery(100, 500).shape);
export type PlanListQuery = z.infer<typeof PlanListQuerySchema>;

/** PlanSummary + its rules (a PlanRules document, ./rules.ts) + every participant. */
export const PlanDetailSchema = PlanSummarySchema.extend({
  templateId: z.uuid().nullable(),
  rules: z.record(z.string(), z.unknown()),
  participants: z.array(ParticipantSchema),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

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
