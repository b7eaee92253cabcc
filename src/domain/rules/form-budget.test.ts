import { describe, expect, it } from "vitest";
import { SEED_PLAN_RULES } from "../plan/rules.ts";
import { checkBudget, expectedBudgetSource, unknownBudgetSource } from "./budget.ts";
import { checkForm } from "./form.ts";
import { codes, withConference } from "./test-fixtures.ts";

describe("D1 form allowed for the level (II.2.1, II.2.2)", () => {
  it("accepts the three unit-level forms for unit and pilot conferences", () => {
    for (const form of [
      "Hội nghị tuyên dương điển hình tiên tiến",
      "Hội nghị biểu dương người tốt, việc tốt",
      "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo",
    ]) {
      expect(checkForm(withConference({ form }))).toEqual([]);
      expect(checkForm(withConference({ kind: "pilot", form }))).toEqual([]);
    }
  });

  it("accepts NFD input, extra spaces and different case", () => {
    const form = "  hội nghị  Biểu dương người tốt, việc tốt ".normalize("NFD");
    expect(checkForm(withConference({ form }))).toEqual([]);
  });

  it("rejects the town form at unit level and a unit form at town level", () => {
    const out = checkForm(withConference({ form: "Hội nghị điển hình tiên tiến" }));
    expect(out).toEqual([
      {
        code: "D1_FORM_NOT_ALLOWED",
        severity: "error",
        section: "II.2.1",
        message:
          "Hình thức “Hội nghị điển hình tiên tiến” không thuộc các hình thức kế hoạch quy định cho Hội nghị của đơn vị.",
        hint: "Chọn một trong các hình thức: “Hội nghị tuyên dương điển hình tiên tiến”; “Hội nghị biểu dương người tốt, việc tốt”; “Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo”.",
        field: "form",
      },
    ]);
    const town = checkForm(withConference({ kind: "town", form: "Hội nghị biểu dương người tốt, việc tốt" }));
    expect(town[0]).toMatchObject({ code: "D1_FORM_NOT_ALLOWED", section: "II.2.2" });
    expect(town[0]?.message).toContain("Hội nghị cấp Thị xã");
    expect(checkForm(withConference({ kind: "town", form: "Hội nghị điển hình tiên tiến" }))).toEqual([]);
  });

  it("warns about a missing form while drafting, blocks it when final", () => {
    expect(checkForm(withConference({ form: null }))[0]).toMatchObject({
      code: "D1_FORM_MISSING",
      severity: "warning",
    });
    expect(checkForm(withConference({ form: "  ", phase: "final" }))[0]?.severity).toBe("error");
  });
});

describe("D8 budget source per kind (II.2.1, II.2.2)", () => {
  it("expects the unit's own budget for unit and pilot conferences, the town's for the town", () => {
    expect(checkBudget(withConference({ budgetSource: "unit_budget" }))).toEqual([]);
    expect(checkBudget(withConference({ kind: "pilot", budgetSource: "unit_budget" }))).toEqual([]);
    expect(checkBudget(withConference({ kind: "town", budgetSource: "town_budget" }))).toEqual([]);
  });

  it("warns on a mismatch, naming both sources", () => {
    expect(checkBudget(withConference({ budgetSource: "town_budget" }))).toEqual([
      {
        code: "D8_BUDGET_MISMATCH",
        severity: "warning",
        section: "II.2.1",
        message:
          "Nguồn kinh phí đang chọn là “Ngân sách Thị xã”, trong khi kế hoạch quy định kinh phí Hội nghị của đơn vị do “Ngân sách của đơn vị” đảm bảo.",
        hint: "Chọn nguồn kinh phí “Ngân sách của đơn vị”, hoặc ghi rõ lý do khi lập dự toán.",
        field: "budgetSource",
      },
    ]);
    const town = checkBudget(withConference({ kind: "town", budgetSource: "sponsor" }));
    expect(town[0]).toMatchObject({ code: "D8_BUDGET_MISMATCH", severity: "warning", section: "II.2.2" });
    expect(town[0]?.message).toContain("“sponsor”");
  });

  it("warns when no source is chosen", () => {
    const out = checkBudget(withConference({ budgetSource: null }));
    expect(codes(out)).toEqual(["D8_BUDGET_MISSING"]);
    expect(out[0]?.hint).toBe(
      "Chọn “Ngân sách của đơn vị”: theo kế hoạch, kinh phí Hội nghị của đơn vị do nguồn này đảm bảo.",
    );
  });
});

describe("D8 budget sources the plan lists", () => {
  it("starts a conference with its kind's source, as the plan sets it", () => {
    expect(expectedBudgetSource(SEED_PLAN_RULES, "unit")).toBe("unit_budget");
    expect(expectedBudgetSource(SEED_PLAN_RULES, "pilot")).toBe("unit_budget");
    expect(expectedBudgetSource(SEED_PLAN_RULES, "town")).toBe("town_budget");
    const provincial = { budgetByKind: { unit: "unit_budget", pilot: "sponsor", town: "province" } };
    expect(expectedBudgetSource(provincial, "pilot")).toBe("sponsor");
  });

  it("accepts every source of the plan", () => {
    for (const s of SEED_PLAN_RULES.budgetSources)
      expect(unknownBudgetSource(SEED_PLAN_RULES, s.code)).toBeNull();
  });

  it("refuses another code, listing the plan's sources", () => {
    expect(unknownBudgetSource(SEED_PLAN_RULES, "sponsor")).toEqual({
      message:
        'Nguồn kinh phí "sponsor" không có trong kế hoạch. Chọn một trong: "unit_budget" (Ngân sách của đơn vị), "town_budget" (Ngân sách Thị xã).',
      fieldMessage: "Nguồn kinh phí không có trong kế hoạch.",
    });
  });
});
