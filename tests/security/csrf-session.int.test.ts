/**
 * CSRF and sessions (issue #12 item 4): the token is bound to the session, a foreign
 * Origin or a cross-site fetch is refused, the idle timeout slides with activity, and
 * behind HTTPS the cookies carry the __Host- prefix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";

let t: TestApp;
let now = new Date("2026-11-30T03:00:00Z");
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => now }, config: { sessionIdleMinutes: 1 } });
});
afterAll(() => t?.close());

describe("CSRF bound to the session", () => {
  it("refuses another browser's token with this session", async () => {
    const victim = await t.as("badinh");
    const attacker = await t.as("ngoctrao");
    const own = await victim.fetchCsrf();
    const foreign = await attacker.fetchCsrf();
    expect(foreign).not.toBe(own);
    victim.csrf = foreign;
    const res = await victim.post("/api/people", { fullName: "Nguyễn Văn Giả" });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("CSRF");
  });

  it("refuses a pre-sign-in token once signed in, and issues the bound one", async () => {
    const c = t.anonymous();
    const before = await c.fetchCsrf();
    expect((await c.login("bacson", TEST_PASSWORD)).statusCode).toBe(200);
    c.csrf = before;
    expect((await c.post("/api/auth/logout")).statusCode).toBe(403);
    const after = await c.fetchCsrf();
    expect(after).not.toBe(before);
    expect((await c.post("/api/auth/logout")).statusCode).toBe(200);
  });

  it("refuses a foreign Origin and a cross-site fetch even with the right token", async () => {
    const c = await t.as("lamson");
    for (const headers of [{ origin: "http://ke-xau.example" }, { "sec-fetch-site": "cross-site" }]) {
      const res = await c.request({ method: "POST", url: "/api/auth/logout", headers });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("CSRF");
    }
    const same = await c.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
    });
    expect(same.statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("slides the idle limit with activity", async () => {
    const c = await t.as("dongson");
    // A one-minute idle limit; requests at 30 s, 50 s, 72 s and 110 s keep the session.
    for (const step of [30, 20, 22, 38]) {
      now = new Date(now.getTime() + step * 1000);
      expect((await c.get("/api/auth/me")).statusCode).toBe(200);
    }
    now = new Date(now.getTime() + 61_000);
    expect((await c.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("names the cookies __Host- behind HTTPS", async () => {
    const https = await createTestApp({ config: { cookieSecure: true } });
    try {
      const c = https.anonymous();
      const res = await c.login("phuson", TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((k) => k.name === "__Host-thidua_sid");
      expect(cookie?.secure).toBe(true);
      expect(cookie?.path).toBe("/");
      expect((await c.get("/api/auth/me")).statusCode).toBe(200);
    } finally {
      await https.close();
    }
  });
});
