/**
 * GET /api/todo per role (issue #8 item 5; ADR 0005) on the seeded demo plan at FIXED_NOW:
 * each section's figure equals a count made here from the raw rows; a unit user's list
 * holds its own unit's lines only, and what the office returned to it comes first with the
 * comment; culture and finance see their own office's duties.
 */
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import type { TodoList, TodoSection } from "../../../domain/todo.ts";
import {
  conferences,
  dossierItems,
  planParticipants,
  plans,
  unitPlanSubmissions,
  units,
} from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => FIXED_NOW } });
});
afterAll(() => t?.close());

async function todo(user: string): Promise<TodoList> {
  const res = await (await t.as(user)).get("/api/todo");
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TodoList;
}
const section = (l: TodoList, key: string): TodoSection => {
  const s = l.sections.find((x) => x.key === key);
  expect(s, `section ${key} in ${l.sections.map((x) => x.key).join(", ")}`).toBeDefined();
  return s!;
};
const keys = (l: TodoList) => l.sections.map((s) => s.key);

async function planId() {
  const [p] = await t.database.db.select().from(plans).where(eq(plans.isTemplate, false));
  return p!.id;
}
async function unitId(code: string) {
  const [u] = await t.database.db.select().from(units).where(eq(units.code, code));
  return u!.id;
}

