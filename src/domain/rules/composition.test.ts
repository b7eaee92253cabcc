import { describe, expect, it } from "vitest";
import { compositionSummary } from "./composition.ts";
import { delegate } from "./test-fixtures.ts";

describe("compositionSummary (D4, D5, II.2.2)", () => {
  it("counts roles, categories, women, ethnic minorities and direct workers", () => {
    const list = [
      delegate(0, {
        gender: "female",
        ethnicityCode: "01",
        categories: ["emulation_fighter", "direct_worker"],
      }),
      delegate(1, { gender: "male", ethnicityCode: "17", categories: ["farmer"] }),
      delegate(2, { gender: "female", ethnicityCode: null, categories: ["good_deed"], status: "attended" }),
      delegate(3, { role: "guest", gender: null, ethnicityCode: "04", categories: ["leader", "unknown"] }),
      delegate(4, { role: "guest", gender: "male", ethnicityCode: " ", categories: [], status: "confirmed" }),
      delegate(5, { gender: "female", ethnicityCode: "01", categories: ["direct_worker"] }),
    ];
    const s = compositionSummary({ delegates: list });
    expect(s.total).toBe(6);
    expect(s.exemplars).toEqual({ count: 4, percent: 66.7 });
    expect(s.guests).toEqual({ count: 2, percent: 33.3 });
    expect(s.women).toEqual({ count: 3, percent: 50 });
    expect(s.genderUnknown).toBe(1);
    expect(s.ethnicMinorities).toEqual({ count: 2, percent: 33.3 });
    expect(s.ethnicityUnknown).toBe(2);
    expect(s.directWorkers).toEqual({ count: 2, percent: 33.3 });
    expect(s.byStatus).toEqual({
      invited: { count: 4, percent: 66.7 },
      confirmed: { count: 1, percent: 16.7 },
      attended: { count: 1, percent: 16.7 },
    });
    expect(s.byCategory.map((c) => [c.code, c.count])).toEqual([
      ["leader", 1],
      ["hero_labour", 0],
      ["hero_armed", 0],
      ["emulation_fighter", 1],
      ["outstanding_exemplar", 0],
      ["citizen", 0],
      ["farmer", 1],
      ["direct_worker", 2],
      ["good_deed", 1],
    ]);
    expect(s.byCategory[2]).toEqual({
      code: "hero_armed",
      label: "Anh hùng Lực lượng vũ trang nhân dân",
      count: 0,
      percent: 0,
    });
  });

  it("gives zero percentages for an empty list", () => {
    const s = compositionSummary({ delegates: [] });
    expect(s.total).toBe(0);
    expect(s.exemplars).toEqual({ count: 0, percent: 0 });
    expect(s.byCategory.every((c) => c.count === 0 && c.percent === 0)).toBe(true);
  });
});
