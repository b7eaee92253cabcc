import { describe, expect, it } from "vitest";
import { PlanRulesSchema, SEED_PLAN_RULES } from "../plan/rules.ts";
import { capFor, checkDelegateCap } from "./cap.ts";
import { codes, delegate, delegates, enterprise, validInput, withConference } from "./test-fixtures.ts";
import type { RuleInput } from "./types.ts";

const withCount = (n: number, base: RuleInput = validInput()): RuleInput => ({
  ...base,
  delegates: delegates(Math.round(n * 0.7), n - Math.round(n * 0.7)),
});

describe("D3 delegate cap of xã, phường and organisations (II.2.1)", () => {
  it("accepts 149 and 150 delegates and rejects 151", () => {
    expect(checkDelegateCap(withCount(149))).toEqual([]);
    expect(checkDelegateCap(withCount(150))).toEqual([]);
    expect(checkDelegateCap(withCount(151))).toEqual([
      {
        code: "D3_CAP_EXCEEDED",
        severity: "error",
        section: "II.2.1",
        message: "Hội nghị có 151 đại biểu, vượt mức tối đa 150 đại biểu.",
        hint: "Bớt ít nhất 1 đại biểu, giữ tỷ lệ khoảng 70% điển hình tiên tiến. Xã, phường, cơ quan và các tổ chức, đoàn thể cấp Thị xã: tối đa 150 đại biểu.",
        field: "delegates",
      },
    ]);
  });

  it("counts every delegate whatever their status", () => {
    const input = withCount(151);
    input.delegates = input.delegates.map((d, i) => ({ ...d, status: i % 2 ? "attended" : "invited" }));
    expect(codes(checkDelegateCap(input))).toEqual(["D3_CAP_EXCEEDED"]);
  });

  it("caps the town conference at 300 (II.2.2)", () => {
    const town = withConference({ kind: "town" });
    expect(checkDelegateCap(withCount(300, town))).toEqual([]);
    const over = checkDelegateCap(withCount(302, town));
    expect(over[0]?.section).toBe("II.2.2");
    expect(over[0]?.message).toBe("Hội nghị có 302 đại biểu, vượt mức tối đa 300 đại biểu.");
    expect(over[0]?.hint).toMatch(/^Bớt ít nhất 2 đại biểu/u);
  });
});

describe("D3 enterprises (II.2.1): plenary below 200 workers, delegate conference above", () => {
  it("199 workers: a plenary conference, noted as a warning, capped by the workforce", () => {
    const ok = checkDelegateCap(withCount(199, enterprise(199)));
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ code: "D3_PLENARY", severity: "warning", section: "II.2.1" });
    expect(ok[0]?.message).toContain("dưới 200");
    const over = checkDelegateCap(withCount(200, enterprise(199)));
    expect(codes(over)).toEqual(["D3_PLENARY", "D3_CAP_EXCEEDED"]);
    expect(over[1]?.message).toBe(
      "Hội nghị có 200 đại biểu, nhiều hơn số lao động của doanh nghiệp (199 người).",
    );
  });

  it("200 workers with the default setting: a delegate conference of at most 150", () => {
    expect(checkDelegateCap(withCount(150, enterprise(200)))).toEqual([]);
    const over = checkDelegateCap(withCount(151, enterprise(200)));
    expect(codes(over)).toEqual(["D3_CAP_EXCEEDED"]);
    expect(over[0]?.hint).toContain("đúng 200 lao động");
  });

  it("200 workers when the office chooses plenary: capped by the workforce", () => {
    const rules = PlanRulesSchema.parse({ enterpriseAtThreshold: "plenary" });
    const base = enterprise(200, validInput({ rules }));
    expect(codes(checkDelegateCap(withCount(200, base)))).toEqual(["D3_PLENARY"]);
    expect(codes(checkDelegateCap(withCount(201, base)))).toEqual(["D3_PLENARY", "D3_CAP_EXCEEDED"]);
  });

  it("201 workers: a delegate conference of at most 150", () => {
    expect(checkDelegateCap(withCount(150, enterprise(201)))).toEqual([]);
    expect(checkDelegateCap(withCount(151, enterprise(201)))[0]?.message).toBe(
      "Hội nghị có 151 đại biểu, vượt mức tối đa 150 đại biểu.",
    );
  });

  it("asks for the workforce when it is missing", () => {
    const out = checkDelegateCap(enterprise(null));
    expect(codes(out)).toEqual(["D3_WORKFORCE_MISSING"]);
    expect(out[0]?.severity).toBe("warning");
    expect(out[0]?.field).toBe("workforce");
  });

  it("does not apply the enterprise rule to the town conference", () => {
    expect(checkDelegateCap(withConference({ kind: "town" }, enterprise(null)))).toEqual([]);
  });
});

