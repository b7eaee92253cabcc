/**
 * Reminders in the app (SPEC K4, plan III.5–III.6), over HTTP on a real database with a
 * fake clock and explicit milestone dates (independent of the demo plan's dates).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import {
  auditEvents,
  conferences,
  councilAssignments,
  notifications,
  unitPlanSubmissions,
  units,
  users,
} from "../../db/schema/index.ts";

const clock = { at: new Date("2026-03-13T02:00:00Z"), now: () => clock.at };
let t: TestApp;
let office: Client;
let badinh: Client;
let planId: string;

async function setMilestones(list: { code: string; label: string; dueOn: string; appliesTo: string }[]) {
  const plan = (await office.get(`/api/plans/${planId}`)).json();
  const res = await office.put(`/api/plans/${planId}/milestones`, {
    milestones: list,
    version: plan.version,
  });
  expect(res.statusCode).toBe(200);
}
async function run(): Promise<{ notified: number; emailed: number }> {
  const res = await office.post("/api/reminders/run");
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
/** Moves the fake clock; sessions idle past their limit, so everyone signs in again. */
async function moveTo(iso: string) {
  clock.at = new Date(iso);
  office = await t.as("vanphong");
  badinh = await t.as("badinh");
}
const bell = async (c: Client) => (await c.get("/api/notifications?limit=50")).json();

beforeAll(async () => {
  t = await createTestApp({ clock });
  office = await t.as("vanphong");
  badinh = await t.as("badinh");
  planId = (await office.get("/api/plans/current")).json().id;
  await setMilestones([
    {
      code: "unit_plan",
      label: "Đơn vị gửi kế hoạch tổ chức hội nghị",
      dueOn: "2026-03-20",
      appliesTo: "all",
    },
  ]);
});
afterAll(() => t?.close());

describe("reminder run (K4)", () => {
  it("reminds a unit 7 days before, once, with a link to where the work is done", async () => {
    const first = await run();
    expect(first.notified).toBeGreaterThan(0);
    const page = await bell(badinh);
    expect(page.unread).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: "reminder",
      title: "Sắp đến hạn: Đơn vị gửi kế hoạch tổ chức hội nghị",
      link: "/ke-hoach-don-vi",
      readAt: null,
    });
    expect(page.items[0].body).toContain("Hạn 20/03/2026 (còn 7 ngày)");
    // K1: the Council member following units is reminded once per unit of theirs, by name
    const db = t.database.db;
    const [member] = await db.select().from(users).where(eq(users.username, "hoidong"));
    const sent = new Set(
      (await db.select().from(unitPlanSubmissions))
        .filter((s) => s.planId === planId && ["submitted", "accepted"].includes(s.status))
        .map((s) => s.unitId),
    );
    const followed = (
      await db
        .select({ id: units.id, name: units.name })
        .from(councilAssignments)
        .innerJoin(units, eq(units.id, councilAssignments.unitId))
        .where(eq(councilAssignments.memberId, member!.id))
    ).filter((u) => !sent.has(u.id));
    expect(followed.length).toBeGreaterThan(1);
    const council = await bell(await t.as("hoidong"));
    expect(council.items.map((n: { title: string }) => n.title).sort()).toEqual(
      followed.map((u) => `Đơn vị sắp đến hạn: Đơn vị gửi kế hoạch tổ chức hội nghị — ${u.name}`).sort(),
    );
    expect(council.items[0]).toMatchObject({ kind: "reminder", link: "/tien-do" });
    expect(await run()).toEqual({ notified: 0, emailed: 0 });
    await moveTo("2026-03-16T02:00:00Z");
    expect((await run()).notified).toBe(0);
    expect((await bell(badinh)).total).toBe(1);
  });

  it("on the first overdue day reminds the unit again and sends the office one summary", async () => {
    await moveTo("2026-03-21T01:00:00Z");
    await run();
    const unit = await bell(badinh);
    expect(unit.total).toBe(2);
    expect(unit.items[0].title).toBe("Quá hạn: Đơn vị gửi kế hoạch tổ chức hội nghị");
    expect(unit.items[0].body).toContain("đã quá hạn 1 ngày");
    const o = await bell(office);
    expect(o.items).toHaveLength(1);
    expect(o.items[0]).toMatchObject({ kind: "overdue_summary", link: "/ke-hoach-don-vi" });
    expect(o.items[0].title).toMatch(/^\d+ đơn vị quá hạn: Đơn vị gửi kế hoạch/u);
    expect((await run()).notified).toBe(0);
  });

  it("does not remind a unit that has sent its plan", async () => {
    const mine = (await badinh.get("/api/unit-plans/mine")).json();
    const saved = await badinh.put("/api/unit-plans/mine", {
      answers: {
        conferenceForm: "Hội nghị tuyên dương điển hình tiên tiến",
        plannedDate: "2026-04-10",
        expectedDelegates: 80,
        contactName: "Nguyễn Thị Hoa",
        contactPhone: "0912 345 678",
      },
      version: mine.version,
    });
    const sent = await badinh.post("/api/unit-plans/mine/submit", { version: saved.json().version });
    expect(sent.statusCode).toBe(200);
    await moveTo("2026-03-28T01:00:00Z");
    await run();
    expect((await bell(badinh)).total).toBe(2);
    const ngoctrao = await t.as("ngoctrao");
    expect((await bell(ngoctrao)).items[0].title).toBe("Quá hạn: Đơn vị gửi kế hoạch tổ chức hội nghị");
  });

  it("tells the unit when the office returns its plan", async () => {
    const mine = (await badinh.get("/api/unit-plans/mine")).json();
    const res = await office.post(`/api/unit-plans/${mine.id}/return`, {
      version: mine.version,
      comment: "Bổ sung thành phần đại biểu.",
    });
    expect(res.statusCode).toBe(200);
    const top = (await bell(badinh)).items.find((n: { kind: string }) => n.kind === "unit_plan_returned");
    expect(top).toMatchObject({ kind: "unit_plan_returned", title: "Kế hoạch của đơn vị bị trả lại" });
    expect(top.body).toContain("Ý kiến: “Bổ sung thành phần đại biểu.”");
  });

  it("tells the unit when its conference is returned", async () => {
    const [unit] = await t.database.db.select().from(units).where(eq(units.code, "hoiphunu"));
    const [conf] = await t.database.db.select().from(conferences).where(eq(conferences.unitId, unit!.id));
    expect(conf!.status).toBe("submitted");
    const reviewer = conf!.kind === "pilot" ? await t.as("hoidong") : office;
    const res = await reviewer.post(`/api/conferences/${conf!.id}/return`, {
      version: conf!.version,
      comment: "Chưa đủ cơ cấu đại biểu nữ.",
    });
    expect(res.statusCode, res.body).toBe(200);
    const top = (await bell(await t.as("hoiphunu"))).items.find(
      (n: { kind: string }) => n.kind === "conference_returned",
    );
    expect(top).toMatchObject({ kind: "conference_returned", link: `/hoi-nghi/${conf!.id}` });
  });

  it("marks one and all as read, only the user's own", async () => {
    const page = await bell(badinh);
    const id = page.items[0].id;
    expect((await office.post(`/api/notifications/${id}/read`)).statusCode).toBe(404);
    expect((await badinh.post(`/api/notifications/${id}/read`)).statusCode).toBe(204);
    expect((await bell(badinh)).unread).toBe(page.unread - 1);
    expect((await badinh.post("/api/notifications/read-all")).json().marked).toBe(page.unread - 1);
    expect((await bell(badinh)).unread).toBe(0);
  });
});

