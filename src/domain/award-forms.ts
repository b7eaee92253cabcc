/**
 * The award forms and emulation titles a conference's decisions use, with their money as
 * multiples of the base salary, per mille (SPEC H1; issue #14 item 2). Source: Luật Thi đua,
 * khen thưởng 2022 and Nghị định 98/2023/NĐ-CP — Điều 73 (danh hiệu thi đua: "Chiến sĩ thi đua
 * cơ sở" 1,0 lần; "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh" 3,0; "Lao động tiên tiến" 0,3;
 * "Tập thể lao động xuất sắc" 1,5; "Tập thể lao động tiên tiến" 0,8) and Điều 75 (Bằng khen cấp
 * bộ, ban, ngành, tỉnh: cá nhân 1,0, tập thể 2,0; Giấy khen của thủ trưởng / Chủ tịch UBND cấp
 * huyện: 0,3 và 0,6; Giấy khen của Chủ tịch UBND cấp xã: 0,15 và 0,3).
 * Migration 0017 seeds exactly this list; the office edits the rows afterwards (they are data).
 */
import { z } from "zod";

export const CERTIFICATE_KINDS = ["giay_khen", "bang_khen"] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CertificateKindSchema = z.enum(CERTIFICATE_KINDS);
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, string> = {
  giay_khen: "Giấy khen",
  bang_khen: "Bằng khen",
};

export const AWARD_FORM_KINDS = ["title", "award"] as const;
export const AWARD_FORM_KIND_LABELS: Record<(typeof AWARD_FORM_KINDS)[number], string> = {
  title: "Danh hiệu thi đua",
  award: "Hình thức khen thưởng",
};

export type AwardFormDefault = {
  code: string;
  name: string;
  kind: (typeof AWARD_FORM_KINDS)[number];
  certificate: CertificateKind;
  individualPerMille: number | null;
  collectivePerMille: number | null;
  legalBasis: string;
};

const D73 = "Nghị định số 98/2023/NĐ-CP, Điều 73";
const D75 = "Nghị định số 98/2023/NĐ-CP, Điều 75";

export const AWARD_FORM_DEFAULTS: readonly AwardFormDefault[] = [
  {
    code: "giay_khen_xa",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
    kind: "award",
    certificate: "giay_khen",
    individualPerMille: 150,
    collectivePerMille: 300,
    legalBasis: D75,
  },
  {
    code: "giay_khen_huyen",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện",
    kind: "award",
    certificate: "giay_khen",
    individualPerMille: 300,
    collectivePerMille: 600,
    legalBasis: D75,
  },
  {
    code: "giay_khen_thu_truong",
    name: "Giấy khen của Thủ trưởng cơ quan, đơn vị",
    kind: "award",
    certificate: "giay_khen",
    individualPerMille: 300,
    collectivePerMille: 600,
    legalBasis: D75,
  },
  {
    code: "bang_khen_tinh",
    name: "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
    kind: "award",
    certificate: "bang_khen",
    individualPerMille: 1000,
    collectivePerMille: 2000,
    legalBasis: D75,
  },
  {
    code: "lao_dong_tien_tien",
    name: "Lao động tiên tiến",
    kind: "title",
    certificate: "giay_khen",
    individualPerMille: 300,
    collectivePerMille: null,
    legalBasis: D73,
  },
  {
    code: "chien_si_thi_dua_co_so",
    name: "Chiến sĩ thi đua cơ sở",
    kind: "title",
    certificate: "giay_khen",
    individualPerMille: 1000,
    collectivePerMille: null,
    legalBasis: D73,
  },
  {
    code: "chien_si_thi_dua_tinh",
    name: "Chiến sĩ thi đua cấp tỉnh",
    kind: "title",
    certificate: "bang_khen",
    individualPerMille: 3000,
    collectivePerMille: null,
    legalBasis: D73,
  },
  {
    code: "tap_the_lao_dong_tien_tien",
    name: "Tập thể lao động tiên tiến",
    kind: "title",
    certificate: "giay_khen",
    individualPerMille: null,
    collectivePerMille: 800,
    legalBasis: D73,
  },
  {
    code: "tap_the_lao_dong_xuat_sac",
    name: "Tập thể lao động xuất sắc",
    kind: "title",
    certificate: "bang_khen",
    individualPerMille: null,
    collectivePerMille: 1500,
    legalBasis: D73,
  },
];

/** Base salaries (lương cơ sở) seeded by migration 0017; later values are added by the office. */
export const BASE_SALARY_DEFAULTS = [
  { effectiveFrom: "2019-07-01", amount: 1_490_000, legalBasis: "Nghị định số 38/2019/NĐ-CP" },
  { effectiveFrom: "2023-07-01", amount: 1_800_000, legalBasis: "Nghị định số 24/2023/NĐ-CP" },
  { effectiveFrom: "2024-07-01", amount: 2_340_000, legalBasis: "Nghị định số 73/2024/NĐ-CP" },
] as const;
