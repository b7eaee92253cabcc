/**
 * The duplicates summary (issue #11 item 5, migration 0027): `person_duplicate_keys` is kept by
 * triggers, so the page of groups is right straight after people are added, renamed, given
 * another birth year, deleted, dismissed as a pair, or anonymised by the retention rule — and the
 * table always equals its one definition (`person_duplicate_keys_computed`) run from scratch.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import type { Db } from "../../db/client.ts";
import { addPeople, conferenceOf } from "../delegate-lists/testing/fixtures.ts";
import { ANONYMISED_NAME, runRetention } from "../retention/index.ts";
import type { DuplicatesResult } from "./schemas.ts";

let t: TestApp;
let db: Db;
let a: string; // Ba Đình, on its conference
let b: string; // Hội Phụ nữ, on no plan
const same = { fullName: "Trịnh Văn Tổng", gender: "male" as const, birthYear: 1975 };

const rows = async <T>(q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

/** The people of the groups the API shows with one of `a`, `b`. */
async function groupOfA(): Promise<string[] | undefined> {
  const res = await (await t.as("vanphong")).get("/api/duplicates?limit=100");
  expect(res.statusCode).toBe(200);
  const g = (res.json() as DuplicatesResult).groups.find((x) =>
    x.people.some((p) => p.personId === a || p.personId === b),
  );
  return g?.people.map((p) => p.personId).sort();
}

/** The trigger-kept table equals the definition run from scratch. */
async function expectSummaryExact() {
  const kept = await rows(sql`select * from person_duplicate_keys order by identity_key collate "C"`);
  const computed = await rows(
    sql`select * from person_duplicate_keys_computed order by identity_key collate "C"`,
  );
  expect(kept).toEqual(computed);
}

async function patchPerson(id: string, change: Record<string, unknown>) {
  const office = await t.as("vanphong");
  const { version } = (await office.get(`/api/people/${id}`)).json();
  const res = await office.patch(`/api/people/${id}`, { ...change, version });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  a = (await addPeople(db, "badinh", [same], await conferenceOf(db, "badinh")))[0]!;
  b = (await addPeople(db, "hoiphunu", [{ ...same, fullName: "TRỊNH văn tổng" }]))[0]!;
});
afterAll(() => t?.close());

describe("the duplicates summary kept by triggers (migration 0027)", () => {
  it("groups two units' people as soon as they are inserted", async () => {
    expect(await groupOfA()).toEqual([a, b].sort());
    await expectSummaryExact();
  });

  it("follows an edit of the name and of the birth year, and their undoing", async () => {
    await patchPerson(b, { fullName: "Trịnh Văn Tổng Hợp" });
    expect(await groupOfA()).toBeUndefined();
    await expectSummaryExact();
    await patchPerson(b, { fullName: "Trịnh Văn Tổng" });
    expect(await groupOfA()).toEqual([a, b].sort());
    await patchPerson(b, { birthYear: 1976 });
    expect(await groupOfA()).toBeUndefined();
    await expectSummaryExact();
    await patchPerson(b, { birthYear: 1975 });
    expect(await groupOfA()).toEqual([a, b].sort());
    await expectSummaryExact();
  });

  it("follows a third unit's person being added and deleted, and a dismissed pair", async () => {
    const [c] = await addPeople(db, "ngoctrao", [same]);
    expect(await groupOfA()).toEqual([a, b, c!].sort());
    await expectSummaryExact();
    await db.execute(sql`delete from persons where id = ${c!}`);
    expect(await groupOfA()).toEqual([a, b].sort());
    await expectSummaryExact();

    const office = await t.as("vanphong");
    const res = await office.post("/api/duplicates/dismiss", { personIdA: a, personIdB: b });
    expect(res.statusCode, res.body).toBe(201);
    expect(await groupOfA()).toBeUndefined();
    await expectSummaryExact();
    const undo = await office.delete(`/api/duplicates/dismiss/${res.json().id}`);
    expect(undo.statusCode, undo.body).toBe(204);
    expect(await groupOfA()).toEqual([a, b].sort());
    await expectSummaryExact();
  });

  it("drops the group when the retention rule anonymises one of its people", async () => {
    await db.execute(sql`
      update plans set status = 'closed', closed_at = now() - interval '20 years'
      where id = (select c.plan_id from delegates d join conferences c on c.id = d.conference_id
                  where d.person_id = ${a})`);
    const done = await runRetention({ db, clock: { now: () => new Date() }, logger: t.app.log }, 1);
    expect(done.people).toBeGreaterThan(0);
    const [anon] = await rows<{ full_name: string }>(sql`select full_name from persons where id = ${a}`);
    expect(anon!.full_name).toBe(ANONYMISED_NAME);
    expect(await groupOfA()).toBeUndefined();
    await expectSummaryExact();
  });
});
