/**
 * Sign-in under attack (issue #12 items 1–2; SPEC N1, N4): no stranger can lock an
 * account's owner out, unknown users and wrong passwords look alike, spraying meets 429
 * with Retry-After, weak passwords are refused, "must change password" holds in the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { figure } from "./figures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

function from(address: string): Client & { tryLogin(u: string, p: string): ReturnType<Client["request"]> } {
  const c = t.anonymous() as Client & { tryLogin(u: string, p: string): ReturnType<Client["request"]> };
  c.tryLogin = (username, password) =>
    c.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
      remoteAddress: address,
    });
  return c;
}

describe("sign-in back-off", () => {
  it("a stranger's failures slow the stranger, not the owner at another address", async () => {
    const stranger = from("203.0.113.7");
    for (let i = 0; i < 5; i++)
      expect((await stranger.tryLogin("vanphong", `doan-bua-${i}`)).statusCode).toBe(401);
    const blocked = await stranger.tryLogin("vanphong", TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    const owner = from("192.0.2.10");
    const ownerRes = await owner.tryLogin("vanphong", TEST_PASSWORD);
    expect(ownerRes.statusCode).toBe(200);
    figure(
      1,
      `stranger: 5 wrong passwords → 429 Retry-After ${blocked.headers["retry-after"]} s for the stranger; owner at another address → ${ownerRes.statusCode}`,
    );
  });

  it("answers an unknown user exactly like a wrong password, after the same work", async () => {
    const c = from("198.51.100.1");
    const wrong = await c.tryLogin("badinh", "sai-mat-khau-1");
    const unknown = await c.tryLogin("khong-co-ai", "sai-mat-khau-1");
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.json()).toEqual(wrong.json());
    // Both run one argon2id check: compare medians of interleaved attempts, loosely.
    const times = { wrong: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 3; i++) {
      for (const [kind, user] of [
        ["wrong", "bacson"],
        ["unknown", `khong-co-${i}`],
      ] as const) {
        const started = performance.now();
        await from(`198.51.100.${10 + i}`).tryLogin(user, "sai-mat-khau-2");
        times[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const ratio = median(times.unknown) / median(times.wrong);
    figure(
      1,
      `timing: median wrong password ${median(times.wrong).toFixed(0)} ms, unknown user ${median(times.unknown).toFixed(0)} ms (difference ${(median(times.unknown) - median(times.wrong)).toFixed(0)} ms, ratio ${ratio.toFixed(2)}); same status and body`,
    );
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });

  it("password spraying from one address meets 429 with Retry-After", async () => {
    const sprayer = from("203.0.113.99");
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 24; i++) {
      const res = await sprayer.tryLogin(`nguoi-dung-${i}`, "123456789");
      statuses.push(res.statusCode);
      if (res.statusCode === 429) retryAfter = String(res.headers["retry-after"]);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(60);
    figure(
      1,
      `spraying: 24 user names from one address → 429 from try ${statuses.indexOf(429) + 1}, Retry-After ${retryAfter} s`,
    );
  });
});

describe("passwords", () => {
  it("refuses short, common and equal-to-username passwords when changing", async () => {
    const c = await t.as("lamson");
    for (const [newPassword, message] of [
      ["ngan-qua", /ít nhất 10 ký tự/u],
      ["1234567890", /quá phổ biến/u],
      ["password123", /quá phổ biến/u],
      ["LamSon", /ít nhất 10/u],
    ] as const) {
      const res = await c.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const office = await t.as("vanphong");
    const sameAsName = await office.post("/api/users", {
      username: "canbo.moi1",
      fullName: "Cán bộ mới",
      role: "council",
      password: "canbo.moi1",
    });
    expect(sameAsName.statusCode).toBe(400);
    expect(sameAsName.json().error.details.fields.password).toMatch(/trùng tên đăng nhập/u);
  });

  it("a user who must change the password can do nothing else through the API", async () => {
    const office = await t.as("vanphong");
    const created = await office.post("/api/users", {
      username: "canbo.moi2",
      fullName: "Cán bộ mới hai",
      role: "council",
    });
    expect(created.statusCode).toBe(201);
    const oneTime = created.json().password as string;
    const c = from("192.0.2.50");
    expect((await c.tryLogin("canbo.moi2", oneTime)).statusCode).toBe(200);
    const units = await c.get("/api/units");
    expect(units.statusCode).toBe(403);
    expect(units.json().error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await c.get("/api/auth/me")).json().mustChangePassword).toBe(true);
    const changed = await c.post("/api/auth/password", {
      currentPassword: oneTime,
      newPassword: "mot cau de nho 2026",
    });
    expect(changed.statusCode).toBe(200);
    expect((await c.get("/api/units")).statusCode).toBe(200);
  });
});
