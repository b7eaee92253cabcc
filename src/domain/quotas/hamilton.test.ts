/**
 * Quota allocation (SPEC F2, issue #9 "Done when"): sums always exact, minimums, maximums
 * and overrides respected, deterministic ties, typed Vietnamese errors, the paradox case.
 */
import { describe, expect, it } from "vitest";
import { allocateQuotas, QuotaInfeasibleError, type QuotaInput, type QuotaUnit } from "./hamilton.ts";
import { alabamaLosses, compareAllocations, paradoxAhead } from "./paradox.ts";

const units = (...weights: number[]): QuotaUnit[] =>
  weights.map((weight, i) => ({ id: `u${String(i).padStart(2, "0")}`, name: `Đơn vị ${i}`, weight }));
const seats = (input: QuotaInput) => allocateQuotas(input).lines.map((l) => l.seats);

/** Mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("allocateQuotas", () => {
  it("splits by weight with largest remainders and shows each exact share", () => {
    const r = allocateQuotas({ total: 10, units: units(50, 30, 20), minimum: 0 });
    expect(r.lines.map((l) => l.seats)).toEqual([5, 3, 2]);
    expect(r.sum).toBe(10);
    const uneven = allocateQuotas({ total: 7, units: units(5, 3, 2), minimum: 0 });
    // exact 3.5, 2.1, 1.4 → floors 3, 2, 1 and the last seat to the largest remainder (0.5).
    expect(uneven.lines.map((l) => l.seats)).toEqual([4, 2, 1]);
    expect(uneven.lines.map((l) => l.exact)).toEqual([3.5, 2.1, 1.4]);
    expect(uneven.largestDeviation).toMatchObject({ unitId: "u00" });
    expect(uneven.largestDeviation!.deviation).toBeCloseTo(0.5, 9);
  });

  it("gives every unit its minimum and shares the rest in proportion", () => {
    const r = allocateQuotas({ total: 20, units: units(1000, 10, 10, 10), minimum: 2 });
    expect(r.lines.map((l) => l.seats)).toEqual([14, 2, 2, 2]);
    expect(r.lines[1]!.exact).toBeCloseTo((20 * 10) / 1030, 9);
  });

  it("caps a unit at the maximum and passes its seats to the others", () => {
    expect(seats({ total: 12, units: units(90, 5, 5), minimum: 0, maximum: 6 })).toEqual([6, 3, 3]);
  });

  it("keeps overrides fixed, even outside the bounds, and shares the rest", () => {
    const r = allocateQuotas({ total: 12, units: units(1, 1, 1), minimum: 2, overrides: { u00: 1 } });
    expect(r.lines.map((l) => [l.seats, l.overridden])).toEqual([
      [1, true],
      [6, false],
      [5, false],
    ]);
  });

  it("breaks ties by weight, then the unit name in Vietnamese order, then the id", () => {
    // Equal remainders (1/3 each): one seat left → the larger weight has none left to win here,
    // so equal weights fall to the name: "Ánh" sorts before "Bình" and "Đông" in Vietnamese.
    const named: QuotaUnit[] = [
      { id: "c", name: "Đông Sơn", weight: 1 },
      { id: "a", name: "Bình Minh", weight: 1 },
      { id: "b", name: "Ánh Dương", weight: 1 },
    ];
    const r = allocateQuotas({ total: 4, units: named, minimum: 0 });
    expect(Object.fromEntries(r.lines.map((l) => [l.name, l.seats]))).toEqual({
      "Ánh Dương": 2,
      "Bình Minh": 1,
      "Đông Sơn": 1,
    });
    const sameName = allocateQuotas({
      total: 3,
      units: [
        { id: "z", name: "Tổ 1", weight: 1 },
        { id: "y", name: "Tổ 1", weight: 1 },
      ],
      minimum: 0,
    });
    expect(sameName.lines.map((l) => [l.unitId, l.seats])).toEqual([
      ["z", 1],
      ["y", 2],
    ]);
    // Same remainder, different weights: quotas 1.5 and 4.5 with total 6 → the heavier gets the seat.
    expect(seats({ total: 6, units: units(1, 3), minimum: 0 })).toEqual([1, 5]);
  });

  it("gives the same answer whatever the order of the units", () => {
    const list = units(7, 7, 7, 3, 3, 11);
    const a = allocateQuotas({ total: 17, units: list, minimum: 1 });
    const b = allocateQuotas({ total: 17, units: [...list].reverse(), minimum: 1 });
    const byId = (r: typeof a) => Object.fromEntries(r.lines.map((l) => [l.unitId, l.seats]));
    expect(byId(a)).toEqual(byId(b));
  });

  it("refuses constraints that cannot be met, in Vietnamese, with a code and a field", () => {
    const fails = (input: QuotaInput) => {
      try {
        allocateQuotas(input);
      } catch (e) {
        expect(e).toBeInstanceOf(QuotaInfeasibleError);
        return e as QuotaInfeasibleError;
      }
      throw new Error("expected an error");
    };
    const min = fails({ total: 10, units: units(1, 1, 1, 1, 1, 1), minimum: 2 });
    expect(min.code).toBe("minimum_exceeds_total");
    expect(min.field).toBe("minimum");
    expect(min.message).toContain("Tối thiểu 2 đại biểu × 6 đơn vị = 12, vượt tổng 10 chỉ tiêu");
    expect(fails({ total: 5, units: units(1, 1), minimum: 0, overrides: { u00: 4, u01: 3 } }).code).toBe(
      "overrides_exceed_total",
    );
    expect(fails({ total: 5, units: units(1, 1), minimum: 0, overrides: { u00: 1, u01: 3 } }).code).toBe(
      "no_free_units",
    );
    const max = fails({ total: 30, units: units(1, 1, 1), minimum: 0, maximum: 9 });
    expect(max.code).toBe("maximum_below_total");
    expect(max.message).toContain("Tối đa 9 đại biểu × 3 đơn vị = 27");
    expect(fails({ total: 5, units: units(1, 1), minimum: 3, maximum: 2 }).code).toBe(
      "maximum_below_minimum",
    );
    expect(fails({ total: 5, units: units(0, 0), minimum: 1 }).code).toBe("no_weight");
    expect(fails({ total: 5, units: units(1, -1), minimum: 0 }).code).toBe("invalid_number");
    expect(fails({ total: 2.5, units: units(1), minimum: 0 }).code).toBe("invalid_number");
    expect(fails({ total: 5, units: units(1), minimum: 0, overrides: { nope: 1 } }).code).toBe(
      "unknown_override",
    );
  });

  it("property: over random weights, totals, bounds and overrides the seats sum exactly and respect every bound", () => {
    const rand = prng(20200325);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    let checked = 0;
    const problems: string[] = [];
    for (let run = 0; run < 2000; run++) {
      const n = int(1, 30);
      const list = units(
        ...Array.from({ length: n }, () =>
          rand() < 0.1 ? 0 : rand() < 0.5 ? int(1, 50_000) : Math.round(rand() * 1000) / 10,
        ),
      );
      const total = int(0, 400);
      const minimum = rand() < 0.3 ? 0 : int(0, 6);
      const maximum = rand() < 0.5 ? null : minimum + int(0, 40);
      const overrides: Record<string, number> = {};
      for (const u of list) if (rand() < 0.15) overrides[u.id] = int(0, 10);
      const input: QuotaInput = { total, units: list, minimum, maximum, overrides };
      let result: ReturnType<typeof allocateQuotas>;
      try {
        result = allocateQuotas(input);
      } catch (e) {
        if (!(e instanceof QuotaInfeasibleError)) problems.push(`run ${run}: ${String(e)}`);
        continue;
      }
      checked++;
      const wrong = (what: string) => problems.push(`run ${run}: ${what}`);
      if (result.sum !== total || result.lines.reduce((s, l) => s + l.seats, 0) !== total) wrong("sum");
      for (const l of result.lines) {
        if (!Number.isInteger(l.seats)) wrong(`${l.unitId} not an integer`);
        if (Object.hasOwn(overrides, l.unitId)) {
          if (l.seats !== overrides[l.unitId]) wrong(`${l.unitId} override moved`);
          continue;
        }
        if (l.seats < minimum) wrong(`${l.unitId} below minimum`);
        if (maximum !== null && l.seats > maximum) wrong(`${l.unitId} above maximum`);
        // Hamilton: within one seat of the share it rounds.
        if (Math.abs(l.seats - l.quota) >= 1 + 1e-9) wrong(`${l.unitId} ${l.seats} vs quota ${l.quota}`);
      }
      // Deterministic: the same input, reversed, gives the same seats.
      const again = allocateQuotas({ ...input, units: [...list].reverse() });
      const before = new Map(result.lines.map((l) => [l.unitId, l.seats]));
      if (again.lines.some((l) => before.get(l.unitId) !== l.seats)) wrong("order changed the seats");
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(700);
  }, 30_000);
});

describe("Alabama paradox", () => {
  // The textbook case: weights 6, 6, 2. At 10 seats: 4, 4, 2; at 11 seats: 5, 5, 1.
  const input: QuotaInput = {
    total: 10,
    units: [
      { id: "a", name: "Phường A", weight: 6 },
      { id: "b", name: "Phường B", weight: 6 },
      { id: "c", name: "Xã C", weight: 2 },
    ],
    minimum: 0,
  };

  it("warns that raising the total from 10 to 11 takes a seat from the smallest unit", () => {
    const base = allocateQuotas(input);
    expect(base.lines.map((l) => l.seats)).toEqual([4, 4, 2]);
    expect(alabamaLosses(input, base)).toEqual([{ unitId: "c", name: "Xã C", before: 2, after: 1 }]);
    expect(paradoxAhead(input, base)).toMatchObject({ total: 11 });
  });

  it("stays silent when no unit loses a seat", () => {
    const fair = { ...input, units: units(5, 3, 2), total: 10 };
    expect(alabamaLosses(fair, allocateQuotas(fair))).toEqual([]);
  });

  it("compares the published seats with a what-if and lists units losing seats as the total grows", () => {
    const current = {
      total: 10,
      seats: new Map([
        ["a", 4],
        ["b", 4],
        ["c", 2],
      ]),
    };
    const next = { ...allocateQuotas({ ...input, total: 11 }), total: 11 };
    const { changes, losers } = compareAllocations(current, next);
    expect(changes.map((c) => c.change)).toEqual([1, 1, -1]);
    expect(losers.map((l) => l.name)).toEqual(["Xã C"]);
    expect(compareAllocations(null, next).losers).toEqual([]);
  });
});
