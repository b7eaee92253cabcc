import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { PlanDetail, PlanListItem } from "../../../domain/plan/record.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
let templateId: string;
let runningId: string;
beforeAll(async () => {
  t = await createTestApp();
  const items = (await (await t.as("vanphong")).get("/api/plans")).json().items as PlanListItem[];
  templateId = items.find((p) => p.isTemplate)!.id;
  runningId = items.find((p) => !p.isTemplate)!.id;
});
afterAll(() => t?.close());

describe("a new plan from the template (A2)", () => {
  it("copies settings, rules and milestones with dates shifted, as a draft", async () => {
    const office = await t.as("vanphong");
    const template = (await office.get(`/api/plans/${templateId}`)).json() as PlanDetail;
    const res = await office.post("/api/plans/from-template", {
      templateId,
      title: "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp năm 2025",
      dateShiftDays: 2192,
    });
    expect(res.statusCode).toBe(201);
    const plan = res.json() as PlanDetail;
    expect(plan).toMatchObject({
      status: "draft",
      isTemplate: false,
      templateId,
      title: "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp năm 2025",
      issuingBody: template.issuingBody,
      signerName: "Bùi Huy Hùng",
      issuedOn: null,
      version: 1,
    });
    expect(plan.rules).toEqual(template.rules);
    expect(plan.legalBases).toEqual(template.legalBases);
    expect(plan.milestones.map((m) => [m.code, m.dueOn, m.appliesTo])).toEqual([
      ["unit_plan", "2025-11-15", "all"],
      // 2192 days are six years from 15/11/2019 (two leap days), one more from 20/3/2020 (one).
      ["pilot_conference", "2026-03-21", "pilot"],
      ["unit_conference", "2026-04-01", "ordinary"],
      ["dossier", "2026-04-16", "all"],
      ["town_conference", "2026-06-21", "office"],
    ]);
    // The seed's template has no participants; the template itself is unchanged.
    expect(plan.participants).toEqual([]);
    const again = (await office.get(`/api/plans/${templateId}`)).json() as PlanDetail;
    expect(again.milestones[0]!.dueOn).toBe("2019-11-15");
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "plan.create_from_template"), eq(auditEvents.entityId, plan.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ templateId, dateShiftDays: 2192 });
    // The running plan stays the current one: a draft does not replace an issued plan.
    expect((await office.get("/api/plans/current")).json().id).toBe(runningId);
  });

  it("takes explicit dates for every milestone, and names the missing ones", async () => {
    const office = await t.as("vanphong");
    const dates = {
      unit_plan: "2025-10-31",
      pilot_conference: "2026-03-10",
      unit_conference: "2026-03-31",
      dossier: "2026-04-15",
      town_conference: "2026-05-30",
    };
    const res = await office.post("/api/plans/from-template", {
      templateId,
      milestones: Object.entries(dates).map(([code, dueOn]) => ({ code, dueOn })),
    });
    expect(res.statusCode).toBe(201);
    expect(Object.fromEntries((res.json() as PlanDetail).milestones.map((m) => [m.code, m.dueOn]))).toEqual(
      dates,
    );

    const partial = await office.post("/api/plans/from-template", {
      templateId,
      milestones: [
        { code: "unit_plan", dueOn: "2025-10-31" },
        { code: "khong_co", dueOn: "2025-10-31" },
      ],
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.message).toMatch(/Hoàn thành Hội nghị điểm \(pilot_conference\)/u);
    expect(partial.json().error.details.fields["milestones.1.code"]).toMatch(/"khong_co"/u);

    const both = await office.post("/api/plans/from-template", {
      templateId,
      dateShiftDays: 7,
      milestones: [{ code: "unit_plan", dueOn: "2025-10-31" }],
    });
    expect(both.statusCode).toBe(400);
  });

  it("copies participants when the template has them", async () => {
    const office = await t.as("vanphong");
    const template = (await office.get(`/api/plans/${templateId}`)).json() as PlanDetail;
    const running = (await office.get(`/api/plans/${runningId}`)).json() as PlanDetail;
    const participants = running.participants.map(({ unitId, role, invitees }) => ({
      unitId,
      role,
      invitees,
    }));
    const put = await office.put(`/api/plans/${templateId}/participants`, {
      participants,
      version: template.version,
    });
    expect(put.statusCode).toBe(200);
    const res = await office.post("/api/plans/from-template", { templateId, dateShiftDays: -1 });
    expect(res.statusCode).toBe(201);
    const plan = res.json() as PlanDetail;
    expect(plan.participants.map((p) => [p.unitId, p.role, p.invitees])).toEqual(
      running.participants.map((p) => [p.unitId, p.role, p.invitees]),
    );
    expect(plan.milestones[0]!.dueOn).toBe("2019-11-14");
  });

  it("refuses a plan that is not a template, an unknown one, and every role but the office", async () => {
    const office = await t.as("vanphong");
    expect((await office.post("/api/plans/from-template", { templateId: runningId })).statusCode).toBe(400);
    const unknown = await office.post("/api/plans/from-template", {
      templateId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(404);
    for (const user of ["hoidong", "chutich", "vanhoa", "taichinh", "badinh"]) {
      expect((await (await t.as(user)).post("/api/plans/from-template", { templateId })).statusCode).toBe(
        403,
      );
    }
  });
});

describe("API documentation", () => {
  it("documents the plan, unit plan and file routes", async () => {
    const res = await (await t.as("vanphong")).get("/api/docs/json");
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      "/api/plans",
      "/api/plans/{id}",
      "/api/plans/{id}/milestones",
      "/api/plans/{id}/participants",
      "/api/plans/from-template",
      "/api/unit-plans",
      "/api/unit-plans/mine/file",
      "/api/unit-plans/{id}/return",
      "/api/files/{id}",
    ]) {
      expect(paths).toContain(p);
    }
  });
});
