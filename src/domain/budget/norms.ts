/**
 * Spending norms for a conference's budget (SPEC I1, plan III.4 and I.4 "tiết kiệm,
 * tránh lãng phí"), kept as dated data per province and venue class. A province's own
 * resolution (Nghị quyết HĐND) is added as rows with its `province`; rows with
 * `province: null` are the national ceilings and apply wherever no province row does.
 *
 * National ceilings: Thông tư 40/2017/TT-BTC ngày 28/4/2017 (chế độ công tác phí, chế độ
 * chi hội nghị), khoản 4 Điều 12 — hỗ trợ tiền ăn cho đại biểu là khách mời không trong
 * danh sách trả lương của cơ quan nhà nước: a) nội thành thành phố trực thuộc Trung ương
 * 200.000 đ/ngày/người; b) nội thành, nội thị thành phố trực thuộc tỉnh, huyện, thị xã
 * thuộc tỉnh 150.000 đ; c) cuộc họp do xã, phường, thị trấn tổ chức 100.000 đ (không phân
 * biệt địa điểm). Ăn tập trung: chi không quá 130 % mức khoán tương ứng.
 */
import { z } from "zod";
import type { BudgetCategory } from "./lines.ts";

export const VENUE_CLASSES = ["central_city", "provincial", "commune"] as const;
export type VenueClass = (typeof VENUE_CLASSES)[number];
export const VenueClassSchema = z.enum(VENUE_CLASSES, "Hạng địa điểm không hợp lệ");
export const VENUE_CLASS_LABELS: Record<VenueClass, string> = {
  central_city: "Nội thành thành phố trực thuộc Trung ương",
  provincial: "Thành phố thuộc tỉnh, huyện, thị xã thuộc tỉnh",
  commune: "Cuộc họp do xã, phường, thị trấn tổ chức",
};

/** The venue class a conference starts with: a xã / phường / thị trấn holds its own; else a thị xã's. */
export function defaultVenueClass(unitKindCode: string | null | undefined): VenueClass {
  return unitKindCode === "xa" || unitKindCode === "phuong" || unitKindCode === "thi_tran"
    ? "commune"
    : "provincial";
}

export type BudgetNorm = {
  category: BudgetCategory;
  venueClass: VenueClass;
  /** null: national; else a province code ("thanh_hoa"). */
  province: string | null;
  /** ISO yyyy-mm-dd, inclusive. */
  validFrom: string;
  /** ISO yyyy-mm-dd, inclusive; null: still in force. */
  validTo: string | null;
  /** Highest unit price, integer đồng. */
  maxUnitPrice: number;
  /** What the price is per, as a user reads it. */
  per: string;
  /** The article it comes from, quoted in the warning. */
  basis: string;
};

const TT40 = "khoản 4 Điều 12 Thông tư 40/2017/TT-BTC";
const TT40_FROM = "2017-07-01";
const MEAL_SUPPORT: Record<VenueClass, number> = {
  central_city: 200_000,
  provincial: 150_000,
  commune: 100_000,
};
/** "Ăn tập trung … không vượt quá 130 % mức khoán" (integer arithmetic: × 13 / 10). */
const catered = (amount: number) => (amount * 13) / 10;

export const BUDGET_NORMS: readonly BudgetNorm[] = VENUE_CLASSES.flatMap((venueClass) => [
  {
    category: "meals" as const,
    venueClass,
    province: null,
    validFrom: TT40_FROM,
    validTo: null,
    maxUnitPrice: MEAL_SUPPORT[venueClass],
    per: "người/ngày",
    basis: `${TT40} (hỗ trợ tiền ăn cho đại biểu không hưởng lương từ ngân sách)`,
  },
  {
    category: "meals_catered" as const,
    venueClass,
    province: null,
    validFrom: TT40_FROM,
    validTo: null,
    maxUnitPrice: catered(MEAL_SUPPORT[venueClass]),
    per: "người/ngày",
    basis: `${TT40} (ăn tập trung: không quá 130 % mức khoán)`,
  },
]);

/**
 * The norm in force for `category` at `venueClass` on `date`: the province's own row if it has
 * one, else the national one; null when no norm caps that kind of spending.
 */
export function normFor(
  category: BudgetCategory,
  venueClass: VenueClass,
  date: string,
  province: string | null = null,
  norms: readonly BudgetNorm[] = BUDGET_NORMS,
): BudgetNorm | null {
  const inForce = norms.filter(
    (n) =>
      n.category === category &&
      n.venueClass === venueClass &&
      n.validFrom <= date &&
      (n.validTo === null || date <= n.validTo),
  );
  return (
    (province ? inForce.find((n) => n.province === province) : undefined) ??
    inForce.find((n) => n.province === null) ??
    null
  );
}
