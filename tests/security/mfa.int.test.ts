/**
 * Second factor (issue #12 item 3; SPEC N1; ASVS 5.0 V6) on a fake clock: enrolment is
 * required of the office and the chairman before any other route answers, sign-in becomes
 * two steps, each TOTP step and each recovery code works once, the window is one step
 * either side, wrong codes back off, the office resets another user's second factor.
 */
import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, mfaRecoveryCodes, userMfa, users } from "../../src/server/db/schema/index.ts";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { FIXED_NOW, TEST_PASSWORD } from "../helpers/constants.ts";

let now = FIXED_NOW.getTime();
const clock = { now: () => new Date(now) };
const code = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(now / 1000) + offsetSeconds });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { mfaRequiredRoles: ["office", "chairman"] } });
});
afterAll(() => t?.close());

async function signIn(username: string, address = "192.0.2.50"): Promise<Client> {
  const c = t.anonymous();
  const res = await c.request({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: TEST_PASSWORD },
    remoteAddress: address,
  });
  expect(res.statusCode, res.body).toBe(200);
  return c;
}

/** Enrols `username` (signed in, no second factor yet); returns its secret and recovery codes. */
async function enrol(c: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const start = await c.post("/api/auth/mfa/enrol");
  expect(start.statusCode, start.body).toBe(200);
  const { secret, otpauthUri, qrDataUrl } = start.json();
  expect(otpauthUri).toContain(`secret=${secret}`);
  expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/u);
  const done = await c.post("/api/auth/mfa/confirm", { code: await code(secret) });
  expect(done.statusCode, done.body).toBe(200);
  return { secret, recoveryCodes: done.json().recoveryCodes };
}

const verify = (c: Client, value: string) => c.post("/api/auth/mfa/verify", { code: value });

let office: { secret: string; recoveryCodes: string[] };

describe("MFA required for the office", () => {
  it("answers nothing but enrolment until the office has enrolled", async () => {
    const c = await signIn("vanphong");
    const me = (await c.get("/api/auth/me")).json();
    expect(me.mfa).toEqual({ enabled: false, required: true, pending: false });
    const blocked = await c.get("/api/users");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("MFA_ENROLMENT_REQUIRED");
    expect((await c.get("/api/auth/mfa")).json()).toMatchObject({ enabled: false, required: true });

    const start = (await c.post("/api/auth/mfa/enrol")).json();
    const wrong = await c.post("/api/auth/mfa/confirm", { code: "000000" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("MFA_CODE_INVALID");
    // Enrolment again starts with a new secret: the first one no longer counts.
    office = await enrol(c);
    expect(office.secret).not.toBe(start.secret);
    expect(office.recoveryCodes).toHaveLength(10);
    expect(new Set(office.recoveryCodes).size).toBe(10);
    expect((await c.get("/api/users")).statusCode).toBe(200);
    expect((await c.get("/api/auth/mfa")).json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
  });

  it("keeps the secret encrypted and the recovery codes hashed at rest", async () => {
    const db = t.database.db;
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, "vanphong"));
    const [row] = await db.select().from(userMfa).where(eq(userMfa.userId, u!.id));
    expect(row!.secretEnc).toMatch(/^v1:/u);
    expect(row!.secretEnc).not.toContain(office.secret);
    const dump = JSON.stringify(await db.select().from(mfaRecoveryCodes));
    for (const rc of office.recoveryCodes) expect(dump).not.toContain(rc.replace("-", ""));
  });

  it("signs in in two steps; a code of an already used step is refused; the window is ±1 step", async () => {
    now += 30_000;
    const c = await signIn("vanphong");
    const pending = (await c.get("/api/auth/me")).json();
    expect(pending.mfa.pending).toBe(true);
    expect(pending.capabilities).toEqual([]);
    const blocked = await c.get("/api/plans");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("MFA_REQUIRED");
    const before = c.cookies.get("thidua_sid");

    // Two steps ahead is outside the window; the current step works.
    expect((await verify(c, await code(office.secret, 60))).statusCode).toBe(401);
    const used = await code(office.secret);
    const ok = await verify(c, used);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().mfa.pending).toBe(false);
    expect(c.cookies.get("thidua_sid")).not.toBe(before); // a new session token after the second factor
    expect((await c.get("/api/users")).statusCode).toBe(200);

    // The same code again (same step) is refused, even in a new sign-in.
    const again = await signIn("vanphong");
    expect((await verify(again, used)).statusCode).toBe(401);
    // A step behind the last used one is refused; one step ahead is accepted (clock drift).
    now += 30_000;
    expect((await verify(again, await code(office.secret, -30))).statusCode).toBe(401);
    const ahead = await verify(again, await code(office.secret, 30));
    expect(ahead.statusCode, ahead.body).toBe(200);
    // …and then the current step is behind the last used one.
    const third = await signIn("vanphong");
    expect((await verify(third, await code(office.secret))).statusCode).toBe(401);
  });

  it("takes each recovery code once, typed in any case and with spaces", async () => {
    const c = await signIn("vanphong", "192.0.2.51");
    expect((await verify(c, office.recoveryCodes[0]!)).statusCode).toBe(200);
    const c2 = await signIn("vanphong", "192.0.2.51");
    expect((await verify(c2, office.recoveryCodes[0]!)).statusCode).toBe(401);
    const typed = office.recoveryCodes[1]!.toLowerCase().replace("-", " ");
    expect((await verify(c2, typed)).statusCode).toBe(200);
    expect((await c2.get("/api/auth/mfa")).json().recoveryCodesLeft).toBe(8);
  });

  it("backs off after 5 wrong codes (429 with Retry-After), and the right password does not clear it", async () => {
    const c = await signIn("vanphong", "198.51.100.77");
    for (let i = 0; i < 5; i++) expect((await verify(c, `12345${i}`)).statusCode).toBe(401);
    const c2 = await signIn("vanphong", "198.51.100.77");
    now += 30_000;
    const blocked = await verify(c2, await code(office.secret));
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    now += 16 * 60_000;
    expect((await verify(c2, await code(office.secret))).statusCode).toBe(200);
  });
});

