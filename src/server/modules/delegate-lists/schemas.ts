/** Shapes of the delegate-list import (E3) answers, for the route and the web client. */
import { z } from "zod";
import { FIELD_KEYS } from "../../imports/delegate-list.ts";

export const PREVIEW_ROWS = 50;

export const ImportErrorSchema = z.object({
  /** Excel row number; 0 for the whole file. */
  row: z.number().int(),
  /** Excel column letter, or "" for the whole file or row. */
  column: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

export const ParsedRowSchema = z.object({
  row: z.number().int(),
  fullName: z.string(),
  gender: z.enum(["male", "female"]).nullable(),
  birthYear: z.number().int().nullable(),
  ethnicityCode: z.string().nullable(),
  ethnicityName: z.string().nullable(),
  position: z.string().nullable(),
  achievement: z.string().nullable(),
  category: z.string().nullable(),
  note: z.string().nullable(),
  /** exemplar, or guest when "Đối tượng" says khách mời. */
  role: z.enum(["exemplar", "guest"]),
});

const MappingSchema = z.record(z.string(), z.string().nullable());

export const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Data rows read (and, when saved, put on the list). */
  rows: z.number().int(),
  errors: z.array(ImportErrorSchema),
  mapping: MappingSchema,
  headers: z.record(z.string(), z.string()),
  sheetName: z.string().nullable(),
  sheetNames: z.array(z.string()),
  headerRow: z.number().int().nullable(),
  preview: z.array(ParsedRowSchema),
  /** People created for the conference's unit (predicted on a dry run). */
  created: z.number().int(),
  /** People of the unit already known (same name, birth year, gender), reused. */
  reused: z.number().int(),
  /** Of those, already on this conference's list: left as they are. */
  alreadyListed: z.number().int(),
  /** Delegates added to the conference. */
  added: z.number().int(),
  /** The conference's version after the import (null on a dry run). */
  version: z.number().int().nullable(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportFailureSchema = ImportResultSchema.extend({
  error: z.object({ code: z.literal("IMPORT_INVALID"), message: z.string() }),
});

/** The optional multipart field `mapping`: {"fullName": "B", "note": null, …}. */
export const MappingOverrideSchema = z
  .record(z.string(), z.string().max(3).nullable())
  .refine((m) => Object.keys(m).every((k) => (FIELD_KEYS as readonly string[]).includes(k)), {
    message: `Chỉ được chọn cột cho các thông tin: ${FIELD_KEYS.join(", ")}`,
  });
