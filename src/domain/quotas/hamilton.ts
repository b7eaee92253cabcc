/**
 * Quota allocation (SPEC F2, issue #9 item 2): the exemplar seats of the higher conference
 * shared among the participating units by the largest-remainder (Hamilton) method, with a
 * minimum and an optional maximum per unit and seats fixed by hand (overrides).
 *
 * 1. Overridden units keep their seats; the rest R = total − Σ overrides goes to the others.
 * 2. Each other unit's target share is q = clamp(λ·weight, minimum, maximum), λ chosen so
 *    that Σ q = R (proportional where the bounds do not bind; solved exactly on the
 *    piecewise-linear Σ, no iteration).
 * 3. Every unit gets ⌊q⌋ and the seats left go one each, in the tie rule's order:
 *    larger remainder, then larger weight, then unit name (Intl.Collator('vi')), then id.
 *    Remainders closer than 1e-9 count as equal, so float noise never decides.
 * The result's seats are integers that sum exactly to the total, or a QuotaInfeasibleError
 * says in Vietnamese why the constraints cannot be met.
 */
import { viCollator } from "../text.ts";

export type QuotaUnit = { id: string; name: string; weight: number };

export type QuotaInput = {
  total: number;
  units: readonly QuotaUnit[];
  minimum: number;
  maximum?: number | null;
  /** Seats fixed by hand, by unit id. */
  overrides?: Readonly<Record<string, number>>;
};

export type QuotaLine = {
  unitId: string;
  name: string;
  weight: number;
  /** The unit's exact share of the total by weight alone: total × weight / Σ weights. */
  exact: number;
  /** The share Hamilton rounds: the exact share after minimum, maximum and overrides. */
  quota: number;
  seats: number;
  overridden: boolean;
};

export type QuotaResult = {
  lines: QuotaLine[];
  sum: number;
  /** The line farthest from its exact share (seats − exact), null when there are no units. */
  largestDeviation: { unitId: string; name: string; deviation: number } | null;
};

export const QUOTA_TIE_RULE =
  "Ghế còn lại chia cho phần dư lớn hơn; bằng nhau thì trọng số lớn hơn, rồi tên đơn vị theo thứ tự chữ cái tiếng Việt, rồi mã.";

export type QuotaInfeasibleCode =
  | "invalid_number"
  | "maximum_below_minimum"
  | "unknown_override"
  | "overrides_exceed_total"
  | "no_free_units"
  | "minimum_exceeds_total"
  | "maximum_below_total"
  | "no_weight";

/** The constraints cannot be met; `message` is Vietnamese and names the numbers. */
export class QuotaInfeasibleError extends Error {
  constructor(
    readonly code: QuotaInfeasibleCode,
    message: string,
    readonly field: "total" | "minimum" | "maximum" | "overrides" | "weights",
  ) {
    super(message);
    this.name = "QuotaInfeasibleError";
  }
}

const EPS = 1e-9;
const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

function validate(input: QuotaInput): void {
  const fail = (field: QuotaInfeasibleError["field"], message: string) => {
    throw new QuotaInfeasibleError("invalid_number", message, field);
  };
  if (!isCount(input.total)) fail("total", "Tổng chỉ tiêu phải là số nguyên không âm.");
  if (!isCount(input.minimum)) fail("minimum", "Số tối thiểu mỗi đơn vị phải là số nguyên không âm.");
  const max = input.maximum;
  if (max !== null && max !== undefined) {
    if (!isCount(max)) fail("maximum", "Số tối đa mỗi đơn vị phải là số nguyên không âm.");
    if (max < input.minimum) {
      throw new QuotaInfeasibleError(
        "maximum_below_minimum",
        `Số tối đa mỗi đơn vị (${max}) nhỏ hơn số tối thiểu (${input.minimum}).`,
        "maximum",
      );
    }
  }
  for (const u of input.units) {
    if (!Number.isFinite(u.weight) || u.weight < 0) {
      fail("weights", `Trọng số của ${u.name} phải là số không âm.`);
    }
  }
  const known = new Set(input.units.map((u) => u.id));
  for (const [id, seats] of Object.entries(input.overrides ?? {})) {
    if (!known.has(id)) {
      throw new QuotaInfeasibleError(
        "unknown_override",
        "Có chỉ tiêu cố định cho một đơn vị không tham gia kế hoạch.",
        "overrides",
      );
    }
    if (!isCount(seats)) fail("overrides", "Chỉ tiêu cố định phải là số nguyên không âm.");
  }
}

/** Σ clamp(λ·w, lo, hi) = rest, solved on the breakpoints of the piecewise-linear sum. */
function clampedShares(weights: number[], lo: number, hi: number, rest: number): number[] {
  const at = (lambda: number) => weights.map((w) => Math.min(hi, Math.max(lo, lambda * w)));
  const sumAt = (lambda: number) => at(lambda).reduce((s, q) => s + q, 0);
  const breaks = [0];
  for (const w of weights) {
    if (w > 0) {
      breaks.push(lo / w);
      if (Number.isFinite(hi)) breaks.push(hi / w);
    }
  }
  breaks.sort((a, b) => a - b);
  let left = 0;
  for (const b of breaks) {
    if (sumAt(b) >= rest) {
      // Linear between `left` and `b`: slope is Σ w of units strictly inside their bounds.
      const s0 = sumAt(left);
      const s1 = sumAt(b);
      const lambda = s1 === s0 ? b : left + ((rest - s0) * (b - left)) / (s1 - s0);
      return at(lambda);
    }
    left = b;
  }
  // Past the last breakpoint nobody is at a bound (no maximum): Σ grows by Σ weights.
  const slope = Number.isFinite(hi) ? 0 : weights.reduce((s, w) => s + w, 0);
  return at(slope > 0 ? left + (rest - sumAt(left)) / slope : left);
}

