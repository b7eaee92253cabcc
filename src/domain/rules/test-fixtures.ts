/**
 * Test data for the rules engine (imported by *.test.ts only): a conference that
 * passes every rule, and builders to break it one rule at a time.
 */
import { type PlanRules, SEED_PLAN_RULES } from "../plan/rules.ts";
import type { RuleAgendaItem, RuleDelegate, RuleInput, RulePresidiumMember } from "./types.ts";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Vũ", "Bùi"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Đào", "Giang", "Hà", "Khánh", "Lan", "Minh"];

export function delegate(i: number, patch: Partial<RuleDelegate> = {}): RuleDelegate {
  return {
    id: `d${i}`,
    personId: `p${i}`,
    fullName: `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[i % GIVEN.length]}`,
    role: "exemplar",
    status: "invited",
    gender: i % 2 === 0 ? "female" : "male",
    ethnicityCode: "01",
    categories: ["emulation_fighter"],
    ...patch,
  };
}

/** `exemplars` exemplar delegates (d0…) then `guests` guests who are leaders. */
export function delegates(exemplars: number, guests: number): RuleDelegate[] {
  const out: RuleDelegate[] = [];
  for (let i = 0; i < exemplars; i++) out.push(delegate(i));
  for (let i = exemplars; i < exemplars + guests; i++) {
    out.push(delegate(i, { role: "guest", categories: ["leader"] }));
  }
  return out;
}

export function presidiumOf(ids: readonly string[]): RulePresidiumMember[] {
  return ids.map((delegateId, i) => ({ delegateId, order: i + 1 }));
}

export function coreAgenda(rules: PlanRules = SEED_PLAN_RULES): RuleAgendaItem[] {
  return rules.coreAgenda.map((item, i) => ({ order: (i + 1) * 10, coreCode: item.code, title: item.title }));
}

/** Phường Ba Đình's unit conference: 70 exemplars, 30 guests, everything in order. */
export function validInput(patch: Partial<RuleInput> = {}): RuleInput {
  const list = delegates(70, 30);
  return {
    rules: SEED_PLAN_RULES,
    unit: {
      id: "u-badinh",
      name: "Phường Ba Đình",
      kindCode: "phuong",
      hasWorkforce: false,
      workforce: null,
    },
    conference: {
      kind: "unit",
      form: "Hội nghị tuyên dương điển hình tiên tiến",
      date: "2020-03-25",
      startTime: "07:30",
      endTime: "11:30",
      budgetSource: "unit_budget",
      deadline: "2020-03-31",
    },
    delegates: list,
    // two leaders (guests d70, d71) and three exemplars (d0–d2)
    presidium: presidiumOf(["d70", "d71", "d0", "d1", "d2"]),
    agenda: coreAgenda(),
    today: "2020-03-01",
    ...patch,
  };
}

export function withConference(patch: Partial<RuleInput["conference"]>, base = validInput()): RuleInput {
  return { ...base, conference: { ...base.conference, ...patch } };
}

export function enterprise(workforce: number | null, base = validInput()): RuleInput {
  return {
    ...base,
    unit: { id: "u-dn", name: "Công ty mẫu", kindCode: "doanh_nghiep", hasWorkforce: true, workforce },
  };
}

export const codes = (violations: readonly { code: string }[]) => violations.map((v) => v.code);
