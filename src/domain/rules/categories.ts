/**
 * D5: participant categories named in II.2.1 and II.2.2, and the two groups a
 * presidium must draw from (3.2).
 */

import { z } from "zod";
import { isEthnicMinority as isMinorityCode, KINH_CODE } from "../people/ethnicities.ts";
import "../zod-vi.ts";

export const PERSON_CATEGORIES = [
  { code: "leader", label: "Lãnh đạo cấp ủy, chính quyền, đoàn thể" },
  { code: "hero_labour", label: "Anh hùng Lao động" },
  { code: "hero_armed", label: "Anh hùng Lực lượng vũ trang nhân dân" },
  { code: "emulation_fighter", label: "Chiến sỹ thi đua" },
  { code: "outstanding_exemplar", label: "Điển hình tiên tiến xuất sắc" },
  { code: "citizen", label: "Điển hình tiên tiến là công dân" },
  { code: "farmer", label: "Điển hình tiên tiến là nông dân" },
  { code: "direct_worker", label: "Người lao động trực tiếp sản xuất, công tác" },
  { code: "good_deed", label: "Gương người tốt, việc tốt" },
] as const;

export type PersonCategory = (typeof PERSON_CATEGORIES)[number]["code"];
export const PERSON_CATEGORY_CODES = PERSON_CATEGORIES.map((c) => c.code) as [
  PersonCategory,
  ...PersonCategory[],
];
export const PersonCategorySchema = z.enum(PERSON_CATEGORY_CODES);

export const PERSON_CATEGORY_LABELS = Object.fromEntries(
  PERSON_CATEGORIES.map((c) => [c.code, c.label]),
) as Record<PersonCategory, string>;

/** 3.2 "đại diện lãnh đạo cấp ủy Đảng, chính quyền, đoàn thể". */
export const PRESIDIUM_LEADER_GROUP: readonly PersonCategory[] = ["leader"];

/** 3.2 "đại diện Anh hùng, chiến sĩ thi đua và các gương điển hình tiên tiến tiêu biểu, xuất sắc". */
export const PRESIDIUM_EXEMPLAR_GROUP: readonly PersonCategory[] = [
  "hero_labour",
  "hero_armed",
  "emulation_fighter",
  "outstanding_exemplar",
  "good_deed",
  "citizen",
  "farmer",
  "direct_worker",
];

/** Ethnicity code of the Kinh people in the statistics office's list (QĐ 1019/QĐ-TCTK). */
export const KINH_ETHNICITY_CODE = KINH_CODE;

export function isLeader(categories: readonly string[]): boolean {
  return categories.some((c) => (PRESIDIUM_LEADER_GROUP as readonly string[]).includes(c));
}

export function isExemplarGroup(categories: readonly string[]): boolean {
  return categories.some((c) => (PRESIDIUM_EXEMPLAR_GROUP as readonly string[]).includes(c));
}

/** An ethnic-minority delegate: a known ethnicity is recorded and it is not Kinh. */
export function isEthnicMinority(ethnicityCode: string | null): boolean {
  return ethnicityCode !== null && isMinorityCode(ethnicityCode.trim());
}
