/**
 * Award decisions at a conference (SPEC H1, H2; issue #14 item 2): the shapes of the API
 * (`POST/GET /api/conferences/:id/awards`, `GET /api/award-forms`), of the office's data
 * (award forms, base salaries, movements) and of the web's forms. Shared by server and web.
 */
import { z } from "zod";
import { CertificateKindSchema } from "./award-forms.ts";
import { pageOf, pageQuery } from "./paging.ts";
import { cleanText } from "./text.ts";
import "./zod-vi.ts";

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: bắt buộc nhập` })
    .transform(cleanText)
    .pipe(z.string().min(1, `${label}: bắt buộc nhập`).max(max, `${label}: tối đa ${max} ký tự`));

const optionalText = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? cleanText(v) : "") || null)
    .pipe(z.string().max(max, `${label}: tối đa ${max} ký tự`).nullable());

const isoDate = (label: string) =>
  z
    .string({ error: `${label}: bắt buộc nhập` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: ngày không hợp lệ (yyyy-mm-dd)`)
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${label}: ngày không hợp lệ`,
    );

const uuid = (label: string) => z.uuid(`${label}: mã không hợp lệ`);

/** A recipient: a person or a collective of the conference or its unit. */
export const AwardRecipientInputSchema = z
  .object({
    personId: uuid("Cá nhân được khen").optional(),
    collectiveId: uuid("Tập thể được khen").optional(),
    achievement: optionalText("Thành tích", 2000),
    registerNumber: optionalText("Số vào sổ", 40),
  })
  .refine((r) => (r.personId === undefined) !== (r.collectiveId === undefined), {
    message: "Người được khen: chọn một cá nhân hoặc một tập thể",
    path: ["personId"],
  });
export type AwardRecipientInput = z.output<typeof AwardRecipientInputSchema>;

const decisionShape = {
  number: text("Số quyết định", 40),
  date: isoDate("Ngày quyết định"),
  form: text("Hình thức khen thưởng", 60),
  movement: optionalText("Phong trào thi đua", 60),
  /** Defaults: the unit's document settings (issuing body, signer). */
  issuer: optionalText("Cơ quan ban hành", 200),
  signerTitle: optionalText("Chức vụ người ký", 120),
  signerName: optionalText("Người ký", 80),
  fundingSource: optionalText("Nguồn tiền thưởng", 300),
  recipients: z
    .array(AwardRecipientInputSchema, { error: "Người được khen: bắt buộc nhập" })
    .min(1, "Người được khen: chọn ít nhất một cá nhân hoặc tập thể")
    .max(500, "Người được khen: tối đa 500 trong một quyết định"),
};

export const AwardDecisionInputSchema = z.object(decisionShape);
export type AwardDecisionInput = z.output<typeof AwardDecisionInputSchema>;
export const AwardDecisionUpdateSchema = z.object({
  ...decisionShape,
  version: z.number({ error: "Phiên bản dữ liệu: bắt buộc nhập" }).int().min(1),
});
export type AwardDecisionUpdate = z.output<typeof AwardDecisionUpdateSchema>;

export const DEFAULT_FUNDING_SOURCE = "Quỹ thi đua, khen thưởng";

export const AwardRecipientViewSchema = z.object({
  id: z.uuid(),
  order: z.number().int(),
  subject: z.enum(["person", "collective"]),
  personId: z.uuid().nullable(),
  collectiveId: z.uuid().nullable(),
  name: z.string(),
  /** Ông / Bà / Tập thể. */
  salutation: z.string(),
  jobTitle: z.string().nullable(),
  workplace: z.string().nullable(),
  achievement: z.string().nullable(),
  registerNumber: z.string().nullable(),
  perMille: z.number().int(),
  /** Integer đồng. */
  amount: z.number().int(),
});
export type AwardRecipientView = z.infer<typeof AwardRecipientViewSchema>;

export const AwardDecisionViewSchema = z.object({
  id: z.uuid(),
  conferenceId: z.uuid(),
  unitId: z.uuid(),
  number: z.string(),
  date: z.string(),
  issuer: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  form: z.string(),
  formName: z.string(),
  certificate: CertificateKindSchema,
  movement: z.string().nullable(),
  movementName: z.string().nullable(),
  fundingSource: z.string(),
  baseSalary: z.number().int(),
  recipients: z.array(AwardRecipientViewSchema),
  individualCount: z.number().int(),
  collectiveCount: z.number().int(),
  total: z.number().int(),
  totalInWords: z.string(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type AwardDecisionView = z.infer<typeof AwardDecisionViewSchema>;

/** A conference's decisions, a page at a time (issue #11 item 5): by date, then as recorded. */
export const AwardDecisionListQuerySchema = pageQuery(20, 100);

/**
 * One page of a conference's decisions; `total` counts the decisions, `amount` is the award money
 * of every decision at the conference (not only this page's), with its words.
 */
export const AwardDecisionListSchema = pageOf(AwardDecisionViewSchema).extend({
  amount: z.number().int(),
  amountInWords: z.string(),
  canEdit: z.boolean(),
});
export type AwardDecisionList = z.infer<typeof AwardDecisionListSchema>;

/** The catalogue of forms, by its order: tens of rows, so one default page holds it all. */
export const AwardFormListQuerySchema = pageQuery(500, 500);
/** The movements with their counts, by their order (a few a year). */
export const MovementListQuerySchema = pageQuery(100, 500);

export const AwardFormViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(["title", "award"]),
  certificate: CertificateKindSchema,
  individualPerMille: z.number().int().nullable(),
  collectivePerMille: z.number().int().nullable(),
  /** "0,3" — the multiple of the base salary as the decree writes it. */
  individualMultiplier: z.string().nullable(),
  collectiveMultiplier: z.string().nullable(),
  legalBasis: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type AwardFormView = z.infer<typeof AwardFormViewSchema>;

const perMille = (label: string) =>
  z
    .number({ error: `${label}: phải là số nguyên phần nghìn` })
    .int(`${label}: phải là số nguyên phần nghìn (0,3 lần = 300)`)
    .min(1, `${label}: lớn hơn 0`)
    .max(100_000, `${label}: quá lớn`)
    .nullable();

const formShape = {
  name: text("Tên hình thức", 200),
  certificate: CertificateKindSchema,
  individualPerMille: perMille("Hệ số cho cá nhân"),
  collectivePerMille: perMille("Hệ số cho tập thể"),
  legalBasis: optionalText("Căn cứ", 300),
  active: z.boolean(),
};
const someone = (f: { individualPerMille: number | null; collectivePerMille: number | null }) =>
  f.individualPerMille !== null || f.collectivePerMille !== null;
const SOMEONE = {
  path: ["individualPerMille"],
  message: "Hệ số cho cá nhân: nhập hệ số cho cá nhân hoặc cho tập thể",
};

export const AwardFormUpdateSchema = z
  .object({ ...formShape, version: z.number().int().min(1) })
  .refine(someone, SOMEONE);
export type AwardFormUpdate = z.output<typeof AwardFormUpdateSchema>;

/** A new form the office adds (issue #14 item 2): its code is kept for good (decisions cite it). */
export const AwardFormInputSchema = z
  .object({
    code: z
      .string({ error: "Mã hình thức: bắt buộc nhập" })
      .trim()
      .regex(
        /^[a-z][a-z0-9_]{1,59}$/u,
        "Mã hình thức: chữ thường không dấu, số và dấu gạch dưới (2–60 ký tự)",
      ),
    kind: z.enum(["title", "award"], { error: "Loại: chọn danh hiệu thi đua hoặc hình thức khen thưởng" }),
    ...formShape,
  })
  .refine(someone, SOMEONE);
export type AwardFormInput = z.output<typeof AwardFormInputSchema>;

export const BaseSalaryViewSchema = z.object({
  id: z.uuid(),
  effectiveFrom: z.string(),
  amount: z.number().int(),
  amountInWords: z.string(),
  legalBasis: z.string(),
  version: z.number().int(),
});
export type BaseSalaryView = z.infer<typeof BaseSalaryViewSchema>;

const salaryShape = {
  effectiveFrom: isoDate("Áp dụng từ ngày"),
  amount: z
    .number({ error: "Mức lương cơ sở: bắt buộc nhập" })
    .int("Mức lương cơ sở: số nguyên đồng")
    .min(100_000, "Mức lương cơ sở: ít nhất 100.000 đồng")
    .max(100_000_000, "Mức lương cơ sở: quá lớn"),
  legalBasis: text("Căn cứ", 300),
};
export const BaseSalaryInputSchema = z.object(salaryShape);
export const BaseSalaryUpdateSchema = z.object({ ...salaryShape, version: z.number().int().min(1) });

export const MovementViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  decisions: z.number().int(),
  recipients: z.number().int(),
  delegates: z.number().int(),
  amount: z.number().int(),
});
export type MovementView = z.infer<typeof MovementViewSchema>;
