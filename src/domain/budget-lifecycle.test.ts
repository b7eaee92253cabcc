/** The budget's lifecycle table (SPEC I1, plan III.4): who takes each step and what may change in each state. */
import { describe, expect, it } from "vitest";
import { BUDGET_LIFECYCLE, BUDGET_STATUSES, budgetCan, budgetWrongState } from "./budget-lifecycle.ts";
import type { Actor, Role } from "./roles.ts";

const UNIT = "00000000-0000-4000-8000-00000000000a";
const OTHER = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Role, unitId: string | null = null): Actor => ({
  userId: "u",
  username: role,
  fullName: role,
  role,
  unitId,
});

describe("budget lifecycle", () => {
  it("goes draft → in_review → awaiting_approval → approved → settled, returned back to editing", () => {
    expect(BUDGET_LIFECYCLE.submit).toMatchObject({ from: ["draft", "returned"], to: "in_review" });
    expect(BUDGET_LIFECYCLE.forward).toMatchObject({ from: ["in_review"], to: "awaiting_approval" });
    expect(BUDGET_LIFECYCLE.approve).toMatchObject({ from: ["awaiting_approval"], to: "approved" });
    expect(BUDGET_LIFECYCLE.return).toMatchObject({ to: "returned", needsComment: true });
    expect(BUDGET_LIFECYCLE.settle).toMatchObject({ from: ["approved"], to: "settled" });
  });

  it("the office, finance and the unit draft; finance reviews and settles; the chairman approves", () => {
    const b = (status: string, unitId = UNIT) => ({ unitId, status });
    expect(budgetCan(actor("office"), b("draft"))).toMatchObject({ editEstimate: true, submit: true });
    expect(budgetCan(actor("finance", OTHER), b("draft"))).toMatchObject({
      editEstimate: true,
      submit: true,
    });
    expect(budgetCan(actor("unit", UNIT), b("draft"))).toMatchObject({ editEstimate: true, submit: true });
    expect(budgetCan(actor("unit", OTHER), b("draft"))).toMatchObject({ editEstimate: false, submit: false });
    expect(budgetCan(actor("chairman"), b("draft")).editEstimate).toBe(false);

    expect(budgetCan(actor("finance", OTHER), b("in_review"))).toMatchObject({ forward: true, return: true });
    expect(budgetCan(actor("chairman"), b("in_review"))).toMatchObject({ forward: false, return: false });
    expect(budgetCan(actor("chairman"), b("awaiting_approval"))).toMatchObject({
      approve: true,
      return: true,
    });
    expect(budgetCan(actor("finance", OTHER), b("awaiting_approval"))).toMatchObject({
      approve: false,
      return: false,
    });

    expect(budgetCan(actor("office"), b("approved"))).toMatchObject({
      editEstimate: false,
      editActuals: true,
    });
    expect(budgetCan(actor("finance", OTHER), b("approved")).settle).toBe(true);
    expect(budgetCan(actor("office"), b("approved")).settle).toBe(false);
  });

  it("nothing changes after settlement or while waiting for a decision", () => {
    for (const status of ["in_review", "awaiting_approval", "settled"]) {
      const can = budgetCan(actor("finance", OTHER), { unitId: UNIT, status });
      expect([can.editEstimate, can.editActuals, can.submit, can.settle]).toEqual([
        false,
        false,
        false,
        false,
      ]);
    }
  });

  it("names the state in words when a step is taken from the wrong one", () => {
    expect(budgetWrongState("approve", "draft")).toBe(
      "Không thể phê duyệt: dự toán đang ở trạng thái “Đang lập dự toán”. Chỉ phê duyệt được khi dự toán đã trình, chờ phê duyệt.",
    );
    expect(BUDGET_STATUSES).toHaveLength(6);
  });
});
