/** Creating and editing conferences (D, E2, N2): who creates what, stale saves, delegates, agenda. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
let office: Client;
let units: Map<string, string>;
let badinhId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const list = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  units = new Map(list.map((u) => [u.code, u.id]));
  const confs = (await office.get("/api/conferences")).json().items as ConferenceSummary[];
  badinhId = confs.find((c) => c.unitId === units.get("badinh"))!.id;
});
afterAll(() => t?.close());

const audits = (action: string, id: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, id)));
const load = async (c: Client, id: string) =>
  (await c.get(`/api/conferences/${id}`)).json() as ConferenceDetail;

describe("creating a conference", () => {
  it("a unit user creates its own for the current plan: core agenda, budget default, audited", async () => {
    const unit = await t.as("dongson");
    const res = await unit.post("/api/conferences", { date: "2020-03-28" });
    expect(res.statusCode).toBe(201);
    const c = res.json() as ConferenceDetail;
    expect(c).toMatchObject({
      unitId: units.get("dongson"),
      kind: "unit",
      status: "draft",
      budgetSource: "unit_budget",
      deadline: "2020-03-31",
      version: 1,
      invitees: [],
    });
    expect(c.agenda.map((a) => a.coreCode)).toEqual([
      "flag_salute",
      "opening",
      "five_year_report",
      "testimonies",
      "commendation",
      "movement_launch",
      "movement_response",
      "upper_delegates",
      "closing",
    ]);
    expect(await audits("conference.create", c.id)).toHaveLength(1);
    const again = await unit.post("/api/conferences", {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã có Hội nghị của đơn vị/u);
  });

  it("a unit user cannot create for another unit nor the town conference; other roles 403", async () => {
    const unit = await t.as("phuson");
    expect((await unit.post("/api/conferences", { unitId: units.get("halan") })).statusCode).toBe(403);
    expect((await unit.post("/api/conferences", { kind: "town" })).statusCode).toBe(403);
    for (const who of ["hoidong", "chutich", "vanhoa", "taichinh"]) {
      const res = await (await t.as(who)).post("/api/conferences", { unitId: units.get("halan") });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it("the office creates the town conference (town budget, ≤ 300) and needs a unit otherwise", async () => {
    const town = await office.post("/api/conferences", { kind: "town" });
    expect(town.statusCode).toBe(201);
    expect(town.json()).toMatchObject({
      kind: "town",
      unitId: units.get("bimson"),
      budgetSource: "town_budget",
      deadline: "2020-06-20",
      capDecision: { cap: 300, section: "II.2.2" },
    });
    expect((await office.post("/api/conferences", {})).statusCode).toBe(400);
    const wrongKind = await office.post("/api/conferences", { unitId: units.get("halan"), kind: "pilot" });
    expect(wrongKind.statusCode).toBe(400);
  });
});

describe("editing (N2)", () => {
  it("a stale save is refused with 409 STALE and changes nothing", async () => {
    const a = await t.as("badinh");
    const b = await t.as("badinh");
    const va = (await load(a, badinhId)).version;
    const vb = (await load(b, badinhId)).version;
    expect(va).toBe(vb);
    const first = await a.patch(`/api/conferences/${badinhId}`, {
      venue: "Nhà văn hóa khu phố 3",
      version: va,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ venue: "Nhà văn hóa khu phố 3", version: va + 1 });
    const second = await b.patch(`/api/conferences/${badinhId}`, { venue: "Sân vận động", version: vb });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("STALE");
    expect(await load(office, badinhId)).toMatchObject({ venue: "Nhà văn hóa khu phố 3", version: va + 1 });
    expect(await audits("conference.update", badinhId)).toHaveLength(1);
    const restore = await a.patch(`/api/conferences/${badinhId}`, {
      venue: "Hội trường UBND phường Ba Đình",
      version: va + 1,
    });
    expect(restore.statusCode).toBe(200);
  });

  it("validates fields: dd/mm/yyyy dates, HH:MM times, known budget sources", async () => {
    const v = (await load(office, badinhId)).version;
    const bad = await office.patch(`/api/conferences/${badinhId}`, { date: "31/02/2020", version: v });
    expect(bad.statusCode).toBe(400);
    const budget = await office.patch(`/api/conferences/${badinhId}`, { budgetSource: "xyz", version: v });
    expect(budget.statusCode).toBe(400);
    expect(budget.json().error.message).toMatch(/Nguồn kinh phí "xyz"/u);
  });

  it("delegates: existing person, new person (NFC), collective; duplicates refused; each bumps the version", async () => {
    const unit = await t.as("badinh");
    const start = await load(unit, badinhId);
    const person = await unit.post("/api/people", {
      fullName: "Lò Văn Thắng".normalize("NFD"),
      gender: "male",
      birthYear: 1979,
      ethnicityCode: "Thái",
    });
    expect(person.statusCode).toBe(201);
    const addP = await unit.post(`/api/conferences/${badinhId}/delegates`, {
      personId: person.json().id,
      role: "guest",
    });
    expect(addP.statusCode).toBe(201);
    expect(addP.json()).toMatchObject({ version: start.version + 1, delegate: { fullName: "Lò Văn Thắng" } });
    expect(addP.json().delegate.person).toMatchObject({ ethnicityCode: "03", ethnicityName: "Thái" });
    const dup = await unit.post(`/api/conferences/${badinhId}/delegates`, { personId: person.json().id });
    expect(dup.statusCode).toBe(409);

    const coll = await unit.post("/api/collectives", { name: "Tổ dân phố số 5" });
    expect(coll.statusCode).toBe(201);
    const addC = await unit.post(`/api/conferences/${badinhId}/delegates`, { collectiveId: coll.json().id });
    expect(addC.statusCode).toBe(201);
    expect(addC.json().delegate).toMatchObject({ personId: null, fullName: "Tổ dân phố số 5" });
    const both = await unit.post(`/api/conferences/${badinhId}/delegates`, {
      personId: person.json().id,
      collectiveId: coll.json().id,
    });
    expect(both.statusCode).toBe(400);

    const upd = await unit.patch(`/api/conferences/${badinhId}/delegates/${addP.json().delegate.id}`, {
      status: "confirmed",
      seat: "A12",
    });
    expect(upd.json()).toMatchObject({
      delegate: { status: "confirmed", seat: "A12" },
      version: start.version + 3,
    });
    await unit.delete(`/api/conferences/${badinhId}/delegates/${addP.json().delegate.id}`);
    await unit.delete(`/api/conferences/${badinhId}/delegates/${addC.json().delegate.id}`);
    const end = await load(unit, badinhId);
    expect(end.delegateCount).toBe(150);
    expect(end.version).toBe(start.version + 5);
    expect(await audits("conference.delegate_add", badinhId)).toHaveLength(2);
  });

  it("removing a presidium member's delegate removes them from the presidium", async () => {
    const c = await load(office, badinhId);
    const member = c.presidium[0]!;
    const del = await office.delete(`/api/conferences/${badinhId}/delegates/${member.delegateId}`);
    expect(del.statusCode).toBe(200);
    const after = await load(office, badinhId);
    expect(after.presidium.map((m) => m.delegateId)).not.toContain(member.delegateId);
    expect(after.presidium).toHaveLength(4);
    const rows = await audits("conference.delegate_remove", badinhId);
    expect(rows.at(-1)!.before).toMatchObject({ inPresidium: true });
  });

  it("agenda: replaced in order, core items reordered or missing are reported (D7)", async () => {
    const c = await load(office, badinhId);
    const items = c.agenda.map((a) => ({ id: a.id, coreCode: a.coreCode, title: a.title, media: [] }));
    const swapped = [items[1]!, items[0]!, ...items.slice(2, 8)];
    swapped.splice(3, 0, {
      coreCode: null,
      title: "Chiếu phóng sự 5 năm thi đua",
      media: [{ kind: "link", label: "Phóng sự", url: "https://example.org/video" }],
    } as never);
    const put = await office.put(`/api/conferences/${badinhId}/agenda`, {
      items: swapped,
      version: c.version,
    });
    expect(put.statusCode).toBe(200);
    const d = put.json() as ConferenceDetail;
    expect(d.agenda).toHaveLength(9);
    expect(d.agenda[3]!.media[0]).toMatchObject({ kind: "link", url: "https://example.org/video" });
    expect(d.agenda[0]!.id).toBe(items[1]!.id);
    const codes = d.violations.map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(["D7_CORE_ORDER", "D7_CORE_ITEM_MISSING"]));
    const badUrl = await office.put(`/api/conferences/${badinhId}/agenda`, {
      items: [{ title: "X", media: [{ kind: "link", label: "x", url: "javascript:alert(1)" }] }],
      version: d.version,
    });
    expect(badUrl.statusCode).toBe(400);
    const stale = await office.put(`/api/conferences/${badinhId}/agenda`, { items, version: c.version });
    expect(stale.statusCode).toBe(409);
    expect(await audits("conference.agenda", badinhId)).toHaveLength(1);
  });
});
