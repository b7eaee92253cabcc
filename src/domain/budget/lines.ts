/**
 * A conference budget's lines (SPEC I1, plan III.4): each a category, a label, quantity ×
 * unit price in integer đồng for the estimate, and the amount actually spent. The award
 * money line is not typed in: it is the total of the conference's award decisions (H1).
 */
import { z } from "zod";

export const BUDGET_CATEGORIES = [
  "hall",
  "decoration",
  "documents",
  "tea",
  "meals",
  "meals_catered",
  "lodging",
  "travel",
  "awards",
  "other",
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const BudgetCategorySchema = z.enum(BUDGET_CATEGORIES, "Khoản chi không hợp lệ");
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  hall: "Thuê hội trường, âm thanh, ánh sáng",
  decoration: "Trang trí, khánh tiết",
  documents: "Tài liệu cho đại biểu",
  tea: "Nước uống, giải khát giữa giờ",
  meals: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương",
  meals_catered: "Ăn tập trung cho đại biểu không hưởng lương",
  lodging: "Tiền thuê chỗ ở",
  travel: "Tiền đi lại",
  awards: "Tiền thưởng",
  other: "Chi khác",
};
/** Categories a user types in; `awards` comes from the decisions. */
export const ENTERED_CATEGORIES = BUDGET_CATEGORIES.filter((c) => c !== "awards");

/** Largest amount a line may hold (10^13 đ), far beyond any conference and inside a safe integer. */
export const MAX_DONG = 10_000_000_000_000;
const dong = (what: string) =>
  z
    .number(`${what}: hãy nhập số tiền (đồng).`)
    .int(`${what} phải là số đồng nguyên.`)
    .min(0, `${what} không được âm.`)
    .max(MAX_DONG, `${what} quá lớn.`);

export const BudgetLineInputSchema = z.object({
  category: BudgetCategorySchema,
  label: z.string().trim().min(1, "Nội dung chi: bắt buộc.").max(300, "Nội dung chi: tối đa 300 ký tự."),
  quantity: z
    .number("Số lượng: hãy nhập số.")
    .int("Số lượng phải là số nguyên.")
    .min(0, "Số lượng không được âm.")
    .max(1_000_000, "Số lượng quá lớn."),
  unit: z.string().trim().max(40, "Đơn vị tính: tối đa 40 ký tự.").default(""),
  unitPrice: dong("Đơn giá"),
});
export type BudgetLineInput = z.infer<typeof BudgetLineInputSchema>;

/** quantity × unit price, exact in integer đồng. */
export function lineEstimate(l: { quantity: number; unitPrice: number }): number {
  return l.quantity * l.unitPrice;
}

export type VarianceLine = { estimate: number; actual: number | null };
/** actual − estimate (positive: overspent); null while nothing is recorded. */
export function lineVariance(l: VarianceLine): number | null {
  return l.actual === null ? null : l.actual - l.estimate;
}
/** Totals: estimate, actual (lines without an actual count 0), variance. */
export function budgetTotals(lines: readonly VarianceLine[]) {
  const totalEstimate = lines.reduce((s, l) => s + l.estimate, 0);
  const totalActual = lines.reduce((s, l) => s + (l.actual ?? 0), 0);
  return { totalEstimate, totalActual, variance: totalActual - totalEstimate };
}
/** Variance as a share of the estimate, in whole tenths of a percent: 1250 of 10000 → 12.5. */
export function variancePercent(estimate: number, variance: number): number | null {
  if (estimate === 0) return null;
  return Math.round((variance * 1000) / estimate) / 10;
}
/** Cost per delegate, rounded to the đồng; null without delegates. */
export function costPerDelegate(total: number, delegates: number): number | null {
  return delegates > 0 ? Math.round(total / delegates) : null;
}

const moneyFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
/** 1500000 → "1.500.000 đ". */
export const formatDong = (v: number) => `${moneyFormat.format(v)} đ`;
