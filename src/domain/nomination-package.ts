/**
 * The package one level sends to the next (SPEC F5; issue #9 item 6): the approved list
 * as versioned JSON, documented in `docs/package-format.md`. Pure: the schema, the
 * canonical serialisation the checksum is taken over, and the Vietnamese refusals.
 * The SHA-256 itself is computed by the server (node:crypto) over `canonicalJson`.
 */
import { z } from "zod";

export const PACKAGE_FORMAT = "thidua.nomination-package";
export const PACKAGE_FORMAT_VERSION = 1;

const text = z.string().trim().min(1).max(500);
const optText = z.string().max(2000).nullable();

export const PackageUnitSchema = z.object({
  code: text,
  name: text,
  /** The unit kind's code and name (data: tinh, thi_xa, phuong… — never branched on). */
  kindCode: text,
  kindName: text,
});

export const PackagePersonSchema = z.object({
  /** 1, 2, 3… in the list's order. */
  order: z.number().int().min(1),
  role: z.enum(["exemplar", "guest"]),
  fullName: text,
  gender: z.enum(["male", "female"]).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  /** Code of QĐ 1019/QĐ-TCTK ("01" Kinh…) and its name. */
  ethnicityCode: z.string().max(10).nullable(),
  ethnicityName: z.string().max(100).nullable(),
  position: optText,
  workplace: optText,
  categories: z.array(z.string().max(100)).max(50),
  emulationLevel: z.string().max(50).nullable(),
  economicSector: z.string().max(50).nullable(),
  achievement: optText,
  /** The unit that nominated an exemplar at the sending level (null for guests). */
  nominatedBy: z.object({ code: text, name: text }).nullable(),
});
export type PackagePerson = z.infer<typeof PackagePersonSchema>;

export const PackageBodySchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int(),
  /** Random id of this export. */
  packageId: z.string().min(1).max(100),
  /** ISO instant of the export. */
  createdAt: z.string().max(40),
  plan: z.object({ numberSymbol: text, title: text, issuedOn: z.string().max(20).nullable() }),
  /** The level and unit that send the list (the conference's unit). */
  sender: z.object({ unit: PackageUnitSchema }),
  /** The sender's conference whose list was approved. */
  conference: z.object({ title: text, date: z.string().max(20).nullable(), approvedAt: z.string().max(40) }),
  people: z.array(PackagePersonSchema).max(5000),
});
export type PackageBody = z.infer<typeof PackageBodySchema>;

export const PackageSchema = PackageBodySchema.extend({
  checksum: z.object({ algorithm: z.literal("sha256"), value: z.string().regex(/^[0-9a-f]{64}$/u) }),
});
export type NominationPackage = z.infer<typeof PackageSchema>;

/**
 * The canonical serialisation the checksum covers: JSON with object keys sorted by code
 * point at every depth, no white space, strings NFC; arrays keep their order; `undefined`
 * members are left out. Same data → same bytes, whatever the key order of the file.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k.normalize("NFC"))}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: ${typeof value} is not JSON`);
}

/** Everything but the checksum: what the checksum is taken over. */
export function packageBody(p: NominationPackage | PackageBody): PackageBody {
  const { checksum: _checksum, ...body } = p as NominationPackage;
  return body;
}

/** Vietnamese refusals of an imported package (shown as they are). */
export const PACKAGE_MESSAGES = {
  notJson: "Tệp gói danh sách không phải JSON hợp lệ. Hãy chọn đúng tệp .json xuất từ cấp dưới.",
  notPackage:
    "Tệp JSON này không phải gói danh sách đại biểu (thiếu hoặc sai trường “format”). Hãy chọn tệp gói xuất từ trang “Tổng hợp đề cử” của cấp dưới.",
  wrongVersion: (got: unknown) =>
    `Gói danh sách có phiên bản định dạng ${String(got)}, hệ thống chỉ đọc được phiên bản ${PACKAGE_FORMAT_VERSION}. Đề nghị cấp dưới xuất lại gói bằng phiên bản phần mềm hiện hành.`,
  badChecksum:
    "Mã kiểm tra (SHA-256) của gói không khớp với nội dung: tệp đã bị sửa hoặc hỏng trên đường gửi. Đề nghị cấp dưới gửi lại tệp gốc.",
  unknownUnit: (code: string, name: string) =>
    `Đơn vị gửi “${name}” (mã ${code}) không có trong danh sách đơn vị tham gia kế hoạch của cấp này. Hãy thêm đơn vị vào kế hoạch (đúng mã) rồi nhập lại.`,
  invalid: (where: string) =>
    `Gói danh sách có dữ liệu không hợp lệ ở ${where}. Đề nghị cấp dưới xuất lại gói.`,
} as const;
