/** The plan's milestones (A3): whom each binds, their shapes in and out, shifting dates (A2). */
import { z } from "zod";
import { isoDate, line, optionalLine, version } from "./fields.ts";

/** Whom a milestone binds: every participant, pilot units, ordinary units, or the office itself. */
export const MILESTONE_SCOPES = ["all", "pilot", "ordinary", "office"] as const;

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

/** yyyy-mm-dd plus `days` calendar days (negative moves earlier). */
export function shiftIsoDate(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