function tieOrder(a: { rem: number; line: QuotaLine }, b: { rem: number; line: QuotaLine }): number {
  if (Math.abs(a.rem - b.rem) > EPS) return b.rem - a.rem;
  if (a.line.weight !== b.line.weight) return b.line.weight - a.line.weight;
  return viCollator.compare(a.line.name, b.line.name) || (a.line.unitId < b.line.unitId ? -1 : 1);
}

export function allocateQuotas(input: QuotaInput): QuotaResult {
  validate(input);
  const { total, units, minimum } = input;
  const maximum = input.maximum ?? Number.POSITIVE_INFINITY;
  const overrides = input.overrides ?? {};
  const fixedSum = Object.values(overrides).reduce((s, n) => s + n, 0);
  if (fixedSum > total) {
    throw new QuotaInfeasibleError(
      "overrides_exceed_total",
      `Các chỉ tiêu cố định cộng lại ${fixedSum} vượt tổng ${total} chỉ tiêu.`,
      "overrides",
    );
  }
  const free = units.filter((u) => !Object.hasOwn(overrides, u.id));
  const rest = total - fixedSum;
  if (free.length === 0 && rest !== 0) {
    throw new QuotaInfeasibleError(
      "no_free_units",
      `Mọi đơn vị đều có chỉ tiêu cố định nhưng tổng của chúng (${fixedSum}) khác tổng ${total} chỉ tiêu.`,
      "overrides",
    );
  }
  if (free.length * minimum > rest) {
    const after = fixedSum > 0 ? ` (còn ${rest} sau các chỉ tiêu cố định)` : "";
    throw new QuotaInfeasibleError(
      "minimum_exceeds_total",
      `Tối thiểu ${minimum} đại biểu × ${free.length} đơn vị = ${free.length * minimum}, vượt tổng ${total} chỉ tiêu${after}. Hãy giảm số tối thiểu hoặc tăng tổng chỉ tiêu.`,
      "minimum",
    );
  }
  if (free.length * maximum < rest) {
    throw new QuotaInfeasibleError(
      "maximum_below_total",
      `Tối đa ${maximum} đại biểu × ${free.length} đơn vị = ${free.length * maximum}, không đủ cho ${rest} chỉ tiêu cần chia. Hãy tăng số tối đa hoặc giảm tổng chỉ tiêu.`,
      "maximum",
    );
  }
  const reachable = free.reduce((s, u) => s + (u.weight > 0 ? maximum : minimum), 0);
  if (reachable < rest) {
    throw new QuotaInfeasibleError(
      "no_weight",
      `Không đơn vị nào có trọng số dương để nhận ${rest - free.length * minimum} chỉ tiêu còn lại. Hãy nhập số liệu làm căn cứ hoặc chọn căn cứ khác.`,
      "weights",
    );
  }

  const weightSum = units.reduce((s, u) => s + u.weight, 0);
  const exactOf = (w: number) =>
    weightSum > 0 ? (total * w) / weightSum : units.length ? total / units.length : 0;
  const shares = clampedShares(
    free.map((u) => u.weight),
    minimum,
    maximum,
    rest,
  );
  const quotaOf = new Map(free.map((u, i) => [u.id, shares[i]!]));
  const lines: QuotaLine[] = units.map((u) => {
    const overridden = Object.hasOwn(overrides, u.id);
    const quota = overridden ? overrides[u.id]! : quotaOf.get(u.id)!;
    const floor = overridden ? quota : Math.max(minimum, Math.floor(quota + EPS));
    return {
      unitId: u.id,
      name: u.name,
      weight: u.weight,
      exact: exactOf(u.weight),
      quota,
      seats: floor,
      overridden,
    };
  });
  let left = total - lines.reduce((s, l) => s + l.seats, 0);
  const order = lines
    .filter((l) => !l.overridden && l.seats + 1 <= maximum)
    .map((line) => ({ line, rem: Math.max(0, line.quota - line.seats) }))
    .sort(tieOrder);
  for (const c of order) {
    if (left <= 0) break;
    c.line.seats += 1;
    left -= 1;
  }
  // Float noise only: never leave the sum off the total (smallest remainders give back first).
  for (const c of [...order].reverse()) {
    if (left >= 0) break;
    if (c.line.seats > minimum) {
      c.line.seats -= 1;
      left += 1;
    }
  }
  const sum = lines.reduce((s, l) => s + l.seats, 0);
  let largestDeviation: QuotaResult["largestDeviation"] = null;
  for (const l of lines) {
    const deviation = l.seats - l.exact;
    if (!largestDeviation || Math.abs(deviation) > Math.abs(largestDeviation.deviation) + EPS) {
      largestDeviation = { unitId: l.unitId, name: l.name, deviation };
    }
  }
  return { lines, sum, largestDeviation };
}
