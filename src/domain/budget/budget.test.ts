/** Norms (TT 40/2017 k4 Đ12) at each venue class, a line over its norm, variance and totals in integer đồng (SPEC I1). */
import { describe, expect, it } from "vitest";
import { checkBudgetNorms } from "./check.ts";
import { budgetTotals, costPerDelegate, lineEstimate, lineVariance, variancePercent } from "./lines.ts";
import { type BudgetNorm, defaultVenueClass, normFor } from "./norms.ts";

describe("norms", () => {
  it.each([
    ["central_city", 200_000, 260_000],
    ["provincial", 150_000, 195_000],
    ["commune", 100_000, 130_000],
  ] as const)("%s: meal support %i, central catering at most 130 %% = %i", (venue, meal, catered) => {
    expect(normFor("meals", venue, "2020-03-25")?.maxUnitPrice).toBe(meal);
    expect(normFor("meals_catered", venue, "2020-03-25")?.maxUnitPrice).toBe(catered);
    expect(normFor("meals", venue, "2020-03-25")?.basis).toMatch(
      /khoản 4 Điều 12 Thông tư 40\/2017\/TT-BTC/u,
    );
  });

  it("has no norm before Thông tư 40/2017 took effect, nor for spending it does not cap", () => {
    expect(normFor("meals", "provincial", "2017-06-30")).toBeNull();
    expect(normFor("hall", "provincial", "2020-03-25")).toBeNull();
  });

  it("takes a province's own dated row over the national one, only while it is in force", () => {
    const own: BudgetNorm = {
      category: "meals",
      venueClass: "provincial",
      province: "thanh_hoa",
      validFrom: "2018-01-01",
      validTo: "2020-12-31",
      maxUnitPrice: 120_000,
      per: "người/ngày",
      basis: "Nghị quyết HĐND tỉnh (mẫu)",
    };
    const norms = [
      own,
      { ...own, province: null, validFrom: "2017-07-01", validTo: null, maxUnitPrice: 150_000 },
    ];
    expect(normFor("meals", "provincial", "2020-03-25", "thanh_hoa", norms)?.maxUnitPrice).toBe(120_000);
    expect(normFor("meals", "provincial", "2021-01-01", "thanh_hoa", norms)?.maxUnitPrice).toBe(150_000);
    expect(normFor("meals", "provincial", "2020-03-25", "nghe_an", norms)?.maxUnitPrice).toBe(150_000);
  });

  it("a xã or phường holds its own conference at the commune class; the town at the provincial one", () => {
    expect(defaultVenueClass("phuong")).toBe("commune");
    expect(defaultVenueClass("xa")).toBe("commune");
    expect(defaultVenueClass("thi_xa")).toBe("provincial");
    expect(defaultVenueClass("co_quan")).toBe("provincial");
  });
});

describe("a line over its norm", () => {
  const lines = [
    { category: "hall" as const, label: "Thuê hội trường", unitPrice: 5_000_000 },
    { category: "meals" as const, label: "Hỗ trợ tiền ăn", unitPrice: 150_001 },
    { category: "meals" as const, label: "Hỗ trợ tiền ăn buổi chiều", unitPrice: 150_000 },
  ];

  it("is a warning naming the norm and its article; a price at the norm is not", () => {
    const v = checkBudgetNorms({ venueClass: "provincial", province: null, date: "2020-03-25", lines });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: "I1_OVER_NORM", severity: "warning", section: "III.4", line: 1 });
    expect(v[0]!.message).toContain("150.001 đ");
    expect(v[0]!.message).toContain("150.000 đ/người/ngày");
    expect(v[0]!.message).toContain("Thông tư 40/2017/TT-BTC");
  });

  it("depends on the venue class: the same price is within the norm in a central city", () => {
    expect(
      checkBudgetNorms({ venueClass: "central_city", province: null, date: "2020-03-25", lines }),
    ).toEqual([]);
    expect(
      checkBudgetNorms({ venueClass: "commune", province: null, date: "2020-03-25", lines }),
    ).toHaveLength(2);
  });
});

describe("amounts and variance", () => {
  it("multiplies quantity by unit price exactly, beyond 2^31", () => {
    expect(lineEstimate({ quantity: 3_000, unitPrice: 1_000_001 })).toBe(3_000_003_000);
  });

  it("gives the variance per line and in total; a line without an actual has none", () => {
    expect(lineVariance({ estimate: 6_000_000, actual: 5_400_000 })).toBe(-600_000);
    expect(lineVariance({ estimate: 6_000_000, actual: null })).toBeNull();
    const t = budgetTotals([
      { estimate: 6_000_000, actual: 5_400_000 },
      { estimate: 3_000_000, actual: 3_250_000 },
      { estimate: 1_000_000, actual: null },
    ]);
    expect(t).toEqual({ totalEstimate: 10_000_000, totalActual: 8_650_000, variance: -1_350_000 });
    expect(variancePercent(t.totalEstimate, t.variance)).toBe(-13.5);
    expect(variancePercent(0, 0)).toBeNull();
  });

  it("cost per delegate rounds to the đồng and needs delegates", () => {
    expect(costPerDelegate(10_000_000, 3)).toBe(3_333_333);
    expect(costPerDelegate(10_000_000, 0)).toBeNull();
  });
});
