/**
 * Server-side paging of the office's catalogues and lists (issue #11 item 5, "Done when": every
 * list API takes `page`/`limit` and returns a total; tests cover paging on both databases — run
 * with TEST_DATABASE_URL for PostgreSQL): accounts, unit plans, plans, collectives, Council
 * assignments, unit kinds and clusters. Each is walked to the end in small pages: together they
 * hold each row exactly once, in the list's order, and `total` is the number of rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldVietnamese } from "../../src/domain/text.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";

let t: TestApp;
type Paged<T> = { items: T[]; total: number; page: number; limit: number };
type Named = { id: string; name: string };
/** The SQL order's primary level: letters in Vietnamese alphabet order, tones and case left out. */
const primary = new Intl.Collator("vi", { sensitivity: "base" });

beforeAll(async () => {
  t = await createTestApp();
  const office = await t.as("vanphong");
  const units = (await office.get("/api/units?limit=500")).json().items as { id: string; code: string }[];
  const badinh = units.find((u) => u.code === "badinh")!.id;
  // Names where đ comes after d and â after a whatever follows, in either case.
  for (const name of ["Cụm Đa Phúc", "Cụm Dương Xá", "Cụm Ấp Bắc", "cụm anh sơn", "Cụm Ân Thi"]) {
    expect((await office.post("/api/clusters", { name })).statusCode).toBe(201);
  }
  for (const name of ["Tổ dân phố số 2", "Đội thuế", "Chi bộ Ấp Bắc", "tổ an ninh", "Tổ dân phố số 1"]) {
    expect((await office.post("/api/collectives", { name, unitId: badinh })).statusCode).toBe(201);
  }
  for (const [username, fullName] of [
    ["hd.dang", "Đặng Văn Đức"],
    ["hd.an", "Ân Thị Ánh"],
    ["hd.anh", "Anh Văn Bình"],
  ] as const) {
    const res = await office.post("/api/users", { username, fullName, role: "council" });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t?.close());

async function walk<T>(user: string, url: (page: number) => string) {
  const client = await t.as(user);
  const pages: Paged<T>[] = [];
  for (let page = 1; page < 200; page++) {
    const res = await client.get(url(page));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Paged<T> & { members?: T[] };
    // The Council's answer keeps its `members` key.
    pages.push({ ...body, items: body.items ?? body.members ?? [] });
    if (page * body.limit >= body.total) break;
  }
  const all = pages.flatMap((p) => p.items);
  const total = pages[0]!.total;
  expect(pages.length, "more than one page").toBeGreaterThan(1);
  expect(pages.every((p) => p.total === total)).toBe(true);
  expect(all).toHaveLength(total);
  return { all, total, pages };
}

function expectOnce(all: { id: string }[]) {
  expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
}

function expectNameOrder(names: string[]) {
  for (let i = 1; i < names.length; i++) {
    expect(primary.compare(names[i - 1]!, names[i]!), `${names[i - 1]} / ${names[i]}`).toBeLessThanOrEqual(0);
  }
}

describe("accounts: /api/users?page&limit&q&role&unitId", () => {
  it("walks every account once, by account name, total from COUNT", async () => {
    const { all } = await walk<{ id: string; username: string }>(
      "vanphong",
      (p) => `/api/users?page=${p}&limit=7`,
    );
    expectOnce(all);
    const names = all.map((u) => u.username);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("hd.dang");
  });

  it("filters by name or account name without diacritics, by role and by unit", async () => {
    const office = await t.as("vanphong");
    const found = (await office.get("/api/users?q=dang%20van%20duc")).json() as Paged<{ username: string }>;
    expect(found.items.map((u) => u.username)).toEqual(["hd.dang"]);
    const byAccount = (await office.get("/api/users?q=HD.AN")).json() as Paged<{ username: string }>;
    expect(byAccount.items.map((u) => u.username)).toEqual(["hd.an", "hd.anh"]);
    const council = (await office.get("/api/users?role=council&limit=2")).json() as Paged<{ role: string }>;
    expect(council.total).toBe(5);
    expect(council.items).toHaveLength(2);
    expect(council.items.every((u) => u.role === "council")).toBe(true);
    const units = (await office.get("/api/units?q=ba%20dinh")).json().items as { id: string }[];
    const ofUnit = (await office.get(`/api/users?unitId=${units[0]!.id}`)).json() as Paged<{
      unitId: string;
    }>;
    expect(ofUnit.total).toBeGreaterThan(0);
    expect(ofUnit.items.every((u) => u.unitId === units[0]!.id)).toBe(true);
  });
});

describe("unit plans: /api/unit-plans?page&limit&q&status", () => {
  it("walks every participant once, unit names in Vietnamese order; filters on the server", async () => {
    const { all, total } = await walk<{ unitId: string; unitName: string; status: string }>(
      "vanphong",
      (p) => `/api/unit-plans?page=${p}&limit=4`,
    );
    expect(new Set(all.map((r) => r.unitId)).size).toBe(total);
    expectNameOrder(all.map((r) => r.unitName));
    const office = await t.as("vanphong");
    const byName = (await office.get("/api/unit-plans?q=ba%20dinh")).json() as Paged<{ unitName: string }>;
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((r) => foldVietnamese(r.unitName).includes("ba dinh"))).toBe(true);
    const notSent = (await office.get("/api/unit-plans?status=not_submitted&limit=1000")).json() as Paged<{
      status: string;
    }>;
    expect(notSent.total).toBe(all.filter((r) => r.status === "not_submitted").length);
    expect(notSent.items.every((r) => r.status === "not_submitted")).toBe(true);
    // The counts beside the page cover every participant, from aggregate SQL.
    const counts = (notSent as unknown as { counts: { units: number; byStatus: Record<string, number> } })
      .counts;
    expect(counts.units).toBe(total);
    expect(counts.byStatus.not_submitted).toBe(notSent.total);
    expect(Object.values(counts.byStatus).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("a unit user's page holds its own unit only", async () => {
    const own = (await (await t.as("badinh")).get("/api/unit-plans")).json() as Paged<{ unitName: string }>;
    expect(own.total).toBe(1);
    expect(own.items).toHaveLength(1);
  });
});

describe("plans: /api/plans?page&limit&template", () => {
  it("walks templates first, then plans, each once; filters templates on the server", async () => {
    const { all } = await walk<{ id: string; isTemplate: boolean }>(
      "vanphong",
      (p) => `/api/plans?page=${p}&limit=1`,
    );
    expectOnce(all);
    const firstPlan = all.findIndex((p) => !p.isTemplate);
    expect(all.slice(firstPlan).every((p) => !p.isTemplate)).toBe(true);
    const templates = (await (await t.as("vanphong")).get("/api/plans?template=true")).json() as Paged<{
      isTemplate: boolean;
    }>;
    expect(templates.total).toBe(firstPlan);
    expect(templates.items.every((p) => p.isTemplate)).toBe(true);
  });
});

describe("collectives: /api/collectives?page&limit&q&unitId", () => {
  it("walks every collective once, names in Vietnamese order; filters without diacritics", async () => {
    const { all } = await walk<Named>("vanphong", (p) => `/api/collectives?page=${p}&limit=2`);
    expectOnce(all);
    expectNameOrder(all.map((c) => c.name));
    const office = await t.as("vanphong");
    const found = (await office.get("/api/collectives?q=to%20dan%20pho")).json() as Paged<Named>;
    expect(found.items.map((c) => c.name)).toEqual(["Tổ dân phố số 1", "Tổ dân phố số 2"]);
    const doi = (await office.get("/api/collectives?q=doi")).json() as Paged<Named>;
    expect(doi.items.map((c) => c.name)).toContain("Đội thuế");
  });
});

describe("Council assignments: /api/council-assignments?page&limit", () => {
  it("walks every active Council member once, names in Vietnamese order, the answer keeps `members`", async () => {
    const { all, total } = await walk<{ id: string; fullName: string; unitIds: string[] }>(
      "vanphong",
      (p) => `/api/council-assignments?page=${p}&limit=2`,
    );
    expect(total).toBe(5);
    expectOnce(all);
    expectNameOrder(all.map((m) => m.fullName));
    expect(all.every((m) => Array.isArray(m.unitIds))).toBe(true);
  });
});

describe("unit kinds and clusters: /api/unit-kinds, /api/clusters", () => {
  it("walks the kinds once, in their order", async () => {
    const { all } = await walk<{ code: string; sortOrder: number }>(
      "badinh",
      (p) => `/api/unit-kinds?page=${p}&limit=3`,
    );
    expect(new Set(all.map((k) => k.code)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.sortOrder).toBeLessThanOrEqual(all[i]!.sortOrder);
  });

  it("walks the clusters once, names in Vietnamese order (đ after d, ấ after a); filters on the server", async () => {
    const { all } = await walk<Named>("badinh", (p) => `/api/clusters?page=${p}&limit=2`);
    expectOnce(all);
    expectNameOrder(all.map((c) => c.name));
    const names = all.map((c) => c.name);
    expect(names.indexOf("Cụm Dương Xá")).toBeLessThan(names.indexOf("Cụm Đa Phúc"));
    expect(names.indexOf("cụm anh sơn")).toBeLessThan(names.indexOf("Cụm Ân Thi"));
    const found = (await (await t.as("badinh")).get("/api/clusters?q=CUM%20da")).json() as Paged<Named>;
    expect(found.items.map((c) => c.name)).toEqual(["Cụm Đa Phúc"]);
  });
});

describe("a bad page or limit is refused in Vietnamese", () => {
  it.each([
    "/api/users?limit=501",
    "/api/users?limit=0",
    "/api/unit-plans?limit=1001",
    "/api/plans?limit=abc",
    "/api/collectives?limit=1001",
    "/api/council-assignments?limit=501",
    "/api/unit-kinds?limit=501",
    "/api/clusters?page=0",
  ])("%s → 400", async (url) => {
    const res = await (await t.as("vanphong")).get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Số dòng mỗi trang|Trang/u);
  });
});
