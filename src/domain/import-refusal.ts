/**
 * The 422 IMPORT_INVALID body of a refused import (units B1, delegate lists E3):
 * nothing was saved and `details` names each wrong row and column (issue #7 item 5).
 * Used by the routes' response schemas and by the web to read the refusal.
 */
import { z } from "zod";

export const ImportRowErrorSchema = z.object({
  /** Excel row number; null (or 0) for the whole file. */
  row: z.number().int().nullable(),
  /** Excel column letter or name; null (or "") for the whole file or row. */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportRefusedSchema = z.object({
  error: z.object({
    code: z.literal("IMPORT_INVALID"),
    message: z.string(),
    details: z.array(ImportRowErrorSchema),
  }),
});
