import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { addPeople, conferenceOf } from "../delegate-lists/testing/fixtures.ts";
import type { DuplicateGroup, DuplicatesResult } from "./schemas.ts";

let t: TestApp;
let a: string; // Ba Đình's Hoàng Văn Trùng
let b: string; // Hội Phụ nữ's Hoàng Văn Trùng
let c: string; // Ngọc Trạo's
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const p = { fullName: "Hoàng Văn Trùng", gender: "male" as const, birthYear: 1979 };
  a = (await addPeople(db, "badinh", [p], await conferenceOf(db, "badinh")))[0]!;
  b = (
    await addPeople(
      db,
      "hoiphunu",
      [{ ...p, fullName: "HOÀNG  văn Trùng".normalize("NFD") }],
      await conferenceOf(db, "hoiphunu", "submitted"),
    )
  )[0]!;
  c = (await addPeople(db, "ngoctrao", [p]))[0]!;
  // Same name, another birth year; same unit twice; no birth year: none of these is flagged.
  other = (await addPeople(db, "ngoctrao", [{ ...p, birthYear: 1980 }]))[0]!;
  await addPeople(db, "badinh", [
    { fullName: "Lý Thị Đơn", gender: "female", birthYear: 1990 },
    { fullName: "Lý Thị Đơn", gender: "female", birthYear: 1990 },
  ]);
  await addPeople(db, "bacson", [{ fullName: "Vũ Không Năm" }]);
  await addPeople(db, "lamson", [{ fullName: "Vũ Không Năm" }]);
});
afterAll(() => t?.close());

async function report(user = "vanphong"): Promise<DuplicatesResult> {
  const res = await (await t.as(user)).get("/api/duplicates");
  expect(res.statusCode).toBe(200);
  return res.json();
}
const group = (r: DuplicatesResult): DuplicateGroup | undefined =>
  r.groups.find((g) => g.people.some((p) => p.personId === a || p.personId === c));

describe("duplicates across units (E6)", () => {
  it("flags the same name, birth year and gender on three units' lists, with units and conferences", async () => {
    const g = group(await report())!;
    expect(g).toBeDefined();
    expect(g.people.map((p) => p.personId).sort()).toEqual([a, b, c].sort());
    expect(g.unitCount).toBe(3);
    expect(g.pairs).toHaveLength(3);
    expect(g.people.find((p) => p.personId === a)!.conferences).toHaveLength(1);
    expect(g.people.find((p) => p.personId === c)!.conferences).toHaveLength(0);
    expect(g.people.map((p) => p.unitName)).toContain("Hội Liên hiệp Phụ nữ thị xã");
    const flagged = (await report()).groups.flatMap((x) => x.people.map((p) => p.fullName));
    expect(flagged).not.toContain("Lý Thị Đơn");
    expect(flagged).not.toContain("Vũ Không Năm");
    expect(flagged.filter((n) => n === "Hoàng Văn Trùng").length).toBeGreaterThanOrEqual(2);
    expect((await report()).groups.some((x) => x.people.some((p) => p.personId === other))).toBe(false);
  });

  it("the office marks a pair “not the same person” (either order), audited, and can undo it", async () => {
    const office = await t.as("vanphong");
    const res = await office.post("/api/duplicates/dismiss", {
      personIdA: c,
      personIdB: a,
      note: "Khác quê quán",
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    expect(res.json()).toMatchObject({ note: "Khác quê quán", createdBy: "vanphong" });
    expect((await office.post("/api/duplicates/dismiss", { personIdA: a, personIdB: c })).statusCode).toBe(
      409,
    );

    let g = group(await report())!;
    expect(g.pairs).toHaveLength(2);
    expect(g.pairs.some((p) => [p.personIdA, p.personIdB].sort().join() === [a, c].sort().join())).toBe(
      false,
    );
    expect((await report()).dismissals.map((d) => d.id)).toContain(id);

    // Dismiss the other two pairs: the group disappears.
    for (const [x, y] of [
      [a, b],
      [b, c],
    ] as const) {
      expect((await office.post("/api/duplicates/dismiss", { personIdA: x, personIdB: y })).statusCode).toBe(
        201,
      );
    }
    expect(group(await report())).toBeUndefined();

    expect((await office.delete(`/api/duplicates/dismiss/${id}`)).statusCode).toBe(204);
    expect((await office.delete(`/api/duplicates/dismiss/${id}`)).statusCode).toBe(404);
    g = group(await report())!;
    expect(g.pairs).toEqual([{ personIdA: [a, c].sort()[0], personIdB: [a, c].sort()[1] }]);

    const audit = await t.database.db.select().from(auditEvents);
    const actions = audit.map((e) => e.action);
    expect(actions.filter((x) => x === "duplicate.dismiss")).toHaveLength(3);
    expect(actions).toContain("duplicate.undismiss");
  });

  it("refuses pairs that are not duplicates", async () => {
    const office = await t.as("vanphong");
    expect((await office.post("/api/duplicates/dismiss", { personIdA: a, personIdB: a })).statusCode).toBe(
      400,
    );
    expect(
      (await office.post("/api/duplicates/dismiss", { personIdA: a, personIdB: other })).statusCode,
    ).toBe(400);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      (await office.post("/api/duplicates/dismiss", { personIdA: a, personIdB: missing })).statusCode,
    ).toBe(404);
  });

  it("council and chairman read; units, culture, finance may not; only the office dismisses", async () => {
    await report("hoidong");
    await report("chutich");
    for (const u of ["badinh", "vanhoa", "taichinh"]) {
      expect((await (await t.as(u)).get("/api/duplicates")).statusCode).toBe(403);
    }
    for (const u of ["hoidong", "chutich", "badinh"]) {
      const res = await (await t.as(u)).post("/api/duplicates/dismiss", { personIdA: a, personIdB: b });
      expect(res.statusCode).toBe(403);
    }
  });
});
