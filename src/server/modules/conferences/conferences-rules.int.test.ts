/** The demo pilot conferences and the rules engine through HTTP (D3, D6, D9; issue 3 items 4, 9). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";

let t: TestApp;
let office: Client;
let conferencesByUnit: Map<string, ConferenceSummary>;
let unitIds: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const list = (await office.get("/api/conferences")).json().items as ConferenceSummary[];
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  unitIds = new Map(units.map((u) => [u.code, u.id]));
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  conferencesByUnit = new Map(list.map((c) => [codeOf.get(c.unitId)!, c]));
});
afterAll(() => t?.close());

const codes = (vs: { code: string }[]) => vs.map((v) => v.code);
const check = async (c: Client, id: string) => (await c.get(`/api/conferences/${id}/check`)).json();

describe("demo pilot conferences (II.2.3)", () => {
  it("lists the three pilots with their states and counts", () => {
    const badinh = conferencesByUnit.get("badinh")!;
    expect(badinh).toMatchObject({ kind: "pilot", status: "draft", delegateCount: 150, errorCount: 0 });
    expect(conferencesByUnit.get("hoiphunu")).toMatchObject({ status: "submitted", errorCount: 0 });
    expect(conferencesByUnit.get("moitruong")).toMatchObject({ status: "approved", errorCount: 0 });
  });

  it("Ba Đình: 105 exemplars, 45 guests, a valid presidium of 5, the nine core items", async () => {
    const d = (
      await office.get(`/api/conferences/${conferencesByUnit.get("badinh")!.id}`)
    ).json() as ConferenceDetail;
    expect(d.composition).toMatchObject({ total: 150, exemplars: { count: 105 }, guests: { count: 45 } });
    expect(d.presidium).toHaveLength(5);
    expect(d.agenda.map((a) => a.coreCode)).toHaveLength(9);
    expect(d).toMatchObject({
      form: "Hội nghị tuyên dương điển hình tiên tiến",
      date: "2020-03-12",
      startTime: "08:00",
      endTime: "11:00",
      venue: "Hội trường UBND phường Ba Đình",
      deadline: "2020-03-20",
      budgetSource: "unit_budget",
      capDecision: { mode: "delegate", cap: 150, section: "II.2.1" },
    });
    expect(d.invitees).toContain("Hội đồng Thi đua khen thưởng Thị xã");
    expect(d.violations.filter((v) => v.severity === "error")).toEqual([]);
    const final = (await office.get(`/api/conferences/${d.id}/check?phase=final`)).json();
    expect(final.errorCount).toBe(0);
    expect(d.composition.ethnicMinorities.count).toBeGreaterThan(0);
    const names = new Set(d.delegates.map((x) => x.fullName));
    expect(names.size).toBe(150);
  });
});

describe("the check endpoint (D3, D6, D9)", () => {
  it("151 delegates → D3_CAP_EXCEEDED citing II.2.1; removing one clears it", async () => {
    const ba = await t.as("badinh");
    const id = conferencesByUnit.get("badinh")!.id;
    const add = await ba.post(`/api/conferences/${id}/delegates`, {
      person: { fullName: "Nguyễn Văn Thứ", gender: "male", birthYear: 1980, ethnicityCode: "Kinh" },
      role: "exemplar",
    });
    expect(add.statusCode).toBe(201);
    const over = await check(ba, id);
    const cap = over.violations.find((v: { code: string }) => v.code === "D3_CAP_EXCEEDED");
    expect(cap).toMatchObject({ severity: "error", section: "II.2.1" });
    expect(cap.message).toContain("151");
    expect(cap.hint).toMatch(/Bớt ít nhất 1 đại biểu/u);

    const del = await ba.delete(`/api/conferences/${id}/delegates/${add.json().delegate.id}`);
    expect(del.statusCode).toBe(200);
    expect(codes((await check(ba, id)).violations)).not.toContain("D3_CAP_EXCEEDED");
  });

  it("a presidium of 4 → D6_PRESIDIUM_TOO_FEW", async () => {
    const id = conferencesByUnit.get("badinh")!.id;
    const d = (await office.get(`/api/conferences/${id}`)).json() as ConferenceDetail;
    const members = d.presidium
      .slice(0, 4)
      .map((m) => ({ delegateId: m.delegateId, titleShown: m.titleShown }));
    const put = await office.put(`/api/conferences/${id}/presidium`, { members, version: d.version });
    expect(put.statusCode).toBe(200);
    const v = (await check(office, id)).violations.find(
      (x: { code: string }) => x.code === "D6_PRESIDIUM_TOO_FEW",
    );
    expect(v).toMatchObject({ severity: "error", section: "3.2" });
  });

  it("an enterprise under 200 workers: plenary warning, cap = workforce", async () => {
    const d = (await office.get(`/api/conferences/${conferencesByUnit.get("moitruong")!.id}`)).json();
    expect(d.capDecision).toMatchObject({ mode: "plenary", cap: 185 });
    expect(d.violations.find((v: { code: string }) => v.code === "D3_PLENARY")).toMatchObject({
      severity: "warning",
    });

    const small = await office.post("/api/conferences", { unitId: unitIds.get("vantailamson") });
    expect(small.statusCode).toBe(201);
    expect(small.json()).toMatchObject({ kind: "unit", capDecision: { mode: "plenary", cap: 48 } });
  });

  it("Xi măng (1.150 workers) is capped at 150; exactly 200 follows the plan's setting (delegate)", async () => {
    const xm = await office.post("/api/conferences", { unitId: unitIds.get("ximang") });
    expect(xm.statusCode).toBe(201);
    expect(xm.json().capDecision).toMatchObject({ mode: "delegate", cap: 150 });
    expect(codes(xm.json().violations)).not.toContain("D3_PLENARY");
    const g = await office.post("/api/conferences", { unitId: unitIds.get("gachtuynel") });
    expect(g.json().capDecision).toMatchObject({ mode: "delegate", cap: 150 });
    expect(g.json().capDecision.reason).toMatch(/đúng 200/u);
  });
});
