/** Award money (SPEC H1; issue #14 "Done when": every form at two base salaries, rounding, integers only). */
import { describe, expect, it } from "vitest";
import { AWARD_FORM_DEFAULTS, BASE_SALARY_DEFAULTS } from "./award-forms.ts";
import { awardAmount, baseSalaryOn, formatMultiplier, parseMultiplier, perMilleFor } from "./award-money.ts";

describe("awardAmount", () => {
  it("0,3 × 2.340.000 = 702.000 → 710.000 (rounded up to 10.000 đ, no floating point)", () => {
    expect(awardAmount(300, 2_340_000)).toBe(710_000);
    // Where floating point goes wrong (0,7 × 10.000 = 6999.999…), integers do not.
    expect(awardAmount(700, 10_000)).toBe(10_000);
    expect(awardAmount(700, 100_000)).toBe(70_000);
  });

  it("keeps an exact multiple of 10.000 đ and rounds anything above it up", () => {
    expect(awardAmount(1000, 1_800_000)).toBe(1_800_000);
    expect(awardAmount(1000, 1_800_001)).toBe(1_810_000);
    expect(awardAmount(150, 1_490_000)).toBe(230_000); // 223.500
    expect(awardAmount(0, 2_340_000)).toBe(0);
  });

  it("refuses fractions and negatives", () => {
    expect(() => awardAmount(0.3, 2_340_000)).toThrow(RangeError);
    expect(() => awardAmount(300, 2_340_000.5)).toThrow(RangeError);
    expect(() => awardAmount(-1, 2_340_000)).toThrow(RangeError);
  });

  // Every seeded form at two base salaries: the decree's multiple, by hand, rounded up.
  const expected: Record<string, { person: [number, number] | null; collective: [number, number] | null }> = {
    // [at 1.800.000, at 2.340.000]
    giay_khen_xa: { person: [270_000, 360_000], collective: [540_000, 710_000] }, // 351.000; 702.000
    giay_khen_huyen: { person: [540_000, 710_000], collective: [1_080_000, 1_410_000] }, // 1.404.000
    giay_khen_thu_truong: { person: [540_000, 710_000], collective: [1_080_000, 1_410_000] },
    bang_khen_tinh: { person: [1_800_000, 2_340_000], collective: [3_600_000, 4_680_000] },
    lao_dong_tien_tien: { person: [540_000, 710_000], collective: null },
    chien_si_thi_dua_co_so: { person: [1_800_000, 2_340_000], collective: null },
    chien_si_thi_dua_tinh: { person: [5_400_000, 7_020_000], collective: null },
    tap_the_lao_dong_tien_tien: { person: null, collective: [1_440_000, 1_880_000] }, // 1.872.000
    tap_the_lao_dong_xuat_sac: { person: null, collective: [2_700_000, 3_510_000] },
  };
  it.each(AWARD_FORM_DEFAULTS.map((f) => [f.code, f] as const))(
    "%s at 1.800.000 and 2.340.000",
    (code, form) => {
      const want = expected[code];
      expect(want, `expected amounts for ${code}`).toBeDefined();
      for (const subject of ["person", "collective"] as const) {
        const perMille = perMilleFor(form, subject);
        const pair = want?.[subject] ?? null;
        if (pair === null) {
          expect(perMille).toBeNull();
          continue;
        }
        expect(perMille).not.toBeNull();
        const got = [awardAmount(perMille ?? 0, 1_800_000), awardAmount(perMille ?? 0, 2_340_000)];
        expect(got).toEqual(pair);
        for (const g of got) expect(Number.isInteger(g) && g % 10_000 === 0).toBe(true);
      }
    },
  );
});

describe("baseSalaryOn", () => {
  it("takes the latest value in force on the day", () => {
    expect(baseSalaryOn(BASE_SALARY_DEFAULTS, "2020-03-25")?.amount).toBe(1_490_000);
    expect(baseSalaryOn(BASE_SALARY_DEFAULTS, "2024-06-30")?.amount).toBe(1_800_000);
    expect(baseSalaryOn(BASE_SALARY_DEFAULTS, "2024-07-01")?.amount).toBe(2_340_000);
    expect(baseSalaryOn(BASE_SALARY_DEFAULTS, "2019-06-30")).toBeNull();
  });
});

describe("multipliers", () => {
  it("formats and parses per mille the way the decree writes it", () => {
    expect(formatMultiplier(300)).toBe("0,3");
    expect(formatMultiplier(150)).toBe("0,15");
    expect(formatMultiplier(1000)).toBe("1,0");
    expect(formatMultiplier(12000)).toBe("12,0");
    expect(parseMultiplier("0,3")).toBe(300);
    expect(parseMultiplier("0.15")).toBe(150);
    expect(parseMultiplier("4,5")).toBe(4500);
    expect(parseMultiplier("0,0005")).toBeNull();
    expect(parseMultiplier("abc")).toBeNull();
  });
});
