/** The access vocabulary (issue #7 item 3): each role's capabilities as the plan and SPEC N3 give them. */
import { describe, expect, it } from "vitest";
import {
  CAPABILITIES,
  type Capability,
  capabilitiesOf,
  has,
  hasAny,
  ownsUnit,
  ROLE_CAPABILITIES,
  reaches,
  seesPersonalData,
  UNIT_DUTIES,
} from "./access.ts";
import { type Actor, ROLES, type Role } from "./roles.ts";

const UNIT_A = "00000000-0000-4000-8000-00000000000a";
const UNIT_B = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Role, unitId: string | null = null): Actor => ({
  userId: `u-${role}`,
  username: role,
  fullName: role,
  role,
  unitId,
});

/** Who holds each capability, written out by hand from the plan, SPEC N3 and the former policies. */
const HOLDERS: Record<Capability, Role[]> = {
  "plans.manage": ["office"],
  "security.read": ["office"],
  "progress.read_all": ["office", "council", "chairman"],
  "briefing.read": ["office", "council", "chairman"],
  "outbox.manage": ["office"],
  "progress.read_own": ["unit", "culture", "finance"],
  "council.assign": ["office"],
  "dossiers.read_all": ["office", "council", "chairman"],
  "dossiers.edit_own": ["unit", "culture", "finance"],
  "dossiers.review": ["office"],
  "documents.settings_all": ["office"],
  "documents.settings_own": ["unit", "culture", "finance"],
  "quotas.manage": ["office"],
  "quotas.read_all": ["office", "council", "chairman"],
  "quotas.read_own": ["unit", "culture", "finance"],
  "awards.read_all": ["office", "council", "chairman", "finance"],
  "awards.read_own": ["unit", "culture", "finance"],
  "awards.edit_all": ["office"],
  "awards.edit_own": ["unit", "culture", "finance"],
  "awards.manage_data": ["office"],
  "units.read_all": ["office", "council", "chairman", "culture", "finance"],
  "units.read_own": ["unit", "culture", "finance"],
  "units.manage": ["office"],
  "units.export": ["office", "council", "chairman"],
  "users.manage": ["office"],
  "audit.read": ["office"],
  "conferences.read_all": ["office", "council", "chairman", "culture", "finance"],
  "conferences.read_own": ["unit", "culture", "finance"],
  "conferences.create_all": ["office"],
  "conferences.create_own": ["unit", "culture", "finance"],
  "conferences.edit_all": ["office"],
  "conferences.edit_own": ["unit", "culture", "finance"],
  "conferences.review": ["office"],
  "conferences.review_pilot": ["council"],
  "conferences.close": ["office"],
  "unit_plans.read_all": ["office", "council", "chairman"],
  "unit_plans.read_own": ["unit", "culture", "finance"],
  "unit_plans.edit_own": ["unit", "culture", "finance"],
  "unit_plans.review": ["office"],
  "unit_plans.review_pilot": ["council"],
  "people.read_all": ["office", "council", "chairman"],
  "people.read_own": ["unit", "culture", "finance"],
  "people.edit_all": ["office"],
  "people.edit_own": ["unit", "culture", "finance"],
  "people.read_personal": ["office", "council", "chairman", "unit"],
  "duplicates.read": ["office", "council", "chairman"],
  "duplicates.dismiss": ["office"],
  "files.read_all": ["office", "council", "chairman"],
  "files.read_own": ["unit", "culture", "finance"],
  "budget.read_all": ["office", "chairman", "finance"],
  "budget.read_own": ["unit", "culture", "finance"],
  "budget.edit_all": ["office", "finance"],
  "budget.edit_own": ["unit", "culture", "finance"],
  "budget.review": ["finance"],
  "budget.approve": ["chairman"],
  "budget.settle": ["finance"],
  "propaganda.read_all": ["office", "council", "chairman", "culture"],
  "propaganda.manage": ["culture"],
  "propaganda.log_own": ["unit", "culture", "finance"],
  "nominations.read_all": ["office", "council", "chairman"],
  "nominations.edit_own": ["unit", "culture", "finance"],
  "nominations.review": ["office"],
  "nominations.approve": ["chairman"],
};

describe("role → capabilities", () => {
  it.each(CAPABILITIES.map((c) => [c]))("%s is held by exactly the expected roles", (c) => {
    const holders = ROLES.filter((r) => has(actor(r), c));
    expect(holders.sort()).toEqual([...HOLDERS[c]].sort());
  });

  it("lists only known capabilities, once each, in the closed list's order", () => {
    for (const role of ROLES) {
      const list = capabilitiesOf(role);
      expect(new Set(list).size).toBe(list.length);
      expect(list).toEqual(CAPABILITIES.filter((c) => ROLE_CAPABILITIES[role].includes(c)));
    }
  });

  it("N3: culture and finance do not see birth year or ethnicity; every other role does", () => {
    expect(ROLES.filter((r) => !seesPersonalData(actor(r)))).toEqual(["culture", "finance"]);
  });
});

describe("own unit", () => {
  it("is a unit's staff member on its own unit only", () => {
    expect(ownsUnit(actor("unit", UNIT_A), UNIT_A)).toBe(true);
    expect(ownsUnit(actor("unit", UNIT_A), UNIT_B)).toBe(false);
    expect(ownsUnit(actor("unit", null), null)).toBe(false);
    expect(ownsUnit(actor("unit", UNIT_A), null)).toBe(false);
    // The office follows units; being attached to Phòng Nội vụ gives it no unit duties.
    expect(ownsUnit(actor("office", UNIT_A), UNIT_A)).toBe(false);
    expect(ownsUnit(actor("council", UNIT_A), UNIT_A)).toBe(false);
  });

  it("ADR 0005: culture and finance act for their own office's duties, never for another unit", () => {
    for (const role of ["culture", "finance"] as const) {
      expect(ownsUnit(actor(role, UNIT_A), UNIT_A)).toBe(true);
      expect(ownsUnit(actor(role, UNIT_A), UNIT_B)).toBe(false);
      expect(reaches(actor(role, UNIT_A), "unit_plans.read_all", "unit_plans.edit_own", UNIT_A)).toBe(true);
      expect(reaches(actor(role, UNIT_A), "people.edit_all", "people.edit_own", UNIT_B)).toBe(false);
      for (const duty of UNIT_DUTIES) expect(has(actor(role), duty)).toBe(true);
    }
  });

  it("reaches: every unit with the `all` capability, its own with the `own` one", () => {
    const all: Capability = "people.edit_all";
    const own: Capability = "people.edit_own";
    expect(reaches(actor("office"), all, own, UNIT_B)).toBe(true);
    expect(reaches(actor("unit", UNIT_A), all, own, UNIT_A)).toBe(true);
    expect(reaches(actor("unit", UNIT_A), all, own, UNIT_B)).toBe(false);
    expect(reaches(actor("council"), all, own, UNIT_A)).toBe(false);
  });

  it("hasAny: a unit user without a unit has no `own` feature", () => {
    expect(hasAny(actor("unit", UNIT_A), "people.read_all", "people.read_own")).toBe(true);
    expect(hasAny(actor("unit", null), "people.read_all", "people.read_own")).toBe(false);
    expect(hasAny(actor("culture"), "people.read_all", "people.read_own")).toBe(false);
    expect(hasAny(actor("culture", UNIT_A), "people.read_all", "people.read_own")).toBe(true);
  });
});
