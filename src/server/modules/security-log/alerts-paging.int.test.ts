/**
 * The security alerts page on the server (issue #11 item 5; run with TEST_DATABASE_URL for
 * PostgreSQL): bursts of denials per user name and per address, walked in small pages, hold
 * each source exactly once — the largest burst first, a user before an address at the same
 * count, then by name — and `total` is the number of sources over the threshold, counted in
 * SQL. Slow denials and editing conflicts raise nothing. A bad `page` or `limit` is a 400
 * naming the field in Vietnamese; a unit user still cannot read the alerts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import { securityEvents } from "../../db/schema/index.ts";

const now = FIXED_NOW.getTime();
const clock = { now: () => new Date(now) };
const minutes = (m: number) => new Date(now - m * 60_000);

type Alert = { source: "user" | "ip"; username: string | null; ip: string | null; count: number };
type Alerts = { items: Alert[]; total: number; page: number; limit: number; threshold: number };

let t: TestApp;
/** What the alerts must say: user `tk<i>` and address 198.51.100.<i> with 3 + (i % 4) denials each. */
const expected: { source: "user" | "ip"; key: string; count: number }[] = [];

beforeAll(async () => {
  t = await createTestApp({ clock, config: { securityAlertThreshold: 3, securityAlertWindowMinutes: 5 } });
  const denial = { kind: "forbidden", method: "GET", route: "/api/users", status: 403, code: "FORBIDDEN" };
  const rows: (typeof securityEvents.$inferInsert)[] = [];
  for (let i = 1; i <= 9; i++) {
    const n = 3 + (i % 4);
    const [username, ip] = [`tk${i}`, `198.51.100.${i}`];
    for (let k = 0; k < n; k++) rows.push({ ...denial, username, ip, occurredAt: minutes(60 * i + k / 2) });
    expected.push({ source: "user", key: username, count: n }, { source: "ip", key: ip, count: n });
  }
  // Five denials ten minutes apart, and five conflicts in a minute: no alert.
  for (let k = 0; k < 5; k++) {
    rows.push({ ...denial, username: "cham", occurredAt: minutes(600 + 10 * k) });
    rows.push({
      ...denial,
      kind: "conflict",
      status: 409,
      code: "STALE",
      username: "xungdot",
      occurredAt: minutes(700),
    });
  }
  await t.database.db.insert(securityEvents).values(rows);
  expected.sort(
    (a, b) =>
      b.count - a.count ||
      Number(a.source === "ip") - Number(b.source === "ip") ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
});
afterAll(() => t?.close());

const alerts = async (query: string) => {
  const res = await (await t.as("vanphong")).get(`/api/security-events/alerts?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Alerts;
};

describe("GET /api/security-events/alerts?page&limit", () => {
  it("walks every user and address over the threshold once, largest burst first, total from SQL", async () => {
    const pages: Alerts[] = [];
    for (let page = 1; page < 50; page++) {
      const body = await alerts(`page=${page}&limit=4`);
      expect(body).toMatchObject({ page, limit: 4, threshold: 3 });
      pages.push(body);
      if (page * 4 >= body.total) break;
    }
    const all = pages.flatMap((p) => p.items);
    expect(pages).toHaveLength(5);
    expect(pages.every((p) => p.total === expected.length)).toBe(true);
    expect(all.map((a) => ({ source: a.source, key: a.username ?? a.ip, count: a.count }))).toEqual(expected);
    expect(all.filter((a) => a.source === "ip").every((a) => a.username === null && a.ip !== null)).toBe(
      true,
    );
    // The default page is the home page's first ten; past the end, none and the same total.
    const first = await alerts("");
    expect(first).toMatchObject({ page: 1, limit: 10, total: expected.length });
    expect(first.items).toEqual(all.slice(0, 10));
    expect(await alerts("page=9&limit=4")).toMatchObject({ items: [], total: expected.length });
  });

  it.each([
    ["limit=0", /Số dòng mỗi trang: từ 1/u],
    ["limit=101", /Số dòng mỗi trang: tối đa 100/u],
    ["limit=abc", /Số dòng mỗi trang: phải là số/u],
    ["page=0", /Trang: từ 1/u],
  ])("refuses %s with 400, naming the field in Vietnamese", async (query, message) => {
    const res = await (await t.as("vanphong")).get(`/api/security-events/alerts?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(message);
  });

  it("a unit user still cannot read the alerts (403)", async () => {
    const unit = await t.as("badinh");
    expect((await unit.get("/api/security-events/alerts")).statusCode).toBe(403);
    expect((await unit.get("/api/security-events/alerts?page=1&limit=5")).statusCode).toBe(403);
  });
});
