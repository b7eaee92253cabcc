/**
 * A unit's document settings (SPEC L1, issue #10 item 9): who issues its documents
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 2 — the parent body line only where a direct
 * superior issuing body exists), its place name for the date line (ô 4), its symbol
 * (ô 3), and the signer (ô 7: authority prefix, title, name). Shared by server and web.
 */
import { z } from "zod";
import { cleanText } from "./text.ts";
import "./zod-vi.ts";

/** Thể thức đề ký (NĐ 30, Phụ lục I, mục 7a): the closed list of authority prefixes. */
export const SIGNER_PREFIXES = ["TM.", "KT.", "Q.", "TL.", "TUQ."] as const;
export type SignerPrefix = (typeof SIGNER_PREFIXES)[number];

export const SIGNER_PREFIX_LABELS: Readonly<Record<SignerPrefix, string>> = {
  "TM.": "TM. — thay mặt tập thể",
  "KT.": "KT. — ký thay người đứng đầu",
  "Q.": "Q. — quyền người đứng đầu",
  "TL.": "TL. — thừa lệnh",
  "TUQ.": "TUQ. — thừa ủy quyền",
};

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

/** What the unit or the office types in the form. */
export const DocumentSettingsInputSchema = z
  .object({
    issuingBody: text("Cơ quan ban hành", 200),
    parentBody: optionalText("Cơ quan chủ quản", 200),
    place: text("Địa danh", 80),
    symbol: text("Ký hiệu cơ quan", 30).pipe(
      z.string().regex(/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, "Ký hiệu cơ quan: chữ in hoa, số và dấu gạch nối"),
    ),
    signerPrefix: z.enum(SIGNER_PREFIXES, "Thể thức ký: chọn TM., KT., Q., TL. hoặc TUQ.").nullable(),
    /** What the prefix applies to: "ỦY BAN NHÂN DÂN" after TM., "CHỦ TỊCH" after KT. */
    signerOnBehalfOf: optionalText("Thay mặt / ký thay cho", 120),
    signerTitle: text("Chức vụ người ký", 120),
    signerName: optionalText("Họ và tên người ký", 80),
  })
  .refine((s) => s.signerPrefix === null || s.signerOnBehalfOf !== null, {
    path: ["signerOnBehalfOf"],
    message: "Thay mặt / ký thay cho: bắt buộc nhập khi có thể thức ký (ví dụ: TM. ỦY BAN NHÂN DÂN)",
  });
export type DocumentSettingsInput = z.output<typeof DocumentSettingsInputSchema>;

/** PUT body: the settings and the version read (0 while the unit still has the default). */
export const DocumentSettingsUpdateSchema = z.object({
  settings: DocumentSettingsInputSchema,
  version: z.number().int().min(0),
});

export const DocumentSettingsSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  settings: z.object({
    issuingBody: z.string(),
    parentBody: z.string().nullable(),
    place: z.string(),
    symbol: z.string(),
    signerPrefix: z.enum(SIGNER_PREFIXES).nullable(),
    signerOnBehalfOf: z.string().nullable(),
    signerTitle: z.string(),
    signerName: z.string().nullable(),
  }),
  /** True when nothing was saved yet and the settings are derived from the unit (shown to the clerk). */
  isDefault: z.boolean(),
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type DocumentSettingsView = z.infer<typeof DocumentSettingsSchema>;

/** The unit facts a default is derived from. */
export interface UnitForSettings {
  name: string;
  /** Administrative area (tỉnh, xã, phường…): its documents are issued by its People's Committee. */
  isArea: boolean;
  /** The nearest administrative area above or at the unit (its name gives the place). */
  areaName: string | null;
  /** The parent unit, when it is an administrative area (a town's office has the town's UBND above it). */
  parentAreaName: string | null;
}

const KIND_WORDS = /^(tỉnh|thành phố|thị xã|huyện|quận|phường|xã|thị trấn)\s+/iu;

/** "Phường Ba Đình" → "Ba Đình" (the place on the date line). */
export function placeOf(areaName: string): string {
  return cleanText(areaName).replace(KIND_WORDS, "");
}

const up = (s: string) => cleanText(s).toLocaleUpperCase("vi");

/** Initials of the words, upper case: "Hội Nông dân" → "HND". */
function initials(name: string): string {
  return cleanText(name)
    .split(" ")
    .map((w) => w[0] ?? "")
    .join("")
    .toLocaleUpperCase("vi")
    .replace(/[^\p{Lu}\d]/gu, "");
}

/**
 * Sensible settings for a unit that has none saved: an area's People's Committee issues with
 * no parent line and signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"; a body under an area (a town's
 * office) has "UBND <area>" above it and signs as its head. The name is left for the clerk.
 */
export function defaultDocumentSettings(unit: UnitForSettings): DocumentSettingsInput {
  const place = placeOf(unit.areaName ?? unit.name);
  if (unit.isArea) {
    return {
      issuingBody: `ỦY BAN NHÂN DÂN ${up(unit.name)}`,
      parentBody: null,
      place,
      symbol: "UBND",
      signerPrefix: "TM.",
      signerOnBehalfOf: "ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: null,
    };
  }
  const name = cleanText(unit.name);
  const head = /^phòng\s/iu.test(name) ? "TRƯỞNG PHÒNG" : "THỦ TRƯỞNG ĐƠN VỊ";
  return {
    issuingBody: up(name),
    parentBody: unit.parentAreaName && /^phòng\s/iu.test(name) ? `UBND ${up(unit.parentAreaName)}` : null,
    place,
    symbol: initials(name.replace(/^phòng\s+/iu, "")) || "DV",
    signerPrefix: null,
    signerOnBehalfOf: null,
    signerTitle: head,
    signerName: null,
  };
}

/** The signature block's lines above the title: ["TM. ỦY BAN NHÂN DÂN"], or none. */
export function signerAuthorityLines(s: DocumentSettingsInput): string[] {
  if (!s.signerPrefix || !s.signerOnBehalfOf) return [];
  return [`${s.signerPrefix} ${up(s.signerOnBehalfOf)}`];
}
