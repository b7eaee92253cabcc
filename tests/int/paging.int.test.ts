/**
 * Server-side paging of the big lists (issue #11 item 5, "Done when": every list API takes
 * `page`/`limit` and returns a total; tests cover paging on both databases — run this file
 * with TEST_DATABASE_URL for PostgreSQL). Pages are walked to the end: together they hold
 * each row exactly once, in the list's order, and `total` is the number of rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConferenceSummary } from "../../src/domain/conferences.ts";
import type { DuplicatesResult } from "../../src/domain/duplicates.ts";
import type { Person } from "../../src/domain/persons.ts";
import { compareVi, foldVietnamese, personNameParts } from "../../src/domain/text.ts";
import type { Unit, UnitKind } from "../../src/domain/units.ts";
import { addPeople } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";

let t: TestApp;
const base = new Intl.Collator("vi", { sensitivity: "accent" });
/** comparePersonNames without case (what the stored order key keeps). */
function comparePrimary(a: string, b: string): number {
  const [x, y] = [personNameParts(a), personNameParts(b)];
  return (
    base.compare(x.given, y.given) || base.compare(x.middle, y.middle) || base.compare(x.family, y.family)
  );
}
/** Names in the alphabet's order of letters, tones next (what the SQL key keeps), case left out. */
const comparePrimaryText = (a: string, b: string) => base.compare(a, b);
type Paged<T> = { items: T[]; total: number; page: number; limit: number };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // Namesakes that differ by tone or case only, and a name with a long middle part.
  await addPeople(db, "badinh", [
    { fullName: "Lê Thị Ánh" },
    { fullName: "Phạm Thị Hồng Anh" },
    { fullName: "Trần Văn Ân" },
    { fullName: "An" },
  ]);
  // Five cross-unit duplicate groups (same folded name, birth year, gender on two units).
  for (let i = 0; i < 5; i++) {
    const p = {
      fullName: `Hoàng Văn Trùng${"a".repeat(i + 1)}`,
      gender: "male" as const,
      birthYear: 1970 + i,
    };
    await addPeople(db, "badinh", [p]);
    await addPeople(db, "ngoctrao", [p]);
  }
});
afterAll(() => t?.close());

async function walk<T>(
  user: string,
  url: (page: number) => string,
): Promise<{ pages: Paged<T>[]; all: T[] }> {
  const client = await t.as(user);
  const pages: Paged<T>[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await client.get(url(page));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Paged<T>;
    pages.push(body);
    if (body.items.length === 0 || page * body.limit >= body.total) break;
  }
  return { pages, all: pages.flatMap((p) => p.items) };
}

describe("people: /api/people?page&limit", () => {
  it("walks every page of every unit's people once, in official-list order, total from COUNT", async () => {
    const { pages, all } = await walk<Person>("vanphong", (p) => `/api/people?page=${p}&limit=37`);
    const total = pages[0]!.total;
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((p) => p.total === total && p.limit === 37)).toBe(true);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((p) => p.id)).size).toBe(total);
    // Primary order holds across page boundaries: no later row comes before an earlier one
    // by given, middle and family name without tones (the stored key).
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!.fullName, all[i]!.fullName];
      expect(comparePrimary(a, b), `${a} / ${b}`).toBeLessThanOrEqual(0);
    }
  });

  it("filters on the server (diacritic-free) and pages the filtered rows; a page past the end is empty", async () => {
    const client = await t.as("vanphong");
    const first = (await client.get("/api/people?q=hoang%20van%20trung&limit=4")).json() as Paged<Person>;
    expect(first.total).toBe(10);
    expect(first.items).toHaveLength(4);
    const third = (
      await client.get("/api/people?q=hoang%20van%20trung&limit=4&page=3")
    ).json() as Paged<Person>;
    expect(third.items).toHaveLength(2);
    const past = (
      await client.get("/api/people?q=hoang%20van%20trung&limit=4&page=9")
    ).json() as Paged<Person>;
    expect(past).toMatchObject({ items: [], total: 10, page: 9 });
  });

  it("a unit user's pages hold its own unit only", async () => {
    const { all, pages } = await walk<Person>("badinh", (p) => `/api/people?page=${p}&limit=60`);
    expect(new Set(all.map((p) => p.unitName)).size).toBe(1);
    expect(all).toHaveLength(pages[0]!.total);
  });

  it("refuses a limit over the ceiling and a page 0, naming the field in Vietnamese", async () => {
    const client = await t.as("vanphong");
    for (const url of ["/api/people?limit=5000", "/api/people?page=0"]) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/Số dòng mỗi trang|Trang/u);
    }
  });
});

