/**
 * D4: about 70 % exemplar delegates and 30 % guests (II.2.1, II.2.2). Outside the
 * band target ± tolerance is a warning; the band's edges are inside it.
 */
import { formatCount, formatPercent, levelSection, violation } from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

/** Float slack so 80/100 against 0.7 + 0.1 counts as on the edge, not beyond it. */
const EPS = 1e-9;

export type MixBand = { low: number; high: number };

export function mixBand(target: number, tolerance: number): MixBand {
  return { low: Math.max(0, target - tolerance), high: Math.min(1, target + tolerance) };
}

/** Fewest exemplars to add so that exemplars / total ≥ low (null when impossible). */
export function exemplarsToAdd(exemplars: number, total: number, low: number): number | null {
  if (exemplars >= total * low - EPS) return 0;
  if (low >= 1) return null;
  return Math.max(0, Math.ceil((low * total - exemplars) / (1 - low) - EPS));
}

/** Fewest guests to remove so that exemplars / total ≥ low (null when only an empty list would do). */
export function guestsToRemove(exemplars: number, total: number, low: number): number | null {
  if (exemplars >= total * low - EPS) return 0;
  if (exemplars === 0) return null;
  return Math.max(0, total - Math.floor(exemplars / low + EPS));
}

/** Fewest guests to add so that exemplars / total ≤ high (null when impossible). */
export function guestsToAdd(exemplars: number, total: number, high: number): number | null {
  if (exemplars <= total * high + EPS) return 0;
  if (high <= 0) return null;
  return Math.max(0, Math.ceil(exemplars / high - total - EPS));
}

/** Fewest exemplars to remove so that exemplars / total ≤ high (null when only an empty list would do). */
export function exemplarsToRemove(exemplars: number, total: number, high: number): number | null {
  if (exemplars <= total * high + EPS) return 0;
  if (exemplars === total) return null;
  return Math.max(0, Math.ceil((exemplars - high * total) / (1 - high) - EPS));
}

/** "A hoặc B." from the options that exist, capitalised; a general hint when none does. */
function either(a: string | null, b: string | null): string {
  const text = [a, b].filter((s): s is string => s !== null).join(" hoặc ");
  if (text === "") return "Điều chỉnh lại danh sách đại biểu theo tỷ lệ kế hoạch quy định.";
  return `${text.charAt(0).toLocaleUpperCase("vi")}${text.slice(1)}.`;
}

export function checkExemplarMix(input: RuleInput): Violation[] {
  const { rules, conference, delegates } = input;
  const total = delegates.length;
  if (total === 0) return [];
  const exemplars = delegates.filter((d) => d.role === "exemplar").length;
  const { target, tolerance } = rules.exemplarShare;
  const { low, high } = mixBand(target, tolerance);
  const share = exemplars / total;
  const section = levelSection(rules, conference.kind);
  const stated = `khoảng ${formatPercent(target)} ± ${formatPercent(tolerance)}`;
  const counts = `${formatCount(exemplars)}/${formatCount(total)} đại biểu`;

  if (share < low - EPS) {
    const add = exemplarsToAdd(exemplars, total, low);
    const remove = guestsToRemove(exemplars, total, low);
    return [
      violation(
        "D4_MIX_TOO_FEW_EXEMPLARS",
        "warning",
        section,
        `Đại biểu điển hình tiên tiến chiếm ${formatPercent(share)} (${counts}), thấp hơn mức tối thiểu ${formatPercent(low)} (${stated}).`,
        either(
          add === null ? null : `bổ sung ít nhất ${formatCount(add)} đại biểu điển hình tiên tiến`,
          remove === null ? null : `bớt ít nhất ${formatCount(remove)} đại biểu khách mời`,
        ),
        "delegates",
      ),
    ];
  }
  if (share > high + EPS) {
    const add = guestsToAdd(exemplars, total, high);
    const remove = exemplarsToRemove(exemplars, total, high);
    return [
      violation(
        "D4_MIX_TOO_MANY_EXEMPLARS",
        "warning",
        section,
        `Đại biểu điển hình tiên tiến chiếm ${formatPercent(share)} (${counts}), cao hơn mức tối đa ${formatPercent(high)} (${stated}); khách mời chỉ chiếm ${formatPercent(1 - share)}.`,
        either(
          add === null ? null : `mời thêm ít nhất ${formatCount(add)} đại biểu khách mời`,
          remove === null ? null : `bớt ít nhất ${formatCount(remove)} đại biểu điển hình tiên tiến`,
        ),
        "delegates",
      ),
    ];
  }
  return [];
}
