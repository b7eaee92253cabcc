import { describe, expect, it } from "vitest";
import { SEED_PLAN_RULES } from "../../../domain/plan/rules.ts";
import { AppError } from "../../http/errors.ts";
import { mergeRules, parseRules } from "./rules-input.ts";

const seed = SEED_PLAN_RULES as unknown as Record<string, unknown>;

function refusal(patch: Record<string, unknown>): AppError {
  try {
    parseRules(seed, patch);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("plan rules changes (A2)", () => {
  it("merges objects, replaces arrays, and null brings the default back", () => {
    const merged = mergeRules(
      { caps: { unit: 150, town: 300 }, forms: { unit: ["a", "b"] } },
      {
        caps: { town: 250 },
        forms: { unit: ["c"] },
      },
    );
    expect(merged).toEqual({ caps: { unit: 150, town: 250 }, forms: { unit: ["c"] } });
    const rules = parseRules(
      { ...seed, enterpriseThreshold: 250 },
      { enterpriseThreshold: null, caps: { town: 250 } },
    );
    expect(rules.enterpriseThreshold).toBe(200);
    expect(rules.caps).toMatchObject({ town: 250, unit: 150, enterpriseDelegate: 150 });
  });

  it("names a refused value in Vietnamese", () => {
    const e = refusal({ caps: { town: 0 } });
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toMatch(/Số đại biểu tối đa của Hội nghị cấp trên: Tối thiểu 1/u);
    expect((e.details as { fields: Record<string, string> }).fields).toHaveProperty("rules.caps.town");
  });

  it("names the item of a list and the cross-field checks", () => {
    const items = [...SEED_PLAN_RULES.coreAgenda];
    items[2] = { code: "Sai Ma", title: "x" };
    expect(refusal({ coreAgenda: items }).message).toMatch(/Mã mục chương trình \(mục thứ 3\)/u);
    expect(refusal({ presidium: { min: 8, max: 7 } }).message).toMatch(/Số người Chủ tọa tối thiểu/u);
    expect(refusal({ budgetByKind: { town: "khong_co" } }).message).toMatch(
      /Nguồn kinh phí của Hội nghị cấp trên: Nguồn kinh phí "khong_co"/u,
    );
  });

  it("refuses a key the rules do not have instead of dropping it", () => {
    const e = refusal({ caps: { twon: 250 } });
    expect(e.message).toMatch(/Không có quy định "caps.twon"/u);
  });
});