describe("GET /api/todo", () => {
  it("office: what awaits its review, counted from the raw rows; the units overdue; no own-unit lines", async () => {
    const db = t.database.db;
    const id = await planId();
    const plansSent = await db
      .select()
      .from(unitPlanSubmissions)
      .where(and(eq(unitPlanSubmissions.planId, id), eq(unitPlanSubmissions.status, "submitted")));
    const confs = await db
      .select()
      .from(conferences)
      .where(
        and(
          eq(conferences.planId, id),
          eq(conferences.status, "submitted"),
          inArray(conferences.kind, ["unit", "town"]),
        ),
      );
    const items = await db
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.planId, id), eq(dossierItems.status, "submitted")));

    const l = await todo("vanphong");
    expect(keys(l)).toEqual([
      "review_unit_plans",
      "review_conferences",
      "review_dossiers",
      "overdue_units",
      "due_this_week",
    ]);
    expect(plansSent.length).toBeGreaterThan(0);
    expect(section(l, "review_unit_plans").total).toBe(plansSent.length);
    expect(section(l, "review_conferences").total).toBe(confs.length);
    expect(section(l, "review_dossiers").total).toBe(items.length);
    // ADR 0005: Phòng Văn hóa – Thông tin sent its plan; the office sees it to review.
    const vhtt = section(l, "review_unit_plans").lines.map((x) => x.unitName);
    expect(vhtt).toContain("Phòng Văn hóa – Thông tin");
    for (const s of l.sections) expect(s.lines.length).toBeLessThanOrEqual(5);

    const board = (await (await t.as("vanphong")).get("/api/progress?state=overdue&limit=5")).json();
    const overdue = section(l, "overdue_units");
    expect(overdue.total).toBe(board.total);
    expect(overdue.lines.map((x) => x.unitName)).toEqual(board.units.map((u: { name: string }) => u.name));
    expect(overdue.lines[0]).toMatchObject({
      tone: "overdue",
      target: { kind: "progress" },
    });
    // One line per unit: the milestone, or how many with the one overdue longest; the days
    // sit in the chip (`days`), not repeated in the text (issue #13, walk screenshots).
    const units = board.units as { cells: Record<string, { state: string; days: number | null }> }[];
    units.forEach((u, i) => {
      const late = Object.values(u.cells).filter((c) => c.state === "overdue");
      const line = overdue.lines[i]!;
      expect(line.days).toBe(Math.max(...late.map((c) => c.days ?? 0)));
      expect(line.text).not.toMatch(/ngày/u);
      expect(line.text.startsWith(`${late.length} mốc quá hạn, lâu nhất: `)).toBe(late.length > 1);
    });
    const names = new Map(board.milestones.map((m: { code: string; label: string }) => [m.code, m.label]));
    const single = units.findIndex(
      (u) => Object.values(u.cells).filter((c) => c.state === "overdue").length === 1,
    );
    const code = Object.entries(units[single]!.cells).find(([, c]) => c.state === "overdue")![0];
    expect(overdue.lines[single]!.text).toBe(names.get(code));
  });

  it("council: the pilot conferences and pilot unit plans awaiting it, from the raw rows", async () => {
    const db = t.database.db;
    const id = await planId();
    const pilots = await db
      .select()
      .from(conferences)
      .where(
        and(eq(conferences.planId, id), eq(conferences.status, "submitted"), eq(conferences.kind, "pilot")),
      );
    const pilotUnits = (
      await db
        .select()
        .from(planParticipants)
        .where(and(eq(planParticipants.planId, id), eq(planParticipants.role, "pilot")))
    ).map((p) => p.unitId);
    const pilotPlans = await db
      .select()
      .from(unitPlanSubmissions)
      .where(
        and(
          eq(unitPlanSubmissions.planId, id),
          eq(unitPlanSubmissions.status, "submitted"),
          inArray(unitPlanSubmissions.unitId, pilotUnits),
        ),
      );

    const l = await todo("hoidong");
    expect(keys(l)).toEqual(["review_unit_plans", "review_conferences", "overdue_units", "due_this_week"]);
    const confs = section(l, "review_conferences");
    expect(confs.title).toBe("Hội nghị điểm chờ Hội đồng duyệt");
    expect(confs.total).toBe(pilots.length);
    expect(pilots.length).toBeGreaterThan(0);
    expect(confs.lines[0]).toMatchObject({ tone: "review", text: "Duyệt hội nghị điểm" });
    expect(pilots.map((c) => c.id)).toContain(confs.lines[0]!.target.id);
    expect(section(l, "review_unit_plans").total).toBe(pilotPlans.length);
  });

  it("chairman: one section of what awaits his approval, the budgets in it, never a second 'nothing pending'", async () => {
    const l = await todo("chutich");
    expect(keys(l)).toEqual(["office_work", "overdue_units", "due_this_week"]);
    // The demo's Xã Quang Trung budget waits for the chairman (issue #14 item 6), in the one
    // "Chờ Chủ tịch phê duyệt" section (issue #13, walk screenshots).
    const work = section(l, "office_work");
    expect(work).toMatchObject({
      title: "Chờ Chủ tịch phê duyệt",
      total: 1,
      lines: [{ unitName: "Xã Quang Trung", text: "Phê duyệt dự toán kinh phí hội nghị" }],
      more: { kind: "budget", id: null },
    });
    expect(work.empty).toContain("Danh sách đại biểu dự hội nghị do cấp mình tổ chức");
  });

  it("unit: what was returned comes first with the comment; only its own unit's lines", async () => {
    const db = t.database.db;
    const id = await planId();
    const own = await unitId("badinh");
    // Another unit's returned item must never reach Ba Đình's list.
    const other = await unitId("quangtrung");
    const [otherReturned] = await db
      .select()
      .from(unitPlanSubmissions)
      .where(and(eq(unitPlanSubmissions.unitId, other), eq(unitPlanSubmissions.status, "returned")));
    expect(otherReturned?.reviewComment).toBeTruthy();

    // Ba Đình sends its summary report; the office returns it with a comment.
    const unit = await t.as("badinh");
    const office = await t.as("vanphong");
    const gen = await unit.post("/api/dossiers/mine/generate", { requirement: "summary_report", version: 0 });
    expect(gen.statusCode, gen.body).toBe(200);
    const [item] = await db
      .select()
      .from(dossierItems)
      .where(and(eq(dossierItems.planId, id), eq(dossierItems.unitId, own)));
    const sent = await unit.post("/api/dossiers/mine/submit", {
      items: [{ id: item!.id, version: item!.version }],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const comment = "Báo cáo thiếu phần phương hướng 5 năm tới.";
    const back = await office.post(`/api/dossiers/items/${item!.id}/return`, {
      version: item!.version + 1,
      comment,
    });
    expect(back.statusCode, back.body).toBe(200);

    const l = await todo("badinh");
    expect(keys(l)).toEqual(["returned", "next"]);
    const returned = section(l, "returned");
    expect(returned.lines[0]).toMatchObject({
      tone: "returned",
      text: "Hồ sơ bị trả lại: Báo cáo tổng kết Hội nghị",
      comment,
      target: { kind: "dossier", id: own },
    });
    const all = l.sections.flatMap((s) => s.lines);
    expect(all.every((x) => x.unitName === null)).toBe(true);
    expect(all.some((x) => x.comment === otherReturned!.reviewComment)).toBe(false);
    expect(all.some((x) => x.target.id === other)).toBe(false);

    const next = section(l, "next");
    expect(next.lines.length).toBeGreaterThan(0);
    const tones = next.lines.map((x) => x.tone);
    // Overdue lines first, then those still due.
    expect(tones).toEqual([...tones].sort((a, b) => (a === b ? 0 : a === "overdue" ? -1 : 1)));
  });

  it("ADR 0005: culture and finance see their own office's duties and their office work", async () => {
    const culture = await todo("vanhoa");
    expect(keys(culture)).toEqual(["returned", "next", "propaganda_tasks"]);
    // Phòng Văn hóa – Thông tin sent its plan on time: no unit-plan line left.
    expect(section(culture, "next").lines.some((x) => x.target.kind === "unit_plans")).toBe(false);
    // J1: every unit's propaganda tasks not done and due within 14 days, overdue first.
    const tasks = section(culture, "propaganda_tasks");
    expect(tasks.total).toBe(4);
    expect(tasks.lines[0]).toMatchObject({
      tone: "overdue",
      days: 2,
      unitName: "Trung tâm Văn hóa – Thể dục thể thao",
    });

    const finance = await todo("taichinh");
    expect(keys(finance)).toEqual(["returned", "next", "review_budgets"]);
    // Phòng Tài chính – Kế hoạch has not sent its plan: overdue, linking to the unit plans page.
    expect(section(finance, "next").lines[0]).toMatchObject({
      tone: "overdue",
      target: { kind: "unit_plans" },
    });
    expect(section(finance, "review_budgets")).toMatchObject({
      total: 0,
      empty: "Không có dự toán nào đang chờ thẩm định.",
    });
  });
});
