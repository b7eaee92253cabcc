/** Units taking part in a plan: ordinary or pilot, with their invitees (A1, B2). */
import { z } from "zod";
import { line, version } from "./fields.ts";

export const PARTICIPANT_ROLES = ["ordinary", "pilot"] as const;
export const ParticipantRoleSchema = z.enum(
  PARTICIPANT_ROLES,
  "chỉ nhận ordinary (đơn vị thường) hoặc pilot (đơn vị điểm)",
);

export const ParticipantSchema = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  role: z.string(),
  invitees: z.array(z.string()),
});
export type Participant = z.infer<typeof ParticipantSchema>;

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
