/** Shapes of the people search (E5): query and answer, for the route and the web client. */
import { z } from "zod";
import { GenderSchema } from "./persons.ts";

export const SEARCH_DEFAULT_LIMIT = 50;
export const SEARCH_MAX_LIMIT = 200;

export const PeopleSearchQuerySchema = z.object({
  q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
  unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(SEARCH_DEFAULT_LIMIT),
});
export type PeopleSearchQuery = z.infer<typeof PeopleSearchQuerySchema>;

export const MATCH_KINDS = ["exact", "prefix", "words", "other"] as const;

export const PersonConferenceSchema = z.object({
  conferenceId: z.uuid(),
  title: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  date: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  role: z.string(),
  delegateStatus: z.string(),
});
export type PersonConference = z.infer<typeof PersonConferenceSchema>;

export const PeopleSearchItemSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  gender: GenderSchema.nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  /** exact name, name prefix, every word starts a word of the name, other field. */
  match: z.enum(MATCH_KINDS),
  conferences: z.array(PersonConferenceSchema),
});
export type PeopleSearchItem = z.infer<typeof PeopleSearchItemSchema>;

export const PeopleSearchResultSchema = z.object({
  items: z.array(PeopleSearchItemSchema),
  /** How many people match in all (items holds the first `limit`). */
  total: z.number().int(),
});
export type PeopleSearchResult = z.infer<typeof PeopleSearchResultSchema>;
