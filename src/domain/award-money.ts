/**
 * Award money (SPEC H1; issue #14 item 2; NĐ 98/2023/NĐ-CP Điều 73–75): a form's multiplier
 * × the base salary (lương cơ sở) in force on the decision date, rounded UP to the next
 * 10,000 đ. Multipliers are stored per mille (0,3 lần = 300) and everything is computed in
 * BigInt đồng — never floating point: 0,3 × 2.340.000 = 702.000 → 710.000.
 */

/** Amounts are rounded up to a multiple of this (10.000 đ). */
export const AWARD_ROUNDING_DONG = 10_000;

/** ceil(perMille × baseSalary / 1000 / 10 000) × 10 000, in integers. */
export function awardAmount(perMille: number, baseSalary: number): number {
  if (!Number.isSafeInteger(perMille) || perMille < 0)
    throw new RangeError("perMille must be a whole number ≥ 0");
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0)
    throw new RangeError("baseSalary must be whole đồng ≥ 0");
  const step = BigInt(AWARD_ROUNDING_DONG) * 1000n;
  const raw = BigInt(perMille) * BigInt(baseSalary); // in thousandths of a đồng
  const steps = (raw + step - 1n) / step;
  const result = steps * BigInt(AWARD_ROUNDING_DONG);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("award amount out of range");
  return Number(result);
}

/** "0,3" / "1,5" / "12" from a per-mille multiplier, the way the decree writes it. */
export function formatMultiplier(perMille: number): string {
  const whole = Math.trunc(perMille / 1000);
  const rest = String(perMille % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  return rest ? `${whole},${rest}` : `${whole},0`;
}

/** Parses "0,3", "0.15", "1" into per mille; null when not a multiple of 0,001 ≥ 0. */
export function parseMultiplier(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,3}))?\s*$/.exec(text);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? "").padEnd(3, "0"));
  return whole * 1000 + frac;
}

export type DatedBaseSalary = { effectiveFrom: string; amount: number };

/** The base salary in force on `isoDate` (yyyy-mm-dd): the latest one starting on or before it. */
export function baseSalaryOn<T extends DatedBaseSalary>(list: readonly T[], isoDate: string): T | null {
  let best: T | null = null;
  for (const s of list) {
    if (s.effectiveFrom <= isoDate && (best === null || s.effectiveFrom > best.effectiveFrom)) best = s;
  }
  return best;
}

/** Which multiplier of a form applies to a recipient; null when the form is not given to that kind. */
export function perMilleFor(
  form: { individualPerMille: number | null; collectivePerMille: number | null },
  subject: "person" | "collective",
): number | null {
  return subject === "person" ? form.individualPerMille : form.collectivePerMille;
}
