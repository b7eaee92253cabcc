import { describe, expect, it } from "vitest";
import { RULE_VALUE_LABELS, ruleLabel, ruleValueLabel } from "./rule-labels.ts";
import { SEED_PLAN_RULES } from "./rules.ts";

/**
 * Every path of a rules document, list items and per-kind records written as "*"; an item
 * of a list of plain values (a form) is named by its list.
 */
function paths(value: unknown, prefix: string[] = []): string[] {
  if (Array.isArray(value)) {
    const items = value.filter((v) => typeof v === "object" && v !== null);
    return [prefix.join("."), ...items.flatMap((v) => paths(v, [...prefix, "*"]))];
  }
  if (typeof value !== "object" || value === null) return [prefix.join(".")];
  const own = prefix.length > 0 ? [prefix.join(".")] : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

describe("rule value labels (A2)", () => {
  it("names every value of the plan's rules, and nothing else", () => {
    const rules = { ...SEED_PLAN_RULES, caps: { ...SEED_PLAN_RULES.caps, unitByKind: { "*": 1 } } };
    const wanted = new Set(paths(rules));
    expect([...wanted].filter((p) => !Object.hasOwn(RULE_VALUE_LABELS, p))).toEqual([]);
    expect(Object.keys(RULE_VALUE_LABELS).filter((k) => !wanted.has(k))).toEqual([]);
  });

  it("gives numbers their unit and names the higher level when it is known", () => {
    expect(ruleValueLabel("caps.town")).toEqual({
      label: "Số đại biểu tối đa của Hội nghị cấp trên",
      unit: "đại biểu",
    });
    expect(ruleValueLabel("caps.town", "Thị xã").label).toBe("Số đại biểu tối đa của Hội nghị cấp Thị xã");
    expect(ruleValueLabel("caps.town", "  ").label).toBe("Số đại biểu tối đa của Hội nghị cấp trên");
    expect(ruleValueLabel("halfDayMaxMinutes").unit).toBe("phút");
    expect(ruleValueLabel("presidium.min")).toEqual({ label: "Số người Chủ tọa tối thiểu", unit: "người" });
  });

  it("labels a refused path by its longest known prefix, with the item's position", () => {
    expect(ruleLabel(["caps", "town"])).toBe("Số đại biểu tối đa của Hội nghị cấp trên");
    expect(ruleLabel(["coreAgenda", 2, "code"])).toBe("Mã mục chương trình (mục thứ 3)");
    expect(ruleLabel(["presidium", "min", "extra"])).toBe("Số người Chủ tọa tối thiểu");
    expect(ruleLabel(["budgetByKind", "town"], "Huyện")).toBe("Nguồn kinh phí của Hội nghị cấp Huyện");
    expect(ruleLabel(["nothing"])).toBe("nothing");
    expect(ruleLabel([])).toBe("Quy định");
  });

  it("labels per-kind caps with the kind, even a kind named like an object key", () => {
    expect(ruleLabel(["caps", "unitByKind", "phuong"])).toBe('Số đại biểu tối đa của loại đơn vị "phuong"');
    expect(ruleLabel(["caps", "unitByKind", "constructor"])).toBe(
      'Số đại biểu tối đa của loại đơn vị "constructor"',
    );
    expect(ruleLabel(["constructor"])).toBe("constructor");
  });
});
