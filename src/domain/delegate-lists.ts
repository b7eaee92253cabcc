/**
 * Delegate-list import (E3): the fields a "danh sách trích ngang" column can hold,
 * their Vietnamese names, and the shapes of the import answers — shared by the
 * server (parser, route) and the web client.
 */
import { z } from "zod";
import { ImportRefusedSchema } from "./import-refusal.ts";
import "./zod-vi.ts";

export const FIELD_KEYS = [
  "stt",
  "fullName",
  "givenName",
  "birthYearMale",
  "birthYearFemale",
  "birthYear",
  "gender",
  "ethnicity",
  "position",
  "workplace",
  "achievement",
  "category",
  "note",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The field names users see (column mapping, error messages). */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  stt: "STT",
  fullName: "Họ và tên",
  givenName: "Tên (cột riêng)",
  birthYearMale: "Năm sinh – Nam",
  birthYearFemale: "Năm sinh – Nữ",
  birthYear: "Năm sinh",
  gender: "Giới tính",
  ethnicity: "Dân tộc",
  position: "Chức vụ, đơn vị công tác",
  workplace: "Đơn vị công tác",
  achievement: "Thành tích",
  category: "Đối tượng",
  note: "Ghi chú",
};

/** The preview shows every row read (the web virtualises it): the import's row limit. */
export const PREVIEW_ROWS = 5000;

export const ImportErrorSchema = z.object({
  /** Excel row number; 0 for the whole file. */
  row: z.number().int(),
  /** Excel column letter, or "" for the whole file or row. */
  column: z.string(),
  message: z.string(),
  field: z.string().optional(),
});
export type DelegateImportRowError = z.infer<typeof ImportErrorSchema>;

export const ParsedRowSchema = z.object({
  row: z.number().int(),
  fullName: z.string(),
  gender: z.enum(["male", "female"]).nullable(),
  birthYear: z.number().int().nullable(),
  /** yyyy-mm-dd when the list gives the full date. */
  birthDate: z.string().nullable(),
  ethnicityCode: z.string().nullable(),
  ethnicityName: z.string().nullable(),
  position: z.string().nullable(),
  achievement: z.string().nullable(),
  category: z.string().nullable(),
  note: z.string().nullable(),
  /** exemplar, or guest when "Đối tượng" says khách mời. */
  role: z.enum(["exemplar", "guest"]),
});
export type ParsedDelegatePreview = z.infer<typeof ParsedRowSchema>;

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
  /** Rows read but worth a look (name case changed, a name that looks cut, a child): nothing refused. */
  warnings: z.array(ImportErrorSchema),
  /** What the reader did to the file as a whole, in Vietnamese ("Tệp dùng bảng mã TCVN3 (ABC); …"). */
  notes: z.array(z.string()),
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

/** 422 body of a refused import: the error envelope, and the result with its `errors` at top level as before. */
export const ImportFailureSchema = ImportResultSchema.extend(ImportRefusedSchema.shape);

/** The optional multipart field `mapping`: {"fullName": "B", "note": null, …}. */
export const MappingOverrideSchema = z
  .record(z.string(), z.string().max(3).nullable())
  .refine((m) => Object.keys(m).every((k) => (FIELD_KEYS as readonly string[]).includes(k)), {
    message: `Chỉ được chọn cột cho các thông tin: ${FIELD_KEYS.join(", ")}`,
  });