describe("D3 duplicate people", () => {
  it("warns when the same person is on the list twice", () => {
    const input = validInput();
    input.delegates = [...input.delegates, delegate(500, { personId: "p3", fullName: "Phạm Văn Dũng" })];
    const out = checkDelegateCap(input);
    expect(codes(out)).toEqual(["D3_DUPLICATE_PERSON"]);
    expect(out[0]?.message).toBe("Danh sách đại biểu có 1 người có tên nhiều lần: Phạm Văn Dũng (2 lần).");
  });
});

const phuongKind = { kindCode: "phuong", hasWorkforce: false };
const enterpriseKind = { kindCode: "doanh_nghiep", hasWorkforce: true };

describe("capFor (D3, II.2.1, II.2.2)", () => {
  it("caps xã, phường and town organisations at 150", () => {
    expect(capFor(SEED_PLAN_RULES, phuongKind, null, "unit")).toEqual({
      mode: "delegate",
      cap: 150,
      reason: "Xã, phường, cơ quan và các tổ chức, đoàn thể cấp Thị xã: tối đa 150 đại biểu.",
      section: "II.2.1",
    });
    expect(capFor(SEED_PLAN_RULES, phuongKind, null, "pilot").cap).toBe(150);
  });

  it("caps the town conference at 300 whatever the unit", () => {
    const decision = capFor(SEED_PLAN_RULES, enterpriseKind, 50, "town");
    expect(decision).toMatchObject({ mode: "delegate", cap: 300, section: "II.2.2" });
    expect(decision.reason).toContain("tối đa 300 đại biểu");
  });

  it("makes an enterprise below 200 workers hold a plenary conference capped by its workforce", () => {
    const decision = capFor(SEED_PLAN_RULES, enterpriseKind, 199, "unit");
    expect(decision).toMatchObject({ mode: "plenary", cap: 199, section: "II.2.1" });
    expect(decision.reason).toBe(
      "Doanh nghiệp có 199 lao động (dưới 200): tổ chức Hội nghị toàn thể, số người dự không vượt quá số lao động (199 người).",
    );
  });

  it("makes an enterprise above 200 workers hold a delegate conference of at most 150", () => {
    const decision = capFor(SEED_PLAN_RULES, enterpriseKind, 201, "unit");
    expect(decision).toMatchObject({ mode: "delegate", cap: 150 });
    expect(decision.reason).toBe(
      "Doanh nghiệp có 201 lao động (trên 200): tổ chức hội nghị đại biểu, tối đa 150 đại biểu.",
    );
    expect(capFor(SEED_PLAN_RULES, enterpriseKind, 1150, "unit").reason).toContain("1.150 lao động");
  });

  it("decides exactly 200 workers by the plan's setting, and says so", () => {
    const asDelegate = capFor(SEED_PLAN_RULES, enterpriseKind, 200, "unit");
    expect(asDelegate).toMatchObject({ mode: "delegate", cap: 150 });
    expect(asDelegate.reason).toContain("đúng 200 lao động");
    expect(asDelegate.reason).toContain("theo thiết lập của kế hoạch");
    const plenaryRules = PlanRulesSchema.parse({ enterpriseAtThreshold: "plenary" });
    const asPlenary = capFor(plenaryRules, enterpriseKind, 200, "unit");
    expect(asPlenary).toMatchObject({ mode: "plenary", cap: 200 });
    expect(asPlenary.reason).toContain("đúng 200 lao động");
  });

  it("treats an unknown or impossible workforce as a delegate conference", () => {
    for (const workforce of [null, -1, 12.5, Number.NaN]) {
      expect(capFor(SEED_PLAN_RULES, enterpriseKind, workforce, "unit")).toMatchObject({
        mode: "delegate",
        cap: 150,
      });
    }
    expect(capFor(SEED_PLAN_RULES, enterpriseKind, null, "unit").reason).toContain("chưa có số lao động");
  });

  it("uses a per-kind cap when the office sets one, and ignores inherited keys", () => {
    const rules = PlanRulesSchema.parse({ caps: { unitByKind: { co_quan: 80 } } });
    expect(capFor(rules, { kindCode: "co_quan", hasWorkforce: false }, null, "unit").cap).toBe(80);
    expect(capFor(rules, phuongKind, null, "unit").cap).toBe(150);
    expect(capFor(rules, { kindCode: "constructor", hasWorkforce: false }, null, "unit").cap).toBe(150);
  });
});
