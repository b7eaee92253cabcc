/**
 * The awards module's lists page on the server (issue #11 item 5, "Done when": every list API
 * takes `page`/`limit` and returns a total; tests cover paging on both databases — run with
 * TEST_DATABASE_URL for PostgreSQL): the movements with their counts, a conference's decisions
 * with the money of them all, and the catalogue of award forms. Each is walked to the end in small
 * pages: together they hold each row exactly once, in the list's order, and `total` is the number
 * of rows; a bad `page` or `limit` is refused in Vietnamese naming the field.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { moneyInWords } from "../../../domain/money-words.ts";
import { auditEvents, awardDecisions, awardForms, movements } from "../../db/schema/index.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { addPeople, conferenceOf } from "../delegate-lists/testing/fixtures.ts";

let t: TestApp;
let conferenceId: string;
let people: string[];
type Paged<T> = { items: T[]; total: number; page: number; limit: number };

/**
 * Recorded out of date order, several on one day (recorded order, then the id, breaks the tie);
 * more than the route's default page of 20, so the list read out must not be one page.
 */
const DECISIONS: { number: string; date: string; movement?: string }[] = [
  { number: "01/QĐ-PT", date: "2024-08-15", movement: "pt_tie_b" },
  { number: "02/QĐ-PT", date: "2024-03-01" },
  { number: "03/QĐ-PT", date: "2024-08-15" },
  { number: "04/QĐ-PT", date: "2023-12-31" },
  { number: "05/QĐ-PT", date: "2024-08-15" },
  { number: "06/QĐ-PT", date: "2024-03-01" },
  { number: "07/QĐ-PT", date: "2025-01-02" },
  ...Array.from({ length: 15 }, (_, i) => ({
    number: `${String(i + 8).padStart(2, "0")}/QĐ-PT`,
    date: `2024-06-${String(10 + (i % 5)).padStart(2, "0")}`,
  })),
];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // Movements are data the office seeds: three share an order, inserted out of code order.
  await db.insert(movements).values([
    { code: "pt_tie_c", name: "Phong trào thử C", sortOrder: 50 },
    { code: "pt_tie_a", name: "Phong trào thử A", sortOrder: 50 },
    { code: "pt_tie_b", name: "Phong trào thử B", sortOrder: 50 },
    { code: "pt_dau", name: "Phong trào thử đầu", sortOrder: 0 },
    { code: "pt_giua", name: "Phong trào thử giữa", sortOrder: 20 },
    { code: "pt_cuoi", name: "Phong trào thử cuối", sortOrder: 90, active: false },
    { code: "pt_sau", name: "Phong trào thử sau", sortOrder: 60 },
  ]);
  conferenceId = await conferenceOf(db, "badinh", "approved");
  people = await addPeople(
    db,
    "badinh",
    [
      { fullName: "Đỗ Văn Phân", gender: "male" },
      { fullName: "Hà Thị Trang", gender: "female" },
    ],
    conferenceId,
  );
  const unit = await t.as("badinh");
  for (const [i, d] of DECISIONS.entries()) {
    const res = await unit.post(`/api/conferences/${conferenceId}/awards`, {
      ...d,
      form: i % 2 === 0 ? "giay_khen_xa" : "giay_khen_huyen",
      recipients: people.slice(0, 1 + (i % 2)).map((personId) => ({ personId })),
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const office = await t.as("vanphong");
  for (const code of ["giay_khen_phan_trang_b", "giay_khen_phan_trang_a"]) {
    const res = await office.post("/api/award-forms", {
      code,
      kind: "award",
      name: `Giấy khen thử phân trang ${code.at(-1)}`,
      certificate: "giay_khen",
      individualPerMille: 300,
      collectivePerMille: null,
      legalBasis: null,
      active: true,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t?.close());

async function walk<T>(user: string, url: (page: number) => string) {
  const client = await t.as(user);
  const pages: Paged<T>[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await client.get(url(page));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Paged<T>;
    expect(body.page).toBe(page);
    pages.push(body);
    if (page * body.limit >= body.total) break;
  }
  const all = pages.flatMap((p) => p.items);
  const total = pages[0]!.total;
  expect(pages.length, "more than one page").toBeGreaterThan(2);
  expect(pages.every((p) => p.total === total)).toBe(true);
  expect(pages.slice(0, -1).every((p) => p.items.length === p.limit)).toBe(true);
  expect(all).toHaveLength(total);
  return { all, total, pages };
}

const byOrderThenCode = (a: { sortOrder: number; code: string }, b: { sortOrder: number; code: string }) =>
  a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

describe("movements: /api/movements?page&limit", () => {
  type Movement = { code: string; sortOrder: number; active: boolean; decisions: number; amount: number };

  it("walks every movement once, by its order then code, each with its counts; total from COUNT", async () => {
    const { all, total } = await walk<Movement>("badinh", (p) => `/api/movements?page=${p}&limit=3`);
    const rows = await t.database.db.select().from(movements);
    expect(total).toBe(rows.length);
    expect(new Set(all.map((m) => m.code)).size).toBe(total);
    expect(all.map((m) => m.code)).toEqual([...rows].sort(byOrderThenCode).map((m) => m.code));
    const codes = all.map((m) => m.code);
    expect(codes.slice(codes.indexOf("pt_tie_a"), codes.indexOf("pt_tie_a") + 3)).toEqual([
      "pt_tie_a",
      "pt_tie_b",
      "pt_tie_c",
    ]);
    // The picker keeps inactive movements out itself; the list holds them.
    expect(all.find((m) => m.code === "pt_cuoi")?.active).toBe(false);
    const [linked] = await t.database.db
      .select({ id: awardDecisions.id })
      .from(awardDecisions)
      .where(eq(awardDecisions.movementCode, "pt_tie_b"));
    const decision = (await (await t.as("badinh")).get(`/api/awards/${linked!.id}`)).json();
    expect(all.find((m) => m.code === "pt_tie_b")).toMatchObject({ decisions: 1, amount: decision.total });
    expect(all.find((m) => m.code === "pt_tie_a")).toMatchObject({ decisions: 0, amount: 0 });
  });

  it("answers every movement on one page by default (100 a page)", async () => {
    const body = (await (await t.as("badinh")).get("/api/movements")).json() as Paged<Movement>;
    expect(body).toMatchObject({ page: 1, limit: 100 });
    expect(body.items).toHaveLength(body.total);
  });
});

describe("a conference's decisions: /api/conferences/:id/awards?page&limit", () => {
  type Decision = { id: string; number: string; date: string; total: number };
  type DecisionPage = Paged<Decision> & { amount: number; amountInWords: string; canEdit: boolean };

  it("walks every decision once, by date then as recorded; the money of them all on every page", async () => {
    const { all, total, pages } = await walk<Decision>(
      "badinh",
      (p) => `/api/conferences/${conferenceId}/awards?page=${p}&limit=5`,
    );
    expect(total).toBe(DECISIONS.length);
    expect(new Set(all.map((d) => d.id)).size).toBe(total);
    const rows = await t.database.db
      .select()
      .from(awardDecisions)
      .where(eq(awardDecisions.conferenceId, conferenceId));
    const expected = [...rows].sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(all.map((d) => d.id)).toEqual(expected.map((d) => d.id));
    expect(all.map((d) => d.number).slice(0, 3)).toEqual(["04/QĐ-PT", "02/QĐ-PT", "06/QĐ-PT"]);
    expect(all.at(-1)?.number).toBe("07/QĐ-PT");
    const money = all.reduce((s, d) => s + d.total, 0);
    expect(money).toBeGreaterThan(0);
    for (const p of pages as DecisionPage[]) {
      expect(p).toMatchObject({ amount: money, amountInWords: moneyInWords(money), canEdit: true });
    }
  });

  it("the list read out at the conference (Word) holds every decision, not a page of them", async () => {
    const res = await (await t.as("badinh")).get(`/api/conferences/${conferenceId}/awards/list.docx`);
    expect(res.statusCode, res.body).toBe(200);
    const text = docxPlainText(readZipText(res.rawPayload, "word/document.xml") ?? "");
    for (const d of DECISIONS) expect(text).toContain(`Quyết định số ${d.number}`);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "award.documents_export"));
    expect(audit?.after).toMatchObject({ document: "reading_list", rows: DECISIONS.length });
  });

  it("a page past the end is empty and still says the total and the money", async () => {
    const res = await (await t.as("hoidong")).get(`/api/conferences/${conferenceId}/awards?page=9&limit=3`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as DecisionPage;
    expect(body).toMatchObject({ items: [], total: DECISIONS.length, page: 9, limit: 3, canEdit: false });
    expect(body.amount).toBeGreaterThan(0);
  });

  it("another unit's conference stays hidden whatever the page (404)", async () => {
    const res = await (await t.as("ngoctrao")).get(`/api/conferences/${conferenceId}/awards?page=2&limit=3`);
    expect(res.statusCode).toBe(404);
  });
});

describe("award forms: /api/award-forms?page&limit", () => {
  type Form = { code: string; sortOrder: number };

  it("walks the catalogue once, by its order then code; the office's new forms last", async () => {
    const { all, total } = await walk<Form>("badinh", (p) => `/api/award-forms?page=${p}&limit=4`);
    const rows = await t.database.db.select().from(awardForms);
    expect(total).toBe(rows.length);
    expect(new Set(all.map((f) => f.code)).size).toBe(total);
    expect(all.map((f) => f.code)).toEqual([...rows].sort(byOrderThenCode).map((f) => f.code));
    expect(all.slice(-2).map((f) => f.code)).toEqual(["giay_khen_phan_trang_b", "giay_khen_phan_trang_a"]);
  });

  it("answers the whole catalogue on one page by default (500 a page), for the pickers", async () => {
    const body = (await (await t.as("badinh")).get("/api/award-forms")).json() as Paged<Form>;
    expect(body).toMatchObject({ page: 1, limit: 500 });
    expect(body.items).toHaveLength(body.total);
  });
});

describe("a bad page or limit is refused in Vietnamese naming the field", () => {
  const awards = () => `/api/conferences/${conferenceId}/awards`;
  it.each([
    ["/api/movements?limit=0", "Số dòng mỗi trang: từ 1"],
    ["/api/movements?limit=501", "Số dòng mỗi trang: tối đa 500"],
    ["/api/movements?limit=abc", "Số dòng mỗi trang: phải là số"],
    ["/api/movements?page=0", "Trang: từ 1"],
    ["awards?limit=0", "Số dòng mỗi trang: từ 1"],
    ["awards?limit=101", "Số dòng mỗi trang: tối đa 100"],
    ["awards?limit=abc", "Số dòng mỗi trang: phải là số"],
    ["awards?page=abc", "Trang: phải là số"],
    ["/api/award-forms?limit=0", "Số dòng mỗi trang: từ 1"],
    ["/api/award-forms?limit=501", "Số dòng mỗi trang: tối đa 500"],
    ["/api/award-forms?limit=abc", "Số dòng mỗi trang: phải là số"],
    ["/api/award-forms?page=1.5", "Trang: số nguyên"],
  ])("%s → 400 %s", async (url, message) => {
    const path = url.startsWith("awards") ? url.replace("awards", awards()) : url;
    const res = await (await t.as("vanphong")).get(path);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toContain(message);
    const field = message.startsWith("Trang") ? "page" : "limit";
    expect(Object.keys(res.json().error.details.fields)).toEqual([field]);
  });
});