describe("dossier reminders (K4, G3)", () => {
  it("reminds the units whose dossier is not complete, not those whose every required item is sent", async () => {
    await setMilestones([
      { code: "dossier", label: "Nộp hồ sơ sau Hội nghị", dueOn: "2026-04-04", appliesTo: "all" },
    ]);
    const list = (await office.get("/api/dossiers?limit=100")).json() as {
      items: { unitId: string; state: string }[];
    };
    const complete = list.items.filter((d) => d.state === "complete").map((d) => d.unitId);
    const open = list.items.filter((d) => d.state !== "complete").map((d) => d.unitId);
    expect(complete.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    await run();
    const reminded = await t.database.db
      .select({ unitId: notifications.unitId })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.milestoneCode, "dossier"));
    const unitsReminded = new Set(reminded.map((r) => r.unitId));
    for (const id of complete) expect(unitsReminded.has(id)).toBe(false);
    const withUsers = await t.database.db
      .select({ unitId: users.unitId })
      .from(users)
      .where(eq(users.role, "unit"));
    for (const id of open.filter((u) => withUsers.some((w) => w.unitId === u)))
      expect(unitsReminded.has(id)).toBe(true);
  });
});

describe("the plan's reminder policy (K4)", () => {
  it("is read by everyone, changed by the office with the plan's version and audited", async () => {
    const read = await badinh.get(`/api/plans/${planId}/reminder-policy`);
    expect(read.statusCode, read.body).toBe(200);
    const got = read.json();
    expect(got.policy).toEqual({ beforeDays: [7, 1], onOverdue: true, overdueEveryDays: 7 });
    const policy = { beforeDays: [3, 14], onOverdue: true, overdueEveryDays: 3 };
    expect(
      (await badinh.put(`/api/plans/${planId}/reminder-policy`, { policy, version: got.version })).statusCode,
    ).toBe(403);
    const res = await office.put(`/api/plans/${planId}/reminder-policy`, { policy, version: got.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().policy.beforeDays).toEqual([14, 3]);
    const again = await office.put(`/api/plans/${planId}/reminder-policy`, { policy, version: got.version });
    expect(again.statusCode).toBe(409);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "plan.reminder_policy"));
    expect(audit).toHaveLength(1);
    const bad = await office.put(`/api/plans/${planId}/reminder-policy`, {
      policy: { beforeDays: [0], onOverdue: true, overdueEveryDays: 7 },
      version: res.json().version,
    });
    expect(bad.statusCode).toBe(400);
  });
});
