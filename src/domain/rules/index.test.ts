import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanRulesSchema, SEED_PLAN_RULES } from "../plan/rules.ts";
import { capFor } from "./cap.ts";
import { checkConference, hasBlockingErrors, RULES, VIOLATION_CODES } from "./index.ts";
import { codes, delegates, validInput, withConference } from "./test-fixtures.ts";
import type { RuleInput } from "./types.ts";

describe("checkConference", () => {
  it("finds nothing wrong with a conference that follows the plan", () => {
    expect(checkConference(validInput())).toEqual([]);
    expect(hasBlockingErrors([])).toBe(false);
  });

  it("reports rules in a fixed order: D1, D2, D3, D4, D6, D7, D8", () => {
    const input = withConference(
      { form: "Đại hội", date: "2020-04-02", budgetSource: "town_budget" },
      validInput({ delegates: delegates(40, 111), presidium: [], agenda: [] }),
    );
    const out = checkConference(input);
    const rules = out.map((v) => v.code.slice(0, 2));
    expect([...new Set(rules)]).toEqual(["D1", "D2", "D3", "D4", "D6", "D7", "D8"]);
    expect(codes(out).slice(0, 5)).toEqual([
      "D1_FORM_NOT_ALLOWED",
      "D2_AFTER_DEADLINE",
      "D3_CAP_EXCEEDED",
      "D4_MIX_TOO_FEW_EXEMPLARS",
      "D6_PRESIDIUM_TOO_FEW",
    ]);
    expect(hasBlockingErrors(out)).toBe(true);
    expect(RULES.map((r) => r.id)).toEqual(["D1", "D2", "D3", "D4", "D6", "D7", "D8"]);
  });

  it("lets warnings through without blocking", () => {
    const out = checkConference(withConference({ budgetSource: null, form: null }));
    expect(codes(out)).toEqual(["D1_FORM_MISSING", "D8_BUDGET_MISSING"]);
    expect(hasBlockingErrors(out)).toBe(false);
  });
});

const isoDate = fc
  .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2021-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Free text from a small alphabet (Vietnamese letters, digits, separators), so messages can be checked. */
const text = fc.string({
  unit: fc.constantFrom("a", "ă", "Đ", "ơ", " ", "0", "1", "2", "9", ":", "-", "/"),
  maxLength: 12,
});
const maybeText = (valid: fc.Arbitrary<string>) => fc.option(fc.oneof(valid, text), { nil: null });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const coreCodes = SEED_PLAN_RULES.coreAgenda.map((i) => i.code);

const arbRules = fc
  .record({
    caps: fc.record({
      unit: fc.integer({ min: 1, max: 200 }),
      enterpriseDelegate: fc.integer({ min: 1, max: 200 }),
      town: fc.integer({ min: 1, max: 400 }),
      unitByKind: fc.dictionary(fc.constantFrom("phuong", "xa", "co_quan"), fc.integer({ min: 1, max: 200 })),
    }),
    enterpriseThreshold: fc.integer({ min: 1, max: 400 }),
    enterpriseAtThreshold: fc.constantFrom("plenary", "delegate"),
    exemplarShare: fc.record({
      target: fc.double({ min: 0, max: 1, noNaN: true }),
      tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    presidium: fc
      .integer({ min: 1, max: 9 })
      .chain((min) => fc.record({ min: fc.constant(min), max: fc.integer({ min, max: 12 }) })),
    halfDayMaxMinutes: fc.integer({ min: 30, max: 1440 }),
    coreAgenda: fc.subarray(SEED_PLAN_RULES.coreAgenda),
  })
  .map((r) => PlanRulesSchema.parse(r));

const arbInput: fc.Arbitrary<RuleInput> = fc
  .record({
    rules: fc.oneof(fc.constant(SEED_PLAN_RULES), arbRules),
    unit: fc.record({
      id: text,
      name: text,
      kindCode: fc.constantFrom("phuong", "xa", "co_quan", "doan_the", "doanh_nghiep", "constructor"),
      hasWorkforce: fc.boolean(),
      workforce: fc.option(fc.integer({ min: -10, max: 1200 }), { nil: null }),
    }),
    conference: fc.record({
      kind: fc.constantFrom("unit", "pilot", "town"),
      form: maybeText(fc.constantFrom(...SEED_PLAN_RULES.forms.unit, ...SEED_PLAN_RULES.forms.town)),
      date: maybeText(isoDate),
      startTime: maybeText(time),
      endTime: maybeText(time),
      budgetSource: maybeText(fc.constantFrom("unit_budget", "town_budget")),
      deadline: fc.option(isoDate, { nil: null }),
      phase: fc.constantFrom(undefined, "draft", "final"),
    }),
    delegates: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 300 }).map((i) => `d${i}`),
        personId: fc.integer({ min: 0, max: 300 }).map((i) => `p${i}`),
        fullName: text,
        role: fc.constantFrom("exemplar", "guest"),
        status: fc.constantFrom("invited", "confirmed", "attended"),
        gender: fc.constantFrom("male", "female", null),
        ethnicityCode: fc.option(fc.constantFrom("01", "02", "17", "", "54"), { nil: null }),
        categories: fc.array(fc.constantFrom("leader", "hero_labour", "farmer", "good_deed", "x"), {
          maxLength: 3,
        }),
      }),
      { maxLength: 320 },
    ),
    presidium: fc.array(
      fc.record({ delegateId: fc.integer({ min: 0, max: 320 }).map((i) => `d${i}`), order: fc.integer() }),
      { maxLength: 10 },
    ),
    agenda: fc.array(
      fc.record({
        order: fc.integer({ min: -5, max: 20 }),
        coreCode: fc.option(fc.constantFrom(...coreCodes, "unknown_item"), { nil: null }),
        title: text,
      }),
      { maxLength: 14 },
    ),
    today: isoDate,
  })
  .map((input) => input as RuleInput);

/** Property runs are CPU-bound: a busy 2-core machine needs far more than the default 5 s. */
describe("checkConference on arbitrary schema-shaped input", { timeout: 60_000 }, () => {
  it("never throws and only emits well-formed, known violations", () => {
    const known = new Set<string>(VIOLATION_CODES);
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const v of checkConference(input)) {
          expect(known.has(v.code)).toBe(true);
          expect(["error", "warning"]).toContain(v.severity);
          expect(v.section.length).toBeGreaterThan(0);
          expect(v.message.trim().length).toBeGreaterThan(0);
          expect(v.hint.trim().length).toBeGreaterThan(0);
          expect(v.message).not.toMatch(/undefined|NaN|null|\[object/u);
          expect(v.hint).not.toMatch(/undefined|NaN|null|\[object/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and does not change its input", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const before = structuredClone(input);
        const first = checkConference(input);
        expect(input).toEqual(before);
        expect(checkConference(structuredClone(input))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("reports a cap error exactly when there are more delegates than the cap", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { unit, conference, rules } = input;
        const cap = capFor(rules, unit, unit.workforce, conference.kind).cap;
        if (conference.kind === "town") expect(cap).toBe(rules.caps.town);
        else if (!unit.hasWorkforce) {
          const own = Object.hasOwn(rules.caps.unitByKind, unit.kindCode);
          expect(cap).toBe(own ? rules.caps.unitByKind[unit.kindCode] : rules.caps.unit);
        }
        const exceeded = codes(checkConference(input)).includes("D3_CAP_EXCEEDED");
        expect(exceeded).toBe(input.delegates.length > cap);
      }),
      { numRuns: 300 },
    );
  });
});
