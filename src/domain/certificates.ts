/**
 * Certificates printed on pre-printed blanks (SPEC H1; issue #14 item 3): the fields a unit
 * places once on an image of its Giấy khen / Bằng khen blank, the blank's default size and
 * the default positions (in mm from the top-left corner), scaled to the blank's size.
 */
import { z } from "zod";
import { type CertificateKind, CertificateKindSchema } from "./award-forms.ts";

export const CERTIFICATE_FIELDS = [
  "recipient",
  "positionWorkplace",
  "achievement",
  "placeDate",
  "signerTitle",
  "signerName",
  "decisionNumber",
  "registerNumber",
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

export const CERTIFICATE_FIELD_LABELS: Record<CertificateField, string> = {
  recipient: "Người được khen (Ông/Bà/Tập thể)",
  positionWorkplace: "Chức vụ, đơn vị công tác",
  achievement: "Thành tích",
  placeDate: "Địa danh, ngày tháng",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ tên người ký",
  decisionNumber: "Số quyết định",
  registerNumber: "Số vào sổ",
};

/** Default blank sizes (mm, landscape): Giấy khen A4, Bằng khen A3. */
export const DEFAULT_BLANK_SIZE: Record<CertificateKind, { widthMm: number; heightMm: number }> = {
  giay_khen: { widthMm: 297, heightMm: 210 },
  bang_khen: { widthMm: 420, heightMm: 297 },
};

export const FieldPositionSchema = z.object({
  field: z.enum(CERTIFICATE_FIELDS),
  xMm: z.number().min(0, "Vị trí ngang: không âm").max(1000),
  yMm: z.number().min(0, "Vị trí dọc: không âm").max(1000),
  widthMm: z.number().min(10, "Chiều rộng ô: ít nhất 10 mm").max(1000),
  fontSizePt: z.number().min(6, "Cỡ chữ: ít nhất 6").max(72, "Cỡ chữ: tối đa 72"),
  align: z.enum(["left", "center"]),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type FieldPosition = z.infer<typeof FieldPositionSchema>;

/** Positions on the A4 Giấy khen blank (297 × 210 mm): the usual places on a Vietnamese blank. */
const A4_DEFAULTS: FieldPosition[] = [
  { field: "recipient", xMm: 40, yMm: 92, widthMm: 217, fontSizePt: 22, align: "center", bold: true },
  { field: "positionWorkplace", xMm: 40, yMm: 104, widthMm: 217, fontSizePt: 14, align: "center" },
  { field: "achievement", xMm: 40, yMm: 118, widthMm: 217, fontSizePt: 14, align: "center", italic: true },
  { field: "placeDate", xMm: 160, yMm: 142, widthMm: 110, fontSizePt: 13, align: "center", italic: true },
  { field: "signerTitle", xMm: 160, yMm: 150, widthMm: 110, fontSizePt: 13, align: "center", bold: true },
  { field: "signerName", xMm: 160, yMm: 188, widthMm: 110, fontSizePt: 14, align: "center", bold: true },
  { field: "decisionNumber", xMm: 25, yMm: 175, widthMm: 110, fontSizePt: 11, align: "left" },
  { field: "registerNumber", xMm: 25, yMm: 182, widthMm: 110, fontSizePt: 11, align: "left" },
];

export function defaultFieldPositions(widthMm: number, heightMm: number): FieldPosition[] {
  const sx = widthMm / 297;
  const sy = heightMm / 210;
  const s = Math.min(sx, sy);
  const r = (v: number) => Math.round(v * 10) / 10;
  return A4_DEFAULTS.map((p) => ({
    ...p,
    xMm: r(p.xMm * sx),
    yMm: r(p.yMm * sy),
    widthMm: r(p.widthMm * sx),
    fontSizePt: r(p.fontSizePt * s),
  }));
}

export const CertificateLayoutSchema = z.object({
  unitId: z.uuid(),
  certificate: CertificateKindSchema,
  widthMm: z.number().int(),
  heightMm: z.number().int(),
  fields: z.array(FieldPositionSchema),
  /** The image of the unit's blank (a stored file: GET /api/files/:id), shown under the fields. */
  backgroundFileId: z.uuid().nullable(),
  blankFileName: z.string().nullable(),
  isDefault: z.boolean(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type CertificateLayoutView = z.infer<typeof CertificateLayoutSchema>;

export const CertificateLayoutUpdateSchema = z.object({
  widthMm: z
    .number()
    .int("Chiều rộng phôi: số nguyên mm")
    .min(50, "Chiều rộng phôi: ít nhất 50 mm")
    .max(1000),
  heightMm: z.number().int("Chiều cao phôi: số nguyên mm").min(50, "Chiều cao phôi: ít nhất 50 mm").max(1000),
  fields: z.array(FieldPositionSchema).max(CERTIFICATE_FIELDS.length),
  /** null removes the blank's image; a new image comes through POST …/blank, never here. */
  backgroundFileId: z.null().optional(),
  /** 0 while the unit still uses the default layout. */
  version: z.number().int().min(0),
});
export type CertificateLayoutUpdate = z.infer<typeof CertificateLayoutUpdateSchema>;
