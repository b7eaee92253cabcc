/**
 * The list's stored rule counts (issue #11 item 5, migration 0027): after every kind of write that
 * changes what the rules read, the stored counts are forgotten, and the next list shows (and stores)
 * exactly what a fresh final check finds.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";
import { conferences } from "../../db/schema/index.ts";

let t: TestApp;
let office: Client;
let id: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  const badinh = units.find((u) => u.code === "badinh")!.id;
  const list = (await office.get(`/api/conferences?unitId=${badinh}`)).json().items as ConferenceSummary[];
  id = list.find((c) => c.kind === "pilot")!.id;
});
afterAll(() => t?.close());

async function stored(): Promise<{ e: number | null; w: number | null }> {
  const [row] = await t.database.db
    .select({ e: conferences.ruleErrors, w: conferences.ruleWarnings })
    .from(conferences)
    .where(eq(conferences.id, id));
  return row!;
}
async function fresh(): Promise<{ errorCount: number; warningCount: number }> {
  const { errorCount, warningCount } = (await office.get(`/api/conferences/${id}/check?phase=final`)).json();
  return { errorCount, warningCount };
}
async function listed(): Promise<ConferenceSummary> {
  const items = (await office.get("/api/conferences?limit=100")).json().items as ConferenceSummary[];
  return items.find((c) => c.id === id)!;
}
const detail = async () => (await office.get(`/api/conferences/${id}`)).json() as ConferenceDetail;

/** The write forgot the counts; the list then shows a fresh check's counts and stores them. */
async function expectRecounted(): Promise<{ errorCount: number; warningCount: number }> {
  expect(await stored()).toEqual({ e: null, w: null });
  const now = await fresh();
  expect(await listed()).toMatchObject(now);
  expect(await stored()).toEqual({ e: now.errorCount, w: now.warningCount });
  return now;
}

describe("stored rule counts of the conference list (migration 0027)", () => {
  it("the list stores the final check's counts, then shows what is stored", async () => {
    const first = await listed();
    expect(first).toMatchObject(await fresh());
    expect(await stored()).toEqual({ e: first.errorCount, w: first.warningCount });
    await t.database.db.execute(
      sql`update conferences set rule_errors = 77, rule_warnings = 78 where id = ${id}`,
    );
    expect(await listed()).toMatchObject({ errorCount: 77, warningCount: 78 });
    await t.database.db.execute(
      sql`update conferences set rule_errors = null, rule_warnings = null where id = ${id}`,
    );
    expect(await listed()).toMatchObject(first);
  });

  it("after the conference's fields change (D2: longer than half a day)", async () => {
    const before = await listed();
    const res = await office.patch(`/api/conferences/${id}`, { endTime: "17:00", version: before.version });
    expect(res.statusCode).toBe(200);
    expect((await expectRecounted()).errorCount).toBe(before.errorCount + 1);
    const undo = await office.patch(`/api/conferences/${id}`, {
      endTime: "11:00",
      version: before.version + 1,
    });
    expect(undo.statusCode).toBe(200);
    expect(await expectRecounted()).toMatchObject({ errorCount: before.errorCount });
  });

  it("after a delegate is added, changed and removed (D3, D4)", async () => {
    const before = await listed();
    const add = await office.post(`/api/conferences/${id}/delegates`, {
      person: { fullName: "Nguyễn Văn Đếm", gender: "male", birthYear: 1981, ethnicityCode: "01" },
      role: "exemplar",
    });
    expect(add.statusCode).toBe(201);
    expect((await expectRecounted()).errorCount).toBe(before.errorCount + 1);
    const delegateId = add.json().delegate.id as string;
    const role = await office.patch(`/api/conferences/${id}/delegates/${delegateId}`, { role: "guest" });
    expect(role.statusCode).toBe(200);
    await expectRecounted();
    const del = await office.delete(`/api/conferences/${id}/delegates/${delegateId}`);
    expect(del.statusCode).toBe(200);
    expect(await expectRecounted()).toMatchObject({ errorCount: before.errorCount });
  });

  it("after the presidium and the agenda change (D6, D7)", async () => {
    const d = await detail();
    const before = await listed();
    const members = d.presidium
      .slice(0, 4)
      .map((p) => ({ delegateId: p.delegateId, titleShown: p.titleShown }));
    const put = await office.put(`/api/conferences/${id}/presidium`, { members, version: d.version });
    expect(put.statusCode).toBe(200);
    // Four members: D6_PRESIDIUM_TOO_FEW, an error.
    expect((await expectRecounted()).errorCount).toBe(before.errorCount + 1);
    const agenda = (await detail()).agenda.slice(1).map((a) => ({
      id: a.id,
      coreCode: a.coreCode,
      title: a.title,
      presenter: a.presenter,
      durationMinutes: a.durationMinutes,
      media: a.media,
    }));
    const put2 = await office.put(`/api/conferences/${id}/agenda`, { items: agenda, version: d.version + 1 });
    expect(put2.statusCode).toBe(200);
    await expectRecounted();
  });

  it("after a delegate's person, the unit, the plan's rules or its milestones change", async () => {
    const d = await detail();
    const personId = d.delegates.find((x) => x.person && x.person.gender === "male")!.person!.id;
    const person = (await office.get(`/api/people/${personId}`)).json();
    const p = await office.patch(`/api/people/${personId}`, { gender: "female", version: person.version });
    expect(p.statusCode).toBe(200);
    await expectRecounted();

    // A ward records no workforce (the API refuses one), so its kind and workforce change in SQL.
    await t.database.db.execute(sql`update units set workforce = 40 where id = ${d.unitId}`);
    await expectRecounted();
    await t.database.db.execute(sql`update unit_kinds set has_workforce = not has_workforce
      where code = (select kind_code from units where id = ${d.unitId})`);
    await expectRecounted();
    await t.database.db.execute(sql`update unit_kinds set has_workforce = not has_workforce
      where code = (select kind_code from units where id = ${d.unitId})`);
    await expectRecounted();

    const plan = (await office.get(`/api/plans/${d.planId}`)).json();
    const before = await listed();
    const r = await office.patch(`/api/plans/${d.planId}`, {
      rules: { caps: { unit: 100 } },
      version: plan.version,
    });
    expect(r.statusCode).toBe(200);
    expect((await expectRecounted()).errorCount).toBe(before.errorCount + 1);

    await t.database.db.execute(
      sql`update milestones set due_on = '2020-03-01' where plan_id = ${d.planId} and code = 'pilot_conference'`,
    );
    await expectRecounted();
  });
});
