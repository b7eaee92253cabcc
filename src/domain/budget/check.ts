/**
 * Budget lines against the spending norms (SPEC I1; plan I.4 "tiết kiệm, tránh lãng phí",
 * III.4): a unit price above the norm in force for the conference's venue class is a
 * warning naming the norm and its article. Pure: lines and the budget's place and date in,
 * violations out (the shape of the rules engine's).
 */
import type { Violation } from "../rules/types.ts";
import { BUDGET_CATEGORY_LABELS, type BudgetCategory, formatDong } from "./lines.ts";
import { type BudgetNorm, normFor, VENUE_CLASS_LABELS, type VenueClass } from "./norms.ts";

export const BUDGET_SECTION = "III.4";

export type NormCheckInput = {
  venueClass: VenueClass;
  province: string | null;
  /** The conference's date (ISO); the norms in force that day apply. */
  date: string;
  lines: readonly { category: BudgetCategory; label: string; unitPrice: number }[];
  norms?: readonly BudgetNorm[];
};

export type BudgetViolation = Violation & { line: number };

export function checkBudgetNorms(input: NormCheckInput): BudgetViolation[] {
  const out: BudgetViolation[] = [];
  input.lines.forEach((line, i) => {
    const norm = normFor(line.category, input.venueClass, input.date, input.province, input.norms);
    if (!norm || line.unitPrice <= norm.maxUnitPrice) return;
    out.push({
      code: "I1_OVER_NORM",
      severity: "warning",
      section: BUDGET_SECTION,
      line: i,
      field: `lines.${i}.unitPrice`,
      message: `Dòng “${line.label}” (${BUDGET_CATEGORY_LABELS[line.category]}): đơn giá ${formatDong(line.unitPrice)} vượt định mức ${formatDong(norm.maxUnitPrice)}/${norm.per} theo ${norm.basis}, áp dụng cho “${VENUE_CLASS_LABELS[input.venueClass]}”.`,
      hint: `Hạ đơn giá xuống không quá ${formatDong(norm.maxUnitPrice)}, hoặc ghi rõ căn cứ chi cao hơn khi trình duyệt.`,
    });
  });
  return out;
}
