/** People and collectives (E1, E5, E6, N2, N3) through HTTP. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { Person } from "../../../domain/persons.ts";
import { auditEvents, persons } from "../../db/schema/index.ts";

let t: TestApp;
let office: Client;
let units: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const list = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  units = new Map(list.map((u) => [u.code, u.id]));
});
afterAll(() => t?.close());

describe("people", () => {
  it("a unit user adds to its own unit: NFC, ethnicity by name, keys, audit", async () => {
    const unit = await t.as("ngoctrao");
    const res = await unit.post("/api/people", {
      fullName: "  Đặng   Thị Ngọc Ánh ".normalize("NFD"),
      gender: "female",
      birthYear: 1988,
      ethnicityCode: "Mèo",
      position: "Giáo viên Trường THCS Ngọc Trạo",
      categories: ["outstanding_exemplar", "outstanding_exemplar"],
      economicSector: "state",
    });
    expect(res.statusCode).toBe(201);
    const p = res.json() as Person;
    expect(p).toMatchObject({
      unitId: units.get("ngoctrao"),
      fullName: "Đặng Thị Ngọc Ánh".normalize("NFC"),
      ethnicityName: "Mông",
      categories: ["outstanding_exemplar"],
      version: 1,
    });
    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, p.id));
    expect(row).toMatchObject({
      identityKey: "dang thi ngoc anh|1988|female",
      searchKey: "dang thi ngoc anh giao vien truong thcs ngoc trao",
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "person.create"), eq(auditEvents.entityId, p.id)));
    expect(audit).toHaveLength(1);
  });

  it("refuses an unknown ethnicity, a bad category, a future birth year", async () => {
    const unit = await t.as("ngoctrao");
    for (const body of [
      { fullName: "A B", ethnicityCode: "Xyz" },
      { fullName: "A B", categories: ["vip"] },
      { fullName: "A B", birthYear: 2999 },
      { fullName: "   " },
    ]) {
      expect((await unit.post("/api/people", body)).statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it("search ignores diacritics and case; a unit user sees only its own unit", async () => {
    const hits = (await office.get("/api/people?q=dang thi ngoc anh")).json();
    expect(hits.items.map((p: Person) => p.fullName)).toContain("Đặng Thị Ngọc Ánh");
    const badinh = await t.as("badinh");
    const own = (await badinh.get("/api/people?limit=1000")).json();
    expect(own.total).toBe(150);
    expect(own.items.every((p: Person) => p.unitId === units.get("badinh"))).toBe(true);
    expect((await badinh.get("/api/people?q=dang thi ngoc anh")).json().total).toBe(0);
    const sorted = own.items.map((p: Person) => p.fullName.split(" ").at(-1));
    expect(sorted[0] <= sorted[1] || sorted[0].localeCompare(sorted[1], "vi") <= 0).toBe(true);
  });

  it("edits carry the version: a stale one is 409 and changes nothing", async () => {
    const created = (
      await office.post("/api/people", { fullName: "Vũ Văn Đông", unitId: units.get("halan") })
    ).json();
    const ok = await office.patch(`/api/people/${created.id}`, { birthYear: 1970, version: 1 });
    expect(ok.json()).toMatchObject({ birthYear: 1970, fullName: "Vũ Văn Đông", version: 2 });
    const stale = await office.patch(`/api/people/${created.id}`, { birthYear: 1971, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE");
    expect((await office.get(`/api/people/${created.id}`)).json()).toMatchObject({
      birthYear: 1970,
      version: 2,
    });
    const halan = await t.as("halan");
    expect(
      (await halan.patch(`/api/people/${created.id}`, { position: "Nông dân", version: 2 })).statusCode,
    ).toBe(200);
  });

  it("who may: council and chairman read, culture and finance their own office's only, the unit user adds only to its own unit", async () => {
    for (const who of ["hoidong", "chutich"]) {
      const c = await t.as(who);
      expect((await c.get("/api/people")).statusCode).toBe(200);
      expect((await c.post("/api/people", { fullName: "X Y", unitId: units.get("halan") })).statusCode).toBe(
        403,
      );
    }
    // ADR 0005: culture and finance keep their own office's list, never another unit's.
    for (const who of ["vanhoa", "taichinh"]) {
      const c = await t.as(who);
      expect((await c.get("/api/people")).statusCode).toBe(200);
      expect((await c.get("/api/collectives")).statusCode).toBe(200);
      expect((await c.get(`/api/people?unitId=${units.get("halan")}`)).statusCode).toBe(404);
    }
    const unit = await t.as("ngoctrao");
    const res = await unit.post("/api/people", { fullName: "X Y", unitId: units.get("halan") });
    expect(res.statusCode).toBe(403);
    expect((await office.post("/api/people", { fullName: "X Y" })).statusCode).toBe(400);
  });
});

describe("collectives", () => {
  it("creates with a representative of the same unit, edits with the version", async () => {
    const unit = await t.as("ngoctrao");
    const rep = (await unit.post("/api/people", { fullName: "Phạm Văn Lực" })).json();
    const res = await unit.post("/api/collectives", {
      name: "Hợp tác xã Ngọc Trạo",
      representativeId: rep.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ representativeName: "Phạm Văn Lực", unitId: units.get("ngoctrao") });
    const upd = await unit.patch(`/api/collectives/${res.json().id}`, { name: "HTX Ngọc Trạo", version: 1 });
    expect(upd.json()).toMatchObject({ name: "HTX Ngọc Trạo", version: 2 });
    expect(
      (await unit.patch(`/api/collectives/${res.json().id}`, { name: "Z", version: 1 })).statusCode,
    ).toBe(409);
    const foreignRep = (
      await office.post("/api/people", { fullName: "Ngô Thị Hà", unitId: units.get("halan") })
    ).json();
    const bad = await unit.post("/api/collectives", { name: "Tổ 3", representativeId: foreignRep.id });
    expect(bad.statusCode).toBe(400);
    const list = (await unit.get("/api/collectives?q=htx ngoc")).json();
    expect(list.items.map((c: { name: string }) => c.name)).toEqual(["HTX Ngọc Trạo"]);
  });
});
