/**
 * People and collectives (SPEC E1, E5, E6, N3): one schema per shape, for routes,
 * forms and client types. Text is stored NFC (cleanText); the ethnicity is one of
 * the 54 groups of the statistics office's list, given as its code or any of its names.
 */
import { z } from "zod";
import { pageQuery } from "./paging.ts";
import { normaliseEthnicity } from "./people/ethnicities.ts";
import { PersonCategorySchema } from "./rules/categories.ts";
import { cleanText, foldVietnamese, nfc } from "./text.ts";
import "./zod-vi.ts";

export const GENDERS = ["male", "female"] as const;
export const GenderSchema = z.enum(GENDERS);
/** A stored gender column as the API's type: anything but "male"/"female" is unknown. */
export const asGender = (value: string | null): z.infer<typeof GenderSchema> | null =>
  value === "male" || value === "female" ? value : null;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = { male: "Nam", female: "Nữ" };

/** Chiến sỹ thi đua levels. */
export const EMULATION_LEVELS = [
  { code: "co_so", label: "Chiến sỹ thi đua cơ sở" },
  { code: "tinh", label: "Chiến sỹ thi đua cấp tỉnh" },
  { code: "toan_quoc", label: "Chiến sỹ thi đua toàn quốc" },
] as const;
export type EmulationLevel = (typeof EMULATION_LEVELS)[number]["code"];
export const EmulationLevelSchema = z.enum(
  EMULATION_LEVELS.map((l) => l.code) as [EmulationLevel, ...EmulationLevel[]],
);

/** Thành phần kinh tế (II.2.2 "đại biểu đại diện các thành phần kinh tế"). */
export const ECONOMIC_SECTORS = [
  { code: "state", label: "Nhà nước" },
  { code: "private", label: "Tư nhân" },
  { code: "foreign", label: "Có vốn đầu tư nước ngoài" },
  { code: "collective", label: "Tập thể / hợp tác xã" },
  { code: "household", label: "Cá thể" },
] as const;
export type EconomicSector = (typeof ECONOMIC_SECTORS)[number]["code"];
export const EconomicSectorSchema = z.enum(
  ECONOMIC_SECTORS.map((s) => s.code) as [EconomicSector, ...EconomicSector[]],
);

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label}: bắt buộc nhập` })
    .transform(cleanText)
    .pipe(z.string().min(1, `${label}: bắt buộc nhập`).max(max, `${label}: tối đa ${max} ký tự`));

/** Optional one-line text: NFC, whitespace collapsed, empty → null. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .max(max * 2, `${label}: tối đa ${max} ký tự`)
    .transform((s) => cleanText(s) || null)
    .pipe(z.string().max(max, `${label}: tối đa ${max} ký tự`).nullable())
    .nullable()
    .optional();

/** Optional long text: NFC, line breaks kept, empty → null. */
export const optionalLongText = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label}: tối đa ${max} ký tự`)
    .transform((s) => nfc(s).trim() || null)
    .nullable()
    .optional();

/** The code ("04") or a name of the list ("Mường", "Mèo", "Khmer"), stored as the code. */
export const EthnicityInputSchema = z
  .string()
  .max(100)
  .transform((s, ctx) => {
    if (s.trim() === "") return null;
    const found = normaliseEthnicity(s);
    if (!found) {
      ctx.addIssue({
        code: "custom",
        message: `Dân tộc "${cleanText(s)}" không có trong danh mục 54 dân tộc (QĐ 1019/QĐ-TCTK)`,
      });
      return z.NEVER;
    }
    return found.code;
  })
  .nullable()
  .optional();

const currentYear = new Date().getFullYear();

/** Fields a person may have; every one optional (the PATCH shape). */
const personFields = {
  fullName: requiredText("Họ và tên", 120),
  gender: GenderSchema.nullable().optional(),
  birthYear: z
    .number({ error: "Năm sinh: phải là số" })
    .int("Năm sinh: phải là số nguyên")
    .min(1900, "Năm sinh: từ 1900")
    .max(currentYear, `Năm sinh: không sau ${currentYear}`)
    .nullable()
    .optional(),
  ethnicityCode: EthnicityInputSchema,
  position: optionalText("Chức vụ", 500),
  workplace: optionalText("Đơn vị công tác", 500),
  categories: z
    .array(PersonCategorySchema)
    .max(20)
    .transform((list) => [...new Set(list)])
    .optional(),
  emulationLevel: EmulationLevelSchema.nullable().optional(),
  economicSector: EconomicSectorSchema.nullable().optional(),
  titles: optionalLongText("Danh hiệu, khen thưởng", 4000),
  achievement: optionalLongText("Thành tích", 4000),
};

export const PersonInputSchema = z.object(personFields);
export type PersonInput = z.output<typeof PersonInputSchema>;

/** POST /api/people: a unit user adds to its own unit; the office names the unit. */
export const PersonCreateSchema = PersonInputSchema.extend({
  unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
});
export type PersonCreate = z.output<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z.object({
  ...personFields,
  fullName: personFields.fullName.optional(),
  version: z.number().int().min(1),
});
export type PersonUpdate = z.output<typeof PersonUpdateSchema>;

export const PersonSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  fullName: z.string(),
  gender: GenderSchema.nullable(),
  /** null for roles that may not see personal data (N3). */
  birthYear: z.number().int().nullable(),
  ethnicityCode: z.string().nullable(),
  ethnicityName: z.string().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  categories: z.array(z.string()),
  emulationLevel: z.string().nullable(),
  economicSector: z.string().nullable(),
  titles: z.string().nullable(),
  achievement: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Person = z.infer<typeof PersonSchema>;

/** One page of people (issue #11 item 5): `page` from 1, at most 1,000 a page. */
export const PeopleQuerySchema = z
  .object({
    q: z.string().max(200).optional(),
    unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  })
  .extend(pageQuery(50, 1000).shape);

/** E5: folded name, position and workplace. */
export function personSearchKey(p: {
  fullName: string;
  position?: string | null;
  workplace?: string | null;
}): string {
  return foldVietnamese([p.fullName, p.position, p.workplace].filter(Boolean).join(" "));
}

/** E6: the same person put forward twice has the same folded name, birth year and gender. */
export function personIdentityKey(p: {
  fullName: string;
  birthYear?: number | null;
  gender?: string | null;
}): string {
  return `${foldVietnamese(p.fullName)}|${p.birthYear ?? ""}|${p.gender ?? ""}`;
}

export const CollectiveInputSchema = z.object({
  name: requiredText("Tên tập thể", 300),
  unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  representativeId: z.uuid("Người đại diện: không hợp lệ").nullable().optional(),
  achievement: optionalLongText("Thành tích", 4000),
});
export type CollectiveInput = z.output<typeof CollectiveInputSchema>;

export const CollectiveUpdateSchema = z.object({
  name: requiredText("Tên tập thể", 300).optional(),
  representativeId: z.uuid("Người đại diện: không hợp lệ").nullable().optional(),
  achievement: optionalLongText("Thành tích", 4000),
  version: z.number().int().min(1),
});
export type CollectiveUpdate = z.output<typeof CollectiveUpdateSchema>;

export const CollectiveSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  name: z.string(),
  representativeId: z.uuid().nullable(),
  representativeName: z.string().nullable(),
  achievement: z.string().nullable(),
  version: z.number().int(),
});
export type Collective = z.infer<typeof CollectiveSchema>;

/** One page of collectives (issue #11 item 5): 100 by default, at most 1,000 a page. */
export const CollectivesQuerySchema = z
  .object({
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
    unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  })
  .extend(pageQuery(100, 1000).shape);