describe("MFA for other roles, and its reset", () => {
  it("is optional for a unit user, who may still enrol", async () => {
    const c = await signIn("badinh");
    expect((await c.get("/api/auth/me")).json().mfa).toEqual({
      enabled: false,
      required: false,
      pending: false,
    });
    expect((await c.get("/api/people")).statusCode).toBe(200);
    const { secret } = await enrol(c);
    now += 30_000;
    const again = await signIn("badinh");
    expect((await again.get("/api/people")).json().error.code).toBe("MFA_REQUIRED");
    expect((await verify(again, await code(secret))).statusCode).toBe(200);
  });

  it("the office resets the chairman's second factor (audited); not its own", async () => {
    const chairman = await signIn("chutich", "192.0.2.60");
    await enrol(chairman);
    const officeClient = await signIn("vanphong", "192.0.2.61");
    now += 30_000;
    expect((await verify(officeClient, await code(office.secret))).statusCode).toBe(200);
    const list = (await officeClient.get("/api/users")).json().items as {
      id: string;
      username: string;
      mfaEnabled: boolean;
    }[];
    const target = list.find((u) => u.username === "chutich")!;
    expect(target.mfaEnabled).toBe(true);
    const self = list.find((u) => u.username === "vanphong")!;
    expect((await officeClient.post(`/api/users/${self.id}/mfa-reset`)).statusCode).toBe(403);

    const res = await officeClient.post(`/api/users/${target.id}/mfa-reset`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mfaEnabled).toBe(false);
    // The chairman's sessions ended; at the next sign-in the chairman must enrol again.
    expect((await chairman.get("/api/auth/me")).statusCode).toBe(401);
    const back = await signIn("chutich", "192.0.2.60");
    expect((await back.get("/api/briefing")).json().error.code).toBe("MFA_ENROLMENT_REQUIRED");
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, target.id));
    const reset = rows.find((r) => r.action === "user.mfa_reset")!;
    expect(reset.before).toEqual({ mfaEnabled: true });
    expect(reset.after).toEqual({ mfaEnabled: false });
  });
});
