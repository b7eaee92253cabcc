/**
 * The security log (issue #12 item 7; ASVS 5.0 V16): denied attempts (another unit's ids,
 * 403s), sign-in failures of unknown users, lockouts, 409s land in `security_events` —
 * not in the change audit — written outside the failed request's transaction; a burst of
 * denials from one user or address raises the office's alert; old events are purged.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, securityEvents } from "../../src/server/db/schema/index.ts";
import { purgeSecurityEvents } from "../../src/server/modules/security-log/index.ts";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { FIXED_NOW } from "../helpers/constants.ts";

let now = FIXED_NOW.getTime();
const clock = { now: () => new Date(now) };

let t: TestApp;
let office: Client;
let unit: Client;
let otherUnitId: string;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { securityAlertThreshold: 10, securityAlertWindowMinutes: 5 } });
  office = await t.as("vanphong");
  unit = await t.as("badinh");
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  otherUnitId = units.find((u) => u.code === "ngoctrao")!.id;
});
afterAll(() => t?.close());

type Ev = {
  kind: string;
  username: string | null;
  userId: string | null;
  route: string;
  status: number;
  code: string;
};
const events = async (query: string) => {
  const res = await office.get(`/api/security-events?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Ev[]; total: number };
};
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;

describe("security log", () => {
  it("keeps a unit asking for another unit's record (404) and a 403, not in the change audit", async () => {
    const audits = await auditCount();
    const hidden = await unit.get(`/api/units/${otherUnitId}/document-settings`);
    expect(hidden.statusCode).toBe(404);
    expect((await unit.get("/api/users")).statusCode).toBe(403);
    expect(await auditCount()).toBe(audits);

    const page = await events("username=badinh");
    expect(page.total).toBe(2);
    expect(page.items.map((e) => [e.kind, e.status, e.code])).toEqual([
      ["forbidden", 403, "FORBIDDEN"],
      ["hidden", 404, "NOT_FOUND"],
    ]);
    expect(page.items[1]!.route).toBe(`/api/units/${otherUnitId}/document-settings`);
    expect(page.items[1]!.userId).not.toBeNull();
  });

  it("keeps sign-in failures, unknown user names too, and the lockout", async () => {
    const stranger = t.anonymous();
    const tries = (username: string) =>
      stranger.request({
        method: "POST",
        url: "/api/auth/login",
        payload: { username, password: "doan-mo-mat-khau" },
        remoteAddress: "203.0.113.99",
      });
    expect((await tries("khong-co-ai")).statusCode).toBe(401);
    const unknown = await events("username=khong-co-ai");
    expect(unknown.items).toMatchObject([{ kind: "sign_in_failed", status: 401, userId: null }]);
    // The fifth wrong password starts the back-off; the sixth attempt meets it.
    for (let i = 0; i < 5; i++) expect((await tries("halan")).statusCode).toBe(401);
    expect((await tries("halan")).statusCode).toBe(429);
    expect((await events("username=halan&kind=throttled")).total).toBe(1);
    expect((await events("ip=203.0.113.99&kind=sign_in_failed")).total).toBe(6);
  });

  it("keeps a 409 whose transaction rolled back", async () => {
    const users = (await office.get("/api/users")).json().items as {
      id: string;
      username: string;
      version: number;
    }[];
    const target = users.find((u) => u.username === "phuson")!;
    const res = await office.patch(`/api/users/${target.id}`, {
      fullName: "Tên cũ",
      version: target.version + 5,
    });
    expect(res.statusCode).toBe(409);
    expect((await events("kind=conflict")).items).toMatchObject([
      { username: "vanphong", status: 409, code: "STALE", route: `/api/users/${target.id}` },
    ]);
  });

  it("pages and refuses every role but the office", async () => {
    const first = await events("limit=2&offset=0");
    const second = await events("limit=2&offset=2");
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(second.total);
    expect(first.items.map((e) => JSON.stringify(e))).not.toContain(JSON.stringify(second.items[0]));
    expect((await unit.get("/api/security-events")).statusCode).toBe(403);
    expect((await unit.get("/api/security-events/alerts")).statusCode).toBe(403);
  });

  it("raises the alert at 10 denials from one user within 5 minutes, not at fewer or slower", async () => {
    const alerts = async () => (await office.get("/api/security-events/alerts")).json();
    const c = await t.as("hoidong");
    // Nine in a burst, then two more six minutes later: never ten within five minutes.
    for (let i = 0; i < 9; i++) await c.get("/api/users");
    now += 6 * 60_000;
    await c.get("/api/users");
    await c.get("/api/audit");
    const none = await alerts();
    expect(none.threshold).toBe(10);
    expect(none.items.filter((a: { username: string }) => a.username === "hoidong")).toEqual([]);
    // Eight more within the same minutes: ten in five minutes.
    now += 60_000;
    for (let i = 0; i < 8; i++) await c.get("/api/audit");
    const raised = await alerts();
    const forUser = raised.items.find((a: { username: string }) => a.username === "hoidong");
    expect(forUser).toMatchObject({ source: "user" });
    expect(forUser.count).toBeGreaterThanOrEqual(10);
    // The same burst came from one address.
    expect(raised.items.some((a: { source: string }) => a.source === "ip")).toBe(true);
    // A day later the alert is gone; the events stay in the log.
    now += 25 * 3600_000;
    office = await t.as("vanphong"); // the earlier session has been idle for a day
    expect((await alerts()).items).toEqual([]);
    expect((await events("username=hoidong")).total).toBe(19);
  });

  it("forgets events after the retention period", async () => {
    const db = t.database.db;
    const all = async () => (await db.select({ n: count() }).from(securityEvents))[0]!.n;
    const before = await all();
    await db.insert(securityEvents).values({
      occurredAt: new Date(now - 200 * 86_400_000),
      kind: "forbidden",
      method: "GET",
      route: "/api/users",
      status: 403,
      code: "FORBIDDEN",
    });
    expect(await purgeSecurityEvents(db, new Date(now), 180)).toBe(1);
    expect(await all()).toBe(before);
    const [old] = await db
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.route, "/api/users"))
      .limit(1);
    expect(old).toBeDefined();
  });
});
