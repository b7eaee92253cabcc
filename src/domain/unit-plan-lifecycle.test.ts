/** The unit plan lifecycle (C1, III.1): who may edit, submit and review, in which states. */
import { describe, expect, it } from "vitest";
import { type Actor, ROLES, type Role } from "./roles.ts";
import {
  EDITABLE_STATUSES,
  UNIT_PLAN_STATUSES,
  type UnitPlanStatus,
  unitPlanCan,
} from "./unit-plan-lifecycle.ts";

const OWN = "00000000-0000-4000-8000-00000000000a";
const OTHER = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Role): Actor => ({
  userId: `u-${role}`,
  username: role,
  fullName: role,
  role,
  unitId: role === "unit" ? OWN : null,
});

const cases = UNIT_PLAN_STATUSES.flatMap((status) =>
  ["pilot", "ordinary"].flatMap((participant) =>
    [...ROLES, "unit-other" as const].map((who) => [status, participant, who] as const),
  ),
);

describe("unit plan steps", () => {
  it("is edited while not sent, drafted or returned", () => {
    expect([...EDITABLE_STATUSES].sort()).toEqual(["draft", "not_submitted", "returned"]);
  });

  it.each(cases)("in %s, a %s unit's plan, by %s", (status, participant, who) => {
    const a = actor(who === "unit-other" ? "unit" : who);
    const can = unitPlanCan(a, { unitId: who === "unit-other" ? OTHER : OWN, role: participant, status });
    const editable = (["not_submitted", "draft", "returned"] as UnitPlanStatus[]).includes(status);
    expect(can.edit).toBe(who === "unit" && editable);
    expect(can.submit).toBe(who === "unit" && editable);
    const reviewer = who === "office" || (who === "council" && participant === "pilot");
    expect(can.review).toBe(status === "submitted" && reviewer);
  });
});