describe("conferences: /api/conferences?page&limit", () => {
  it("pages town → pilot → unit, then unit names in Vietnamese order, with rule counts per row", async () => {
    const { pages, all } = await walk<ConferenceSummary>(
      "vanphong",
      (p) => `/api/conferences?page=${p}&limit=3`,
    );
    const total = pages[0]!.total;
    expect(total).toBeGreaterThan(3);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    const order = { town: 0, pilot: 1, unit: 2 };
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(order[a.kind] - order[b.kind] || compareVi(a.unitName, b.unitName)).toBeLessThanOrEqual(0);
    }
    // The same counts as the list without paging.
    const whole = (
      await (await t.as("vanphong")).get("/api/conferences?limit=200")
    ).json() as Paged<ConferenceSummary>;
    expect(whole.items.map((c) => [c.id, c.delegateCount, c.errorCount])).toEqual(
      all.map((c) => [c.id, c.delegateCount, c.errorCount]),
    );
  });

  it("filters by unit name without diacritics and by kind on the server", async () => {
    const client = await t.as("vanphong");
    const byName = (await client.get("/api/conferences?q=ba%20dinh")).json() as Paged<ConferenceSummary>;
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((c) => foldVietnamese(c.unitName).includes("ba dinh"))).toBe(true);
    const pilots = (
      await client.get("/api/conferences?kind=pilot&limit=1")
    ).json() as Paged<ConferenceSummary>;
    expect(pilots.items).toHaveLength(1);
    expect(pilots.items[0]!.kind).toBe("pilot");
  });
});

describe("duplicates: /api/duplicates?page&limit (grouped in SQL)", () => {
  it("walks the groups page by page, each once, with the total", async () => {
    const client = await t.as("vanphong");
    const seen: string[] = [];
    let total = 0;
    for (let page = 1; page <= 10; page++) {
      const r = (await client.get(`/api/duplicates?page=${page}&limit=2`)).json() as DuplicatesResult;
      total = r.total;
      expect(r.groups.length).toBeLessThanOrEqual(2);
      seen.push(...r.groups.map((g) => g.key));
      if (page * 2 >= r.total) break;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const ours = seen.filter((k) => k.startsWith("hoang van trung"));
    expect(ours).toHaveLength(5);
  });
});

describe("units: /api/units?page&limit (filtered, counted and ordered in SQL)", () => {
  it("walks every unit once, kinds in their order then names in Vietnamese order; total from COUNT", async () => {
    const { pages, all } = await walk<Unit>(
      "vanphong",
      (p) => `/api/units?includeInactive=true&page=${p}&limit=7`,
    );
    const total = pages[0]!.total;
    expect(pages.length).toBeGreaterThan(2);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((u) => u.id)).size).toBe(total);
    const kinds = (await (await t.as("vanphong")).get("/api/unit-kinds")).json().items as UnitKind[];
    const rank = new Map(kinds.map((k, i) => [k.code, i]));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      const byKind = rank.get(a.kind)! - rank.get(b.kind)!;
      expect(byKind || comparePrimaryText(a.name, b.name), `${a.name} / ${b.name}`).toBeLessThanOrEqual(0);
    }
  });

  it("filters by name without diacritics, by kind and by parent on the server", async () => {
    const client = await t.as("vanphong");
    const byName = (await client.get("/api/units?q=ba%20dinh")).json() as Paged<Unit>;
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((u) => foldVietnamese(u.name).includes("ba dinh"))).toBe(true);
    const wards = (await client.get("/api/units?kind=phuong&limit=2")).json() as Paged<Unit>;
    expect(wards.items).toHaveLength(2);
    expect(wards.total).toBeGreaterThan(2);
    expect(wards.items.every((u) => u.kind === "phuong")).toBe(true);
    const town = byName.items[0]!.parentId!;
    const children = (await client.get(`/api/units?parentId=${town}&limit=500`)).json() as Paged<Unit>;
    expect(children.total).toBe(children.items.length);
    expect(children.items.every((u) => u.parentId === town)).toBe(true);
    const past = (await client.get("/api/units?page=99&limit=50")).json() as Paged<Unit>;
    expect(past.items).toEqual([]);
    expect(past.total).toBeGreaterThan(0);
  });

  it("a unit user's list holds its own unit only; the ceiling is refused in Vietnamese", async () => {
    const own = (await (await t.as("badinh")).get("/api/units")).json() as Paged<Unit>;
    expect(own.total).toBe(1);
    expect(own.items.map((u) => u.code)).toEqual(["badinh"]);
    const res = await (await t.as("vanphong")).get("/api/units?limit=5001");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Số dòng mỗi trang/u);
  });
});
