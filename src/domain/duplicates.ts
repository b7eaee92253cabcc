/** Shapes of the duplicate-people report (E6) and its dismissals. */
import { z } from "zod";
import { pageQuery } from "./paging.ts";
import { GenderSchema, optionalText } from "./persons.ts";
import { PersonConferenceSchema } from "./search.ts";

export const DuplicatePersonSchema = z.object({
  personId: z.uuid(),
  fullName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  gender: GenderSchema.nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string().nullable(),
  conferences: z.array(PersonConferenceSchema),
});

export const DuplicatePairSchema = z.object({ personIdA: z.uuid(), personIdB: z.uuid() });

export const DuplicateGroupSchema = z.object({
  /** The duplicate key: folded name | birth year | gender. */
  key: z.string(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: GenderSchema.nullable(),
  /** People of different units in this group that are in at least one open pair. */
  people: z.array(DuplicatePersonSchema),
  /** Pairs of people of different units not marked "not the same person". */
  pairs: z.array(DuplicatePairSchema),
  unitCount: z.number().int(),
});
export type DuplicateGroup = z.infer<typeof DuplicateGroupSchema>;

export const DismissalSchema = z.object({
  id: z.uuid(),
  personIdA: z.uuid(),
  personIdB: z.uuid(),
  fullNameA: z.string(),
  unitNameA: z.string(),
  fullNameB: z.string(),
  unitNameB: z.string(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

/** One page of groups (issue #11 item 5), grouped and counted in SQL. */
export const DuplicatesQuerySchema = pageQuery(100, 2000);

export const DuplicatesResultSchema = z.object({
  groups: z.array(DuplicateGroupSchema),
  /** Groups in all (groups holds page `page` of `limit`). */
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  dismissals: z.array(DismissalSchema),
});
export type DuplicatesResult = z.infer<typeof DuplicatesResultSchema>;

export const DismissInputSchema = z.object({
  personIdA: z.uuid("Người thứ nhất: mã không hợp lệ"),
  personIdB: z.uuid("Người thứ hai: mã không hợp lệ"),
  note: optionalText("Ghi chú", 1000),
});
export type DismissInput = z.output<typeof DismissInputSchema>;
