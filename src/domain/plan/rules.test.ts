import { describe, expect, it } from "vitest";
import { conferenceKindLabel, PlanRulesSchema, SEED_PLAN_RULES } from "./rules.ts";

describe("PlanRulesSchema and the seed's values (A2, D)", () => {
  it("fills every rule from the seed plan when the stored document is empty", () => {
    expect(PlanRulesSchema.parse({})).toEqual(SEED_PLAN_RULES);
    expect(SEED_PLAN_RULES.caps).toEqual({ unit: 150, unitByKind: {}, enterpriseDelegate: 150, town: 300 });
    expect(SEED_PLAN_RULES.enterpriseThreshold).toBe(200);
    expect(SEED_PLAN_RULES.enterpriseAtThreshold).toBe("delegate");
    expect(SEED_PLAN_RULES.exemplarShare).toEqual({ target: 0.7, tolerance: 0.1 });
    expect(SEED_PLAN_RULES.presidium).toEqual({ min: 5, max: 7 });
    expect(SEED_PLAN_RULES.halfDayMaxMinutes).toBe(300);
    expect(SEED_PLAN_RULES.budgetByKind).toEqual({
      unit: "unit_budget",
      pilot: "unit_budget",
      town: "town_budget",
    });
  });

  it("lists the nine core agenda items of 3.1 in order, worded as in the plan", () => {
    expect(SEED_PLAN_RULES.coreAgenda.map((i) => i.title)).toEqual([
      "Chào cờ",
      "Tuyên bố lý do, giới thiệu đại biểu và khai mạc",
      "Báo cáo tổng kết phong trào thi đua, công tác thi đua khen thưởng 5 năm qua, phương hướng nhiệm vụ công tác thi đua khen thưởng 5 năm tới",
      "Báo cáo tham luận của các điển hình tiên tiến (đại diện tập thể, cá nhân)",
      "Biểu dương, khen thưởng các điển hình tiêu biểu",
      "Phát động phong trào thi đua giai đoạn 2020-2025",
      "Phát biểu hưởng ứng phong trào thi đua",
      "Thông qua danh sách đại biểu đi dự Đại hội, Hội nghị cấp trên",
      "Tổng kết, Bế mạc Hội nghị",
    ]);
    expect(new Set(SEED_PLAN_RULES.coreAgenda.map((i) => i.code)).size).toBe(9);
  });

  it("allows the three unit-level forms and the town form of D1", () => {
    expect(SEED_PLAN_RULES.forms.unit).toEqual([
      "Hội nghị tuyên dương điển hình tiên tiến",
      "Hội nghị biểu dương người tốt, việc tốt",
      "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo",
    ]);
    expect(SEED_PLAN_RULES.forms.pilot).toEqual(SEED_PLAN_RULES.forms.unit);
    expect(SEED_PLAN_RULES.forms.town).toEqual(["Hội nghị điển hình tiên tiến"]);
  });

  it("keeps partial documents: given values win, the rest come from the seed", () => {
    const rules = PlanRulesSchema.parse({ caps: { town: 250 }, enterpriseAtThreshold: "plenary" });
    expect(rules.caps).toEqual({ ...SEED_PLAN_RULES.caps, town: 250 });
    expect(rules.enterpriseAtThreshold).toBe("plenary");
    expect(rules.presidium).toEqual({ min: 5, max: 7 });
  });

  it("normalises NFD text to NFC", () => {
    const rules = PlanRulesSchema.parse({
      forms: { town: ["Hội nghị điển hình tiên tiến".normalize("NFD")] },
    });
    expect(rules.forms.town[0]).toBe("Hội nghị điển hình tiên tiến".normalize("NFC"));
  });

  it("rejects inconsistent values with Vietnamese messages", () => {
    const bad = PlanRulesSchema.safeParse({
      presidium: { min: 8, max: 7 },
      budgetByKind: { town: "province_budget" },
      exemplarShare: { target: 1.5 },
      coreAgenda: [
        { code: "flag_salute", title: "Chào cờ" },
        { code: "flag_salute", title: "Chào cờ lần hai" },
      ],
      caps: { unit: 0 },
    });
    expect(bad.success).toBe(false);
    const issues = bad.error?.issues ?? [];
    const at = (path: string) => issues.find((i) => i.path.join(".") === path)?.message;
    expect(at("presidium.min")).toBe("Số người tối thiểu phải không lớn hơn tối đa");
    expect(at("coreAgenda")).toBe("Mã các mục chương trình không được trùng nhau");
    expect(at("exemplarShare.target")).toBe("Từ 0 đến 1");
    expect(at("caps.unit")).toBe("Tối thiểu 1");
    // the cross-field check runs once the fields themselves are valid
    const unknownBudget = PlanRulesSchema.safeParse({ budgetByKind: { town: "province_budget" } });
    expect(unknownBudget.error?.issues[0]?.path).toEqual(["budgetByKind", "town"]);
    expect(unknownBudget.error?.issues[0]?.message).toContain("không có trong danh sách nguồn kinh phí");
  });

  it("names the conference kinds from the level's name (M1)", () => {
    expect(conferenceKindLabel(SEED_PLAN_RULES, "town")).toBe("Hội nghị cấp Thị xã");
    expect(conferenceKindLabel({ levelName: "Tỉnh" }, "town")).toBe("Hội nghị cấp Tỉnh");
    expect(conferenceKindLabel(SEED_PLAN_RULES, "pilot")).toBe("Hội nghị điểm");
  });
});
