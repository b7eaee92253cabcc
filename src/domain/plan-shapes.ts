/** Plan and milestone shapes as the API returns them (A1, A3). */
import { z } from "zod";

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
