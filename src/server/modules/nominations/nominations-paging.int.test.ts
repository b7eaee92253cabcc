/**
 * "Tổng hợp đề cử" pages on the server (issue #11 item 5; run with TEST_DATABASE_URL for
 * PostgreSQL): the participating units walked in small pages hold each unit exactly once —
 * nominated units first, then unit names in Vietnamese alphabet order — `total` is the number
 * of units, and the totals beside the page (people put forward, accepted, units over their
 * quota) cover every nomination whatever the page or the search. A bad `page` or `limit` is a
 * 400 naming the field in Vietnamese; a unit user still cannot read the overview.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import { addPeople, conferenceOf, publishQuotas, receivingConference } from "./testing/fixtures.ts";

type Row = {
  unitId: string;
  unitCode: string;
  unitName: string;
  nominationId: string | null;
  status: string | null;
  count: number;
  quota: number | null;
  overQuota: boolean;
};
type Overview = {
  units: { items: Row[]; total: number; page: number; limit: number };
  summary: { nominated: number; accepted: number; overQuotaUnits: number };
};

let t: TestApp;
let office: Client;
/** The SQL order's primary level: letters in Vietnamese alphabet order, tones and case left out. */
const primary = new Intl.Collator("vi", { sensitivity: "base" });

/** The unit saves `n` of its candidates and, unless `draft`, sends them. */
async function nominate(c: Client, n: number, draft = false) {
  const items = (await c.get(`/api/nominations/mine/candidates?limit=${n}`)).json().items as {
    personId: string;
  }[];
  const saved = await c.put("/api/nominations/mine", {
    version: 0,
    entries: items.map((p, i) => ({ personId: p.personId, achievement: `Thành tích số ${i + 1}` })),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  if (draft) return;
  const sent = await c.post("/api/nominations/mine/submit", { version: saved.json().nomination.version });
  expect(sent.statusCode, sent.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const town = await receivingConference(db);
  await publishQuotas(db, town.id, { badinh: 2, halan: 1, ngoctrao: 3 });
  for (const code of ["badinh", "halan", "ngoctrao"]) await conferenceOf(db, code, "held", "pilot");
  await addPeople(db, "ngoctrao", [
    { fullName: "Lê Thị Ngọc", birthYear: 1985 },
    { fullName: "Phạm Văn Trạo", birthYear: 1979 },
    { fullName: "Đỗ Thị Hà", birthYear: 1990 },
  ]);
  office = await t.as("vanphong");
  await nominate(await t.as("badinh"), 2);
  await nominate(await t.as("halan"), 2); // over its quota of 1
  await nominate(await t.as("ngoctrao"), 3, true); // a draft: not counted as put forward
  const ov = (await office.get("/api/nominations")).json() as Overview;
  const badinh = ov.units.items.find((u) => u.unitCode === "badinh")!;
  const ok = await office.post(`/api/nominations/${badinh.nominationId}/accept`, {
    version: (await office.get(`/api/nominations/${badinh.nominationId}`)).json().version,
  });
  expect(ok.statusCode, ok.body).toBe(200);
});
afterAll(() => t?.close());

const overview = async (query: string) => {
  const res = await office.get(`/api/nominations?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Overview;
};

async function walk(query: string, limit: number) {
  const pages: Overview[] = [];
  for (let page = 1; page < 100; page++) {
    const body = await overview(`${query}&page=${page}&limit=${limit}`);
    expect(body.units).toMatchObject({ page, limit });
    pages.push(body);
    if (page * limit >= body.units.total) break;
  }
  return { pages, all: pages.flatMap((p) => p.units.items), total: pages[0]!.units.total };
}

function expectUnitOrder(rows: Row[]) {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    // Units with nominations first, then the others; each group by name.
    expect(Number(a.nominationId === null), `${a.unitName} / ${b.unitName}`).toBeLessThanOrEqual(
      Number(b.nominationId === null),
    );
    if ((a.nominationId === null) === (b.nominationId === null)) {
      expect(primary.compare(a.unitName, b.unitName), `${a.unitName} / ${b.unitName}`).toBeLessThanOrEqual(0);
    }
  }
}

const SUMMARY = { nominated: 4, accepted: 2, overQuotaUnits: 1 };

describe("GET /api/nominations?page&limit&q", () => {
  it("walks every participating unit once, in order, total from COUNT, the totals unchanged by the page", async () => {
    const { pages, all, total } = await walk("", 4);
    expect(pages.length, "more than one page").toBeGreaterThan(4);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((u) => u.unitId)).size).toBe(total);
    expect(pages.every((p) => p.units.total === total)).toBe(true);
    expectUnitOrder(all);
    expect(all.slice(0, 3).map((u) => u.unitCode)).toEqual(
      expect.arrayContaining(["badinh", "halan", "ngoctrao"]),
    );
    for (const p of pages) expect(p.summary).toEqual(SUMMARY);
    // The same rows as one large page, which is the default for a town's few dozen units.
    const one = await overview("");
    expect(one.units).toMatchObject({ page: 1, limit: 50, total });
    expect(one.units.items).toEqual(all);
    const row = (code: string) => all.find((u) => u.unitCode === code);
    expect(row("halan")).toMatchObject({ count: 2, quota: 1, overQuota: true, status: "submitted" });
    expect(row("badinh")).toMatchObject({ count: 2, quota: 2, overQuota: false, status: "accepted" });
    expect(row("ngoctrao")).toMatchObject({ count: 3, quota: 3, overQuota: false, status: "draft" });
    // Past the last page: no rows, the same total and totals.
    const past = await overview(`page=${pages.length + 3}&limit=4`);
    expect(past.units).toMatchObject({ items: [], total });
    expect(past.summary).toEqual(SUMMARY);
  });

  it("finds units by name words without diacritics; the totals still cover every nomination", async () => {
    const { all, total } = await walk("q=ba%20DINH", 1);
    expect(total).toBeGreaterThan(0);
    expect(all.every((u) => foldVietnamese(u.unitName).includes("ba dinh"))).toBe(true);
    const everyUnit = (await overview("limit=500")).units.items;
    expect(total).toBe(everyUnit.filter((u) => foldVietnamese(u.unitName).includes("ba dinh")).length);
    const nobody = await overview("q=khong%20co%20don%20vi%20nao");
    expect(nobody.units).toMatchObject({ items: [], total: 0 });
    expect(nobody.summary).toEqual(SUMMARY);
  });

  it.each([
    ["limit=0", /Số dòng mỗi trang: từ 1/u],
    ["limit=501", /Số dòng mỗi trang: tối đa 500/u],
    ["limit=abc", /Số dòng mỗi trang: phải là số/u],
    ["page=0", /Trang: từ 1/u],
  ])("refuses %s with 400, naming the field in Vietnamese", async (query, message) => {
    const res = await office.get(`/api/nominations?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(message);
  });

  it("a unit user still cannot read the overview, paged or not (403)", async () => {
    const unit = await t.as("badinh");
    for (const url of ["/api/nominations", "/api/nominations?page=2&limit=5"]) {
      const res = await unit.get(url);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/tổng hợp đề cử/u);
    }
  });
});
