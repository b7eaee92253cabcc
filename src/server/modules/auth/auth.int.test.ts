import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { TEST_PASSWORD } from "../../../../tests/helpers/constants.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("sign-in (N1)", () => {
  it("answers health with the database state", async () => {
    const res = await t.anonymous().get("/api/health");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const c = t.anonymous();
    const res = await c.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "vanphong", password: TEST_PASSWORD },
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("CSRF");
    c.csrf = "wrong-token-wrong-token-wrong-token-wrong-t";
    const wrong = await c.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "vanphong", password: TEST_PASSWORD },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it("signs in with a session cookie that is httpOnly and SameSite", async () => {
    const c = t.anonymous();
    const res = await c.login("vanphong", TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: "vanphong", role: "office", unitName: "Phòng Nội vụ" });
    const cookie = res.cookies.find((k) => k.name === "thidua_sid")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const me = await c.get("/api/auth/me");
    expect(me.json().username).toBe("vanphong");
    // What the web may offer: the role's capabilities from domain/access.ts.
    expect(me.json().capabilities).toEqual(expect.arrayContaining(["units.manage", "audit.read"]));
    expect(res.json().capabilities).toEqual(me.json().capabilities);
  });

  it("gives a Vietnamese 401 for a wrong password and for an unknown user", async () => {
    const c = t.anonymous();
    const res = await c.login("badinh", "sai-mat-khau");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/mật khẩu không đúng/u);
    const unknown = await c.login("khongco", "sai-mat-khau");
    expect(unknown.statusCode).toBe(401);
  });

  it("names the missing field in Vietnamese", async () => {
    const res = await t.anonymous().post("/api/auth/login", { username: "vanphong" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION");
    expect(res.json().error.message).toMatch(/Mật khẩu: bắt buộc nhập/u);
    expect(res.json().error.details.fields.password).toBe("Mật khẩu: bắt buộc nhập");
  });

  it("backs off after 5 wrong passwords (429, Retry-After), never for good; the office lifts it", async () => {
    const c = t.anonymous();
    for (let i = 1; i <= 5; i++) expect((await c.login("ngoctrao", `wrong-${i}`)).statusCode).toBe(401);
    const sixth = await c.login("ngoctrao", TEST_PASSWORD);
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers["retry-after"])).toBeGreaterThan(14 * 60);
    expect(sixth.json().error.message).toMatch(/thử lại sau 15 phút/u);

    const office = await t.as("vanphong");
    const users = (await office.get("/api/users")).json().items as {
      id: string;
      username: string;
      locked: boolean;
    }[];
    const target = users.find((u) => u.username === "ngoctrao")!;
    expect(target.locked).toBe(true);
    const unlocked = await office.post(`/api/users/${target.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().locked).toBe(false);
    expect((await c.login("ngoctrao", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("signs out and the session no longer works", async () => {
    const c = await t.as("bacson");
    expect((await c.post("/api/auth/logout")).statusCode).toBe(200);
    expect((await c.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("changes the password; the old one stops working", async () => {
    const c = await t.as("lamson");
    const bad = await c.post("/api/auth/password", {
      currentPassword: "nope",
      newPassword: "mat-khau-moi-123",
    });
    expect(bad.statusCode).toBe(400);
    const ok = await c.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "mat-khau-moi-123",
    });
    expect(ok.statusCode).toBe(200);
    expect((await t.anonymous().login("lamson", TEST_PASSWORD)).statusCode).toBe(401);
    expect((await t.anonymous().login("lamson", "mat-khau-moi-123")).statusCode).toBe(200);
  });
});

describe("idle timeout", () => {
  it("ends a session idle longer than the setting", async () => {
    let now = new Date("2020-01-01T01:00:00Z");
    const app = await createTestApp({ clock: { now: () => now }, config: { sessionIdleMinutes: 30 } });
    try {
      const c = await app.as("dongson");
      now = new Date(now.getTime() + 29 * 60_000);
      expect((await c.get("/api/auth/me")).statusCode).toBe(200);
      now = new Date(now.getTime() + 31 * 60_000);
      expect((await c.get("/api/auth/me")).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});
