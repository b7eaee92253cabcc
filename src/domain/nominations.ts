/**
 * Shapes of the nominations API (SPEC F4, F5; issue #9 items 4–7): request bodies and
 * the views the web reads. One schema per shape; routes, services and web share them.
 */
import { z } from "zod";
import {
  ListCanSchema,
  ListStatusSchema,
  NominationCanSchema,
  NominationStatusSchema,
} from "./nomination-lifecycle.ts";
import { pageOf, pageQuery } from "./paging.ts";

const version = z.number().int().min(0);
const achievement = z
  .string()
  .trim()
  .min(1, "Tóm tắt thành tích không được để trống")
  .max(2000, "Tóm tắt thành tích dài quá 2000 ký tự");

export const NominationSaveSchema = z.object({
  /** The nominations' version read; 0 when the unit has none yet. */
  version,
  entries: z
    .array(z.object({ personId: z.uuid("Mã người không hợp lệ"), achievement }))
    .max(1000, "Danh sách đề cử quá dài"),
});
export type NominationSave = z.infer<typeof NominationSaveSchema>;

export const VersionBodySchema = z.object({ version });
export const ReturnBodySchema = z.object({
  version,
  comment: z.string().trim().min(1, "Hãy ghi lý do trả lại").max(2000, "Lý do trả lại dài quá 2000 ký tự"),
});

export const GuestAddSchema = z.object({
  version,
  fullName: z.string().trim().min(1, "Họ và tên không được để trống").max(200),
  gender: z.enum(["male", "female"]).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  position: z.string().trim().max(300).nullable(),
  workplace: z.string().trim().max(300).nullable(),
});
export type GuestAdd = z.infer<typeof GuestAddSchema>;

export const NominationEntryViewSchema = z.object({
  personId: z.uuid(),
  order: z.number().int(),
  fullName: z.string(),
  gender: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  achievement: z.string(),
  movementCode: z.string().nullable(),
});
export type NominationEntryView = z.infer<typeof NominationEntryViewSchema>;

export const HigherConferenceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  date: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  planNumberSymbol: z.string(),
});
export type HigherConference = z.infer<typeof HigherConferenceSchema>;

export const NominationViewSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  status: NominationStatusSchema,
  source: z.enum(["unit", "package"]),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  quota: z.number().int().nullable(),
  entries: z.array(NominationEntryViewSchema),
  can: NominationCanSchema,
});
export type NominationView = z.infer<typeof NominationViewSchema>;

export const MyNominationSchema = z.object({
  conference: HigherConferenceSchema,
  /** The unit's own conference: nominations open once it is held (F4). */
  ownConference: z.object({ id: z.uuid(), status: z.string() }).nullable(),
  open: z.boolean(),
  /** Why nominating is not open yet, in Vietnamese; null when open. */
  closedReason: z.string().nullable(),
  quota: z.number().int().nullable(),
  nomination: NominationViewSchema.nullable(),
});
export type MyNomination = z.infer<typeof MyNominationSchema>;

/**
 * No conference of this level takes nominations yet: not an error but a state (issue #13), so
 * the answer is 200 with `conference: null` and why, in Vietnamese, for the page to say plainly.
 */
export const NothingToNominateSchema = z.object({ conference: z.null(), reason: z.string() });
export type NothingToNominate = z.infer<typeof NothingToNominateSchema>;
/** `GET /api/nominations/mine`: the unit's nominations, or nothing to nominate yet. */
export const MyNominationAnswerSchema = z.union([MyNominationSchema, NothingToNominateSchema]);
export type MyNominationAnswer = z.infer<typeof MyNominationAnswerSchema>;

export const CandidateSchema = z.object({
  personId: z.uuid(),
  fullName: z.string(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.string().nullable(),
  achievement: z.string().nullable(),
  /** A delegate of the unit's own conference. */
  delegate: z.boolean(),
});
export const CandidatePageSchema = z.object({ items: z.array(CandidateSchema), total: z.number().int() });

export const UnitRowSchema = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  nominationId: z.uuid().nullable(),
  status: NominationStatusSchema.nullable(),
  source: z.enum(["unit", "package"]).nullable(),
  count: z.number().int(),
  quota: z.number().int().nullable(),
  overQuota: z.boolean(),
  version: z.number().int().nullable(),
});
export type UnitRow = z.infer<typeof UnitRowSchema>;

export const DuplicateNomineeSchema = z.object({
  identityKey: z.string(),
  fullName: z.string(),
  units: z.array(z.string()),
});

export const CompositionLineSchema = z.object({
  code: z.string(),
  label: z.string(),
  target: z.string(),
  actual: z.string(),
  /** People on the list: with nobody yet there is nothing to judge (shown as such, not as "Đạt"). */
  counted: z.number().int(),
  within: z.boolean(),
  message: z.string().nullable(),
});

export const OverviewSchema = z.object({
  conference: HigherConferenceSchema,
  list: z.object({
    id: z.uuid().nullable(),
    status: ListStatusSchema,
    version: z.number().int(),
    decisionComment: z.string().nullable(),
    exemplars: z.number().int(),
    guests: z.number().int(),
    can: ListCanSchema,
  }),
  /** One page of the participating units (filtered by `q`); `total` counts the filtered units. */
  units: pageOf(UnitRowSchema),
  /** Over every nomination to the conference, not only the page or the filter. */
  summary: z.object({
    nominated: z.number().int(),
    accepted: z.number().int(),
    overQuotaUnits: z.number().int(),
  }),
  duplicates: z.array(DuplicateNomineeSchema),
  composition: z.array(CompositionLineSchema),
});
export type Overview = z.infer<typeof OverviewSchema>;

/**
 * `GET /api/nominations` (issue #11 item 5): the conference (the office's own by default),
 * words of a unit's name without diacritics, and the units' page: 50 by default — a town's
 * few dozen participants on one page — at most 500.
 */
export const OverviewQuerySchema = z
  .object({
    conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional(),
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
  })
  .extend(pageQuery(50, 500).shape);
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;
/** `GET /api/nominations`: the overview, or nothing to nominate yet. */
export const OverviewAnswerSchema = z.union([OverviewSchema, NothingToNominateSchema]);
export type OverviewAnswer = z.infer<typeof OverviewAnswerSchema>;

export const ListPersonSchema = z.object({
  personId: z.uuid(),
  role: z.enum(["exemplar", "guest"]),
  fullName: z.string(),
  gender: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  achievement: z.string().nullable(),
  unitName: z.string().nullable(),
});
export const ListPageSchema = z.object({ items: z.array(ListPersonSchema), total: z.number().int() });

export const PackageImportResultSchema = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  /** People added to the unit's nominations (0 when the same package was imported before). */
  added: z.number().int(),
  alreadyImported: z.boolean(),
  /** Guests of the sending level's own conference are not nominations one level up. */
  guestsSkipped: z.number().int(),
  message: z.string(),
});
export type PackageImportResult = z.infer<typeof PackageImportResultSchema>;
