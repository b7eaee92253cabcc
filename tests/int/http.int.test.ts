/** Cross-cutting HTTP behaviour (issue #2 item 10; SPEC N2, O3). */
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/server/db/schema/index.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";

let t: TestApp;
let logs = "";
beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs += chunk.toString();
      done();
    },
  });
  t = await createTestApp({ config: { env: "development", logLevel: "trace" }, logStream: stream });
});
afterAll(() => t?.close());

describe("HTTP", () => {
  it("sends security headers that work over plain HTTP on a LAN", async () => {
    const res = await t.anonymous().get("/api/health");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBeDefined();
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect(String(res.headers["content-security-policy"])).not.toContain("upgrade-insecure-requests");
  });

  it("answers unknown API paths with the JSON error shape in Vietnamese", async () => {
    const res = await t.anonymous().get("/api/khong-co");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "NOT_FOUND", message: expect.stringMatching(/Không có đường dẫn/u) },
    });
  });

  it("requires sign-in on API routes unless they are public", async () => {
    const res = await t.anonymous().get("/api/units");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe("Bạn cần đăng nhập để tiếp tục.");
  });

  it("serves OpenAPI generated from the Zod schemas", async () => {
    const res = await t.anonymous().get("/api/docs/json");
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./u);
    expect(doc.paths["/api/auth/login"].post.requestBody).toBeDefined();
    expect(doc.paths["/api/units"].get).toBeDefined();
    const ui = await t.anonymous().get("/api/docs/");
    expect([200, 302]).toContain(ui.statusCode);
  });

  it("never writes passwords, cookies or CSRF tokens to the logs", async () => {
    const c = t.anonymous();
    const res = await c.login("vanphong", TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    await c.get("/api/auth/me");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(TEST_PASSWORD);
    expect(logs).not.toContain(c.cookies.get("thidua_sid")!);
    expect(logs).not.toContain(c.csrf!);
  });

  it("keeps the audit trail append-only: UPDATE and DELETE are refused by the database", async () => {
    const { db } = t.database;
    const [row] = await db.select({ id: auditEvents.id }).from(auditEvents).limit(1);
    expect(row).toBeDefined();
    await expect(
      db.execute(sql`update audit_events set action = 'x' where id = ${row!.id}`),
    ).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where id = ${row!.id}`)).rejects.toThrow();
    const [still] = await db.select().from(auditEvents).where(sql`id = ${row!.id}`);
    expect(still!.action).not.toBe("x");
  });

  it("writes the audit row of a change in the same transaction: a failed write leaves neither", async () => {
    const office = await t.as("vanphong");
    const countAudit = async () =>
      Number(
        (
          (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows[0]!.n,
      );
    const before = await countAudit();
    // A duplicate user name fails inside the service: nothing is written, not even the audit row.
    const res = await office.post("/api/users", { username: "badinh", fullName: "Trùng tên", role: "unit" });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(await countAudit()).toBe(before);
  });
});
