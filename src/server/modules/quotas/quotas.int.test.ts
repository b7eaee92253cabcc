/**
 * Quotas over HTTP (SPEC F1, F2; issue #9 items 1–2): the what-if's exact shape, 422 in
 * Vietnamese when infeasible, office only and nothing saved; seats with the cap and the
 * split's warning; save → version → publish, 409 on stale; a unit sees its own quota only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, quotaAllocations } from "../../db/schema/index.ts";

let t: TestApp;
let unitIds: Map<string, string>;
let participants: number;

beforeAll(async () => {
  t = await createTestApp();
  const office = await t.as("vanphong");
  const items = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  unitIds = new Map(items.map((u) => [u.code, u.id]));
  participants = (await office.get("/api/quotas")).json().units.length;
});
afterAll(() => t?.close());

async function createHigherConference() {
  const office = await t.as("vanphong");
  const res = await office.post("/api/conferences", { kind: "town" });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe("quota what-if (POST /api/quotas/simulate)", () => {
  it("answers { allocations: [{ unitId, exact, seats }], sum } summing exactly to the total, saving nothing", async () => {
    const office = await t.as("vanphong");
    const before = await t.database.db.select().from(quotaAllocations);
    const res = await office.post("/api/quotas/simulate", { total: 210, basis: "population", minimum: 2 });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.sum).toBe(210);
    expect(body.allocations).toHaveLength(participants);
    for (const a of body.allocations) {
      expect(typeof a.unitId).toBe("string");
      expect(typeof a.exact).toBe("number");
      expect(Number.isInteger(a.seats)).toBe(true);
      expect(a.seats).toBeGreaterThanOrEqual(2);
    }
    expect(body.allocations.reduce((s: number, a: { seats: number }) => s + a.seats, 0)).toBe(210);
    // Units without a population (organisations, enterprises) are named, and still get the minimum.
    expect(body.missing.length).toBeGreaterThan(0);
    expect(body.largestDeviation).not.toBeNull();
    expect(await t.database.db.select().from(quotaAllocations)).toEqual(before);
  });

  it("shares equally, honours overrides and custom weights", async () => {
    const office = await t.as("vanphong");
    const badinh = unitIds.get("badinh")!;
    const equal = (
      await office.post("/api/quotas/simulate", {
        total: participants * 3 + 1,
        basis: "equal",
        minimum: 0,
        overrides: { [badinh]: 0 },
      })
    ).json();
    expect(equal.sum).toBe(participants * 3 + 1);
    const seatsOf = (b: { allocations: { unitId: string; seats: number }[] }, id: string) =>
      b.allocations.find((a) => a.unitId === id)!.seats;
    expect(seatsOf(equal, badinh)).toBe(0);
    const custom = (
      await office.post("/api/quotas/simulate", {
        total: 10,
        basis: "custom",
        minimum: 0,
        weights: { [badinh]: 1 },
      })
    ).json();
    expect(seatsOf(custom, badinh)).toBe(10);
  });

  it("refuses infeasible constraints with 422 QUOTA_INFEASIBLE in Vietnamese", async () => {
    const office = await t.as("vanphong");
    const res = await office.post("/api/quotas/simulate", { total: 10, basis: "equal", minimum: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("QUOTA_INFEASIBLE");
    expect(res.json().error.message).toContain(`Tối thiểu 2 đại biểu × ${participants} đơn vị`);
    const stranger = await office.post("/api/quotas/simulate", {
      total: 10,
      basis: "equal",
      minimum: 0,
      overrides: { "00000000-0000-4000-8000-000000000000": 1 },
    });
    expect(stranger.statusCode).toBe(422);
    const bad = await office.post("/api/quotas/simulate", { total: -1, basis: "equal", minimum: 0 });
    expect(bad.statusCode).toBe(400);
  });

  it("is the office's only", async () => {
    for (const user of ["hoidong", "chutich", "badinh", "vanhoa"]) {
      const client = await t.as(user);
      const res = await client.post("/api/quotas/simulate", { total: 50, basis: "equal", minimum: 1 });
      expect(res.statusCode, user).toBe(403);
    }
  });
});

describe("seats, versions and publishing", () => {
  let conferenceId: string;

  beforeAll(async () => {
    conferenceId = await createHigherConference();
  });

  it("defaults the seats from the plan, refuses more than the cap, warns on the split, 409 on stale", async () => {
    const office = await t.as("vanphong");
    const first = (await office.get("/api/quotas/seats")).json();
    expect(first).toMatchObject({
      conferenceId,
      total: 300,
      exemplars: 210,
      guests: 90,
      isDefault: true,
      version: 0,
    });
    const over = await office.put("/api/quotas/seats", {
      total: 320,
      exemplars: 224,
      guests: 96,
      version: 0,
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toContain("vượt mức tối đa 300");
    const saved = await office.put("/api/quotas/seats", {
      total: 280,
      exemplars: 150,
      guests: 130,
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().violations.map((v: { code: string }) => v.code)).toEqual(["F1_SPLIT_OUT_OF_BAND"]);
    expect(saved.json().version).toBe(1);
    const again = await office.put("/api/quotas/seats", {
      total: 300,
      exemplars: 210,
      guests: 90,
      version: 0,
    });
    expect(again.statusCode).toBe(409);
    const fixed = await office.put("/api/quotas/seats", {
      total: 300,
      exemplars: 210,
      guests: 90,
      version: 1,
    });
    expect(fixed.json()).toMatchObject({ total: 300, exemplars: 210, version: 2, violations: [] });
    const council = await t.as("hoidong");
    expect((await council.get("/api/quotas/seats")).json().canEdit).toBe(false);
    expect(
      (await council.put("/api/quotas/seats", { total: 300, exemplars: 210, guests: 90, version: 2 }))
        .statusCode,
    ).toBe(403);
  });

  it("saves versions, 409 when another was saved since, publishes one and lists them paged", async () => {
    const office = await t.as("vanphong");
    const body = { total: 210, basis: "population", minimum: 2 };
    const v1 = await office.post("/api/quotas/versions", { ...body, latestVersionNo: 0 });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ versionNo: 1, total: 210, publishedAt: null, isCurrent: false });
    expect(v1.json().lines.reduce((s: number, l: { seats: number }) => s + l.seats, 0)).toBe(210);
    const lost = await office.post("/api/quotas/versions", { ...body, total: 200, latestVersionNo: 0 });
    expect(lost.statusCode).toBe(409);
    const v2 = await office.post("/api/quotas/versions", { ...body, total: 200, latestVersionNo: 1 });
    expect(v2.json().versionNo).toBe(2);

    const badinh = await t.as("badinh");
    expect((await badinh.get("/api/quotas/mine")).json().seats).toBeNull();

    const published = await office.post(`/api/quotas/versions/${v1.json().id}/publish`, {
      latestVersionNo: 2,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().isCurrent).toBe(true);
    expect(
      (await office.post(`/api/quotas/versions/${v1.json().id}/publish`, { latestVersionNo: 2 })).statusCode,
    ).toBe(409);

    const page = (await office.get("/api/quotas/versions?limit=1&offset=0")).json();
    expect(page.total).toBe(2);
    expect(page.items.map((i: { versionNo: number }) => i.versionNo)).toEqual([2]);
    const overview = (await office.get("/api/quotas")).json();
    expect(overview.published.versionNo).toBe(1);
    expect(overview.latestVersionNo).toBe(2);

    // The what-if now compares with the published allocation.
    const sim = (await office.post("/api/quotas/simulate", { ...body, total: 220 })).json();
    expect(sim.current.versionNo).toBe(1);
    const line = sim.allocations.find((a: { unitId: string }) => a.unitId === unitIds.get("badinh"));
    expect(line.change).toBe(line.seats - line.current);

    const audit = await t.database.db.select().from(auditEvents);
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === "quota.save")).toHaveLength(2);
    expect(actions.filter((a) => a === "quota.publish")).toHaveLength(1);
  });

  it("shows a unit its own published quota only", async () => {
    const office = await t.as("vanphong");
    const current = (await office.get("/api/quotas")).json().published;
    const own = current.lines.find((l: { unitId: string }) => l.unitId === unitIds.get("badinh")).seats;
    const badinh = await t.as("badinh");
    const mine = (await badinh.get("/api/quotas/mine")).json();
    expect(mine).toMatchObject({ seats: own, versionNo: 1, unitName: "Phường Ba Đình" });
    expect((await badinh.get("/api/quotas")).statusCode).toBe(403);
    expect((await badinh.get(`/api/quotas/versions/${current.id}`)).statusCode).toBe(403);
    expect((await office.get("/api/quotas/mine")).statusCode).toBe(403);
  });

  it("keeps composition targets per plan, defaults first, 409 on stale", async () => {
    const office = await t.as("vanphong");
    const first = (await office.get("/api/quotas/targets")).json();
    expect(first).toMatchObject({ isDefault: true, version: 0, canEdit: true });
    const targets = { ...first.targets, women: { min: 0.35, max: null } };
    const saved = await office.put("/api/quotas/targets", { targets, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().targets.women).toEqual({ min: 0.35, max: null });
    expect((await office.put("/api/quotas/targets", { targets, version: 0 })).statusCode).toBe(409);
    const upside = await office.put("/api/quotas/targets", {
      targets: { ...targets, women: { min: 0.5, max: 0.2 } },
      version: 1,
    });
    expect(upside.statusCode).toBe(400);
  });
});
