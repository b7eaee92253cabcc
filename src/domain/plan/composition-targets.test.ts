/** Composition targets (SPEC F3): defaults, validation, target beside actual, warnings only. */
import { describe, expect, it } from "vitest";
import {
  type CompositionPerson,
  CompositionTargetsSchema,
  compositionCheck,
  DEFAULT_COMPOSITION_TARGETS,
} from "./composition-targets.ts";

const person = (p: Partial<CompositionPerson>): CompositionPerson => ({
  gender: "male",
  ethnicityCode: "01",
  categories: [],
  economicSector: null,
  ...p,
});

describe("composition targets", () => {
  it("has a default for every group, and refuses a band upside down", () => {
    expect(DEFAULT_COMPOSITION_TARGETS.women).toEqual({ min: 0.3, max: null });
    expect(DEFAULT_COMPOSITION_TARGETS.leaders).toEqual({ min: null, max: 0.3 });
    expect(Object.keys(DEFAULT_COMPOSITION_TARGETS.sectors).sort()).toEqual(
      ["collective", "foreign", "household", "private", "state"].sort(),
    );
    const bad = CompositionTargetsSchema.safeParse({ women: { min: 0.6, max: 0.4 } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toBe("Tỷ lệ tối thiểu phải không lớn hơn tối đa");
    expect(CompositionTargetsSchema.safeParse({ women: { min: 1.5 } }).success).toBe(false);
  });

  it("counts each group, says in Vietnamese which targets are missed, and never blocks", () => {
    const people = [
      person({ gender: "female", categories: ["direct_worker"], economicSector: "state" }),
      person({ gender: "female", ethnicityCode: "03", economicSector: "private" }),
      person({ categories: ["leader"], economicSector: "state" }),
      person({ categories: ["leader", "emulation_fighter"] }),
      person({ ethnicityCode: null, categories: ["direct_worker"], economicSector: "household" }),
    ];
    const lines = compositionCheck(DEFAULT_COMPOSITION_TARGETS, people);
    const by = Object.fromEntries(lines.map((l) => [l.code, l]));
    expect(lines.map((l) => l.code)).toEqual([
      "women",
      "ethnic_minorities",
      "direct_workers",
      "leaders",
      "sector_state",
      "sector_private",
      "sector_foreign",
      "sector_collective",
      "sector_household",
    ]);
    expect(by.women!.actual).toEqual({ count: 2, total: 5, share: 0.4 });
    expect(by.women!.within).toBe(true);
    expect(by.ethnic_minorities!.actual.count).toBe(1);
    expect(by.leaders!.actual.count).toBe(2);
    expect(by.leaders!.within).toBe(false);
    expect(by.leaders!.message).toBe(
      "Lãnh đạo cấp ủy, chính quyền, đoàn thể: 2/5 (40%), chưa đạt mục tiêu tối đa 30%. Nên cân nhắc bổ sung hoặc điều chỉnh danh sách (cảnh báo, không chặn).",
    );
    expect(by.sector_foreign!.within).toBe(false);
    expect(by.sector_state!.actual.count).toBe(2);
    expect(by.women!.message).toBe("Đại biểu nữ: 2/5 (40%), đạt mục tiêu tối thiểu 30%.");
  });

  it("judges nothing on an empty list", () => {
    expect(compositionCheck(DEFAULT_COMPOSITION_TARGETS, []).every((l) => l.within)).toBe(true);
  });
});
