import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanRulesSchema } from "../plan/rules.ts";
import {
  checkExemplarMix,
  exemplarsToAdd,
  exemplarsToRemove,
  guestsToAdd,
  guestsToRemove,
  mixBand,
} from "./mix.ts";
import { codes, delegates, validInput, withConference } from "./test-fixtures.ts";

const mix = (exemplars: number, guests: number) =>
  checkExemplarMix(validInput({ delegates: delegates(exemplars, guests) }));

describe("D4 about 70 % exemplars, 30 % guests (II.2.1, II.2.2)", () => {
  it("is quiet at 70/30 and at both edges of the ±10 % band", () => {
    expect(mix(70, 30)).toEqual([]);
    expect(mix(60, 40)).toEqual([]);
    expect(mix(80, 20)).toEqual([]);
    expect(mix(6, 4)).toEqual([]);
  });

  it("warns just beyond the lower edge, with the numbers and a fix", () => {
    expect(mix(59, 41)).toEqual([
      {
        code: "D4_MIX_TOO_FEW_EXEMPLARS",
        severity: "warning",
        section: "II.2.1",
        message:
          "Đại biểu điển hình tiên tiến chiếm 59% (59/100 đại biểu), thấp hơn mức tối thiểu 60% (khoảng 70% ± 10%).",
        hint: "Bổ sung ít nhất 3 đại biểu điển hình tiên tiến hoặc bớt ít nhất 2 đại biểu khách mời.",
        field: "delegates",
      },
    ]);
  });

  it("warns just beyond the upper edge", () => {
    const out = mix(81, 19);
    expect(codes(out)).toEqual(["D4_MIX_TOO_MANY_EXEMPLARS"]);
    expect(out[0]?.message).toBe(
      "Đại biểu điển hình tiên tiến chiếm 81% (81/100 đại biểu), cao hơn mức tối đa 80% (khoảng 70% ± 10%); khách mời chỉ chiếm 19%.",
    );
    expect(out[0]?.hint).toBe(
      "Mời thêm ít nhất 2 đại biểu khách mời hoặc bớt ít nhất 5 đại biểu điển hình tiên tiến.",
    );
  });

  it("says nothing about an empty list, and only suggests what is possible", () => {
    expect(mix(0, 0)).toEqual([]);
    expect(mix(0, 10)[0]?.hint).toBe("Bổ sung ít nhất 15 đại biểu điển hình tiên tiến.");
    expect(mix(10, 0)[0]?.hint).toBe("Mời thêm ít nhất 3 đại biểu khách mời.");
  });

  it("follows the office's tolerance and cites the town section for the town", () => {
    const rules = PlanRulesSchema.parse({ exemplarShare: { target: 0.7, tolerance: 0 } });
    expect(checkExemplarMix(validInput({ rules, delegates: delegates(70, 30) }))).toEqual([]);
    expect(codes(checkExemplarMix(validInput({ rules, delegates: delegates(71, 29) })))).toEqual([
      "D4_MIX_TOO_MANY_EXEMPLARS",
    ]);
    // 0.5 − 0.09 is 0.41000000000000003 in floating point: 41/100 is still on the edge
    const half = PlanRulesSchema.parse({ exemplarShare: { target: 0.5, tolerance: 0.09 } });
    expect(checkExemplarMix(validInput({ rules: half, delegates: delegates(41, 59) }))).toEqual([]);
    expect(checkExemplarMix(validInput({ rules: half, delegates: delegates(59, 41) }))).toEqual([]);
    expect(codes(checkExemplarMix(validInput({ rules: half, delegates: delegates(40, 60) })))).toEqual([
      "D4_MIX_TOO_FEW_EXEMPLARS",
    ]);
    const town = withConference({ kind: "town" }, validInput({ delegates: delegates(50, 50) }));
    expect(checkExemplarMix(town)[0]?.section).toBe("II.2.2");
  });
});

describe("D4 suggested numbers are the smallest that reach the band", () => {
  const arb = fc.record({
    e: fc.integer({ min: 0, max: 400 }),
    g: fc.integer({ min: 0, max: 400 }),
    target: fc.integer({ min: 0, max: 100 }),
    tolerance: fc.integer({ min: 0, max: 50 }),
  });
  const atLeast = (x: number, t: number, low: number) => t > 0 && x / t >= low - 1e-9;
  const atMost = (x: number, t: number, high: number) => t > 0 && x / t <= high + 1e-9;

  it("doing what the hint says reaches the band, doing one less does not", () => {
    fc.assert(
      fc.property(arb, ({ e, g, target, tolerance }) => {
        const n = e + g;
        if (n === 0) return;
        const { low, high } = mixBand(target / 100, tolerance / 100);
        if (!atLeast(e, n, low)) {
          const add = exemplarsToAdd(e, n, low);
          if (add !== null) {
            expect(atLeast(e + add, n + add, low)).toBe(true);
            if (add > 0) expect(atLeast(e + add - 1, n + add - 1, low)).toBe(false);
          }
          const remove = guestsToRemove(e, n, low);
          expect(remove === null).toBe(e === 0);
          if (remove !== null) {
            expect(remove).toBeLessThanOrEqual(g);
            expect(atLeast(e, n - remove, low)).toBe(true);
            if (remove > 0) expect(atLeast(e, n - remove + 1, low)).toBe(false);
          }
        }
        if (!atMost(e, n, high)) {
          const add = guestsToAdd(e, n, high);
          if (add !== null) {
            expect(atMost(e, n + add, high)).toBe(true);
            if (add > 0) expect(atMost(e, n + add - 1, high)).toBe(false);
          }
          const remove = exemplarsToRemove(e, n, high);
          expect(remove === null).toBe(g === 0);
          if (remove !== null) {
            expect(atMost(e - remove, n - remove, high)).toBe(true);
            if (remove > 0) expect(atMost(e - remove + 1, n - remove + 1, high)).toBe(false);
          }
        }
      }),
    );
  });
});
