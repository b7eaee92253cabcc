/**
 * A unit user never sees or changes another unit's conference, person or delegate:
 * every route answers 404 (SPEC "Users", N3). Culture and finance read conferences
 * without birth years or ethnicity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";

let t: TestApp;
let office: Client;
let unit: Client;
let own: ConferenceDetail;
let other: ConferenceDetail;
let otherUnitId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  unit = await t.as("badinh");
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  const idOf = (code: string) => units.find((u) => u.code === code)!.id;
  otherUnitId = idOf("moitruong");
  const confs = (await office.get("/api/conferences")).json().items as ConferenceSummary[];
  const get = async (unitId: string) =>
    (await office.get(`/api/conferences/${confs.find((c) => c.unitId === unitId)!.id}`)).json();
  own = await get(idOf("badinh"));
  other = await get(otherUnitId);
});
afterAll(() => t?.close());

describe("a unit user and another unit's records", () => {
  it("gets 404 from every conference route", async () => {
    const id = other.id;
    const d = other.delegates[0]!.id;
    const v = other.version;
    const calls: [string, () => ReturnType<Client["get"]>][] = [
      ["GET", () => unit.get(`/api/conferences/${id}`)],
      ["PATCH", () => unit.patch(`/api/conferences/${id}`, { venue: "X", version: v })],
      ["check", () => unit.get(`/api/conferences/${id}/check`)],
      [
        "add delegate",
        () => unit.post(`/api/conferences/${id}/delegates`, { person: { fullName: "Ai Đó" } }),
      ],
      ["patch delegate", () => unit.patch(`/api/conferences/${id}/delegates/${d}`, { status: "attended" })],
      ["delete delegate", () => unit.delete(`/api/conferences/${id}/delegates/${d}`)],
      ["presidium", () => unit.put(`/api/conferences/${id}/presidium`, { members: [], version: v })],
      ["agenda", () => unit.put(`/api/conferences/${id}/agenda`, { items: [], version: v })],
      ["submit", () => unit.post(`/api/conferences/${id}/submit`)],
      ["approve", () => unit.post(`/api/conferences/${id}/approve`)],
      ["return", () => unit.post(`/api/conferences/${id}/return`, { comment: "x" })],
      ["hold", () => unit.post(`/api/conferences/${id}/hold`)],
      ["close", () => unit.post(`/api/conferences/${id}/close`)],
      ["reopen", () => unit.post(`/api/conferences/${id}/reopen`, { reason: "x" })],
      ["list by unit", () => unit.get(`/api/conferences?unitId=${otherUnitId}`)],
      // Another conference's delegate through the unit's own conference.
      [
        "own conf, other delegate",
        () => unit.patch(`/api/conferences/${own.id}/delegates/${d}`, { seat: "B1" }),
      ],
      ["own conf, delete other delegate", () => unit.delete(`/api/conferences/${own.id}/delegates/${d}`)],
    ];
    for (const [name, call] of calls) {
      const res = await call();
      expect(res.statusCode, name).toBe(404);
      expect(res.json().error.code, name).toBe("NOT_FOUND");
    }
    const list = (await unit.get("/api/conferences")).json().items as ConferenceSummary[];
    expect(list.map((c) => c.id)).toEqual([own.id]);
    // Nothing changed.
    expect((await office.get(`/api/conferences/${id}`)).json()).toMatchObject({
      version: v,
      status: "approved",
    });
  });

  it("gets 404 for another unit's person and collective, and cannot list or use them", async () => {
    const personId = other.delegates[0]!.personId!;
    expect((await unit.get(`/api/people/${personId}`)).statusCode).toBe(404);
    expect((await unit.patch(`/api/people/${personId}`, { position: "X", version: 1 })).statusCode).toBe(404);
    expect((await unit.get(`/api/people?unitId=${otherUnitId}`)).statusCode).toBe(404);
    expect((await unit.get(`/api/collectives?unitId=${otherUnitId}`)).statusCode).toBe(404);
    const add = await unit.post(`/api/conferences/${own.id}/delegates`, { personId });
    expect(add.statusCode).toBe(404);
    const coll = await office.post("/api/collectives", { name: "Đội thu gom rác số 2", unitId: otherUnitId });
    expect(
      (await unit.patch(`/api/collectives/${coll.json().id}`, { name: "X", version: 1 })).statusCode,
    ).toBe(404);
    const addColl = await unit.post(`/api/conferences/${own.id}/delegates`, { collectiveId: coll.json().id });
    expect(addColl.statusCode).toBe(404);
    const name = other.delegates[0]!.fullName;
    const search = (await unit.get(`/api/people?q=${encodeURIComponent(name)}`)).json();
    expect(search.items.every((p: { unitId: string }) => p.unitId === own.unitId)).toBe(true);
  });
});

describe("personal data (N3)", () => {
  it("culture and finance read conferences without birth years or ethnicity", async () => {
    for (const who of ["vanhoa", "taichinh"]) {
      const c = await t.as(who);
      const res = await c.get(`/api/conferences/${own.id}`);
      expect(res.statusCode).toBe(200);
      const d = res.json() as ConferenceDetail;
      expect(d.delegates).toHaveLength(150);
      for (const x of d.delegates) {
        expect(x.person).toMatchObject({ birthYear: null, ethnicityCode: null, ethnicityName: null });
      }
      // ADR 0005: their own office's list only; this unit's people stay out of reach.
      expect((await c.get(`/api/people?unitId=${own.unitId}`)).statusCode).toBe(404);
    }
    const full = (await office.get(`/api/conferences/${own.id}`)).json() as ConferenceDetail;
    expect(full.delegates.every((x) => typeof x.person?.birthYear === "number")).toBe(true);
    const byUnit = (await unit.get(`/api/conferences/${own.id}`)).json() as ConferenceDetail;
    expect(
      byUnit.delegates.some((x) => x.person?.ethnicityName === "Mường" || x.person?.ethnicityName === "Thái"),
    ).toBe(true);
  });
});
