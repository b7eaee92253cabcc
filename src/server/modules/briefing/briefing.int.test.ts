/**
 * The giao ban report (K3) over HTTP on a real database: its counts and named units are the
 * progress board's for the same day, a past day counts only what was done by then, the
 * awaiting figures match the raw rows, and the docx export is audited.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import type { Briefing } from "../../../domain/briefing.ts";
import type { ProgressBoard } from "../../../domain/progress.ts";
import { auditEvents, conferences, dossierItems, plans, unitPlanSubmissions } from "../../db/schema/index.ts";

const clock = { now: () => FIXED_NOW };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

const get = async <T>(user: string, url: string) => {
  const res = await (await t.as(user)).get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

describe("the giao ban report (K3)", () => {
  it("prints the board's counts and late and overdue units for today", async () => {
    const b = await get<Briefing>("chutich", "/api/briefing");
    const board = await get<ProgressBoard>("vanphong", "/api/progress?limit=500&memberId=all");
    expect(b.date).toBe("2020-03-25");
    expect(b.units).toBe(board.total);
    for (const m of b.milestones) {
      const c = board.counts[m.code]!;
      if (m.code === "dossier") {
        // The demo's dossier items are dated from the dossier deadline, after FIXED_NOW: the
        // board shows them done, the report (as of its day) does not count them yet.
        expect(m.counts.on_time + m.counts.not_due).toBe(c.on_time + c.not_due);
        expect(m.counts.on_time).toBe(0);
      } else expect(m.counts).toEqual(c);
      const named = (state: string) =>
        board.units
          .filter((u) => u.cells[m.code]?.state === state)
          .map((u) => `${u.name}:${u.cells[m.code]!.days}`)
          .sort();
      expect(m.overdue.map((u) => `${u.name}:${u.days}`).sort()).toEqual(named("overdue"));
      expect(m.late.map((u) => `${u.name}:${u.days}`).sort()).toEqual(named("late"));
    }
    const unitPlan = b.milestones.find((m) => m.code === "unit_plan")!;
    expect(unitPlan.overdue.length).toBeGreaterThan(0);
    expect(unitPlan.late.map((u) => u.name).sort()).toEqual(["Phường Phú Sơn", "Thị đoàn"]);
  });

  it("for a past day counts only what was done by then", async () => {
    const now = await get<Briefing>("hoidong", "/api/briefing");
    const unitPlanDue = now.milestones.find((m) => m.code === "unit_plan")!.dueOn;
    const before = await get<Briefing>("hoidong", `/api/briefing?ngay=${unitPlanDue}`);
    const [plan] = await t.database.db.select().from(plans).where(eq(plans.isTemplate, false));
    const sentByThen = (await t.database.db.select().from(unitPlanSubmissions))
      .filter((s) => s.planId === plan!.id && ["submitted", "accepted"].includes(s.status))
      .filter((s) => s.submittedAt && s.submittedAt.getTime() < Date.parse(`${unitPlanDue}T17:00:00Z`));
    const m = before.milestones.find((x) => x.code === "unit_plan")!;
    expect(m.counts.on_time).toBe(sentByThen.length);
    expect(m.counts.late).toBe(0);
    expect(m.counts.overdue).toBe(0);
    expect(m.daysLeft).toBe(0);
  });

  it("counts what awaits a decision from the raw rows", async () => {
    const b = await get<Briefing>("chutich", "/api/briefing");
    const db = t.database.db;
    const [plan] = await db.select().from(plans).where(eq(plans.isTemplate, false));
    const confs = await db
      .select()
      .from(conferences)
      .where(and(eq(conferences.planId, plan!.id), eq(conferences.status, "submitted")));
    const plansWaiting = await db
      .select()
      .from(unitPlanSubmissions)
      .where(and(eq(unitPlanSubmissions.planId, plan!.id), eq(unitPlanSubmissions.status, "submitted")));
    const items = await db
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.planId, plan!.id), eq(dossierItems.status, "submitted")));
    const count = (kind: string) => b.awaiting.find((a) => a.kind === kind)!.count;
    expect(count("pilot_conferences")).toBe(confs.filter((c) => c.kind === "pilot").length);
    expect(count("conferences")).toBe(confs.filter((c) => c.kind !== "pilot").length);
    expect(count("unit_plans")).toBe(plansWaiting.length);
    expect(count("dossier_items")).toBe(items.length);
    expect(b.awaiting.reduce((n, a) => n + a.count, 0)).toBeGreaterThan(0);
  });

  it("exports the báo cáo as docx, audited; refuses a bad day and roles without it", async () => {
    const res = await (await t.as("vanphong")).get("/api/briefing/export.docx?ngay=2020-03-25");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "briefing.export"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ date: "2020-03-25" });
    expect((await (await t.as("vanphong")).get("/api/briefing?ngay=25-03-2020")).statusCode).toBe(400);
    expect((await (await t.as("badinh")).get("/api/briefing")).statusCode).toBe(403);
    expect((await (await t.as("vanhoa")).get("/api/briefing/export.docx")).statusCode).toBe(403);
  });
});
