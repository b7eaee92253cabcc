/**
 * Delegates go up a level (issue #9 "Done when"; SPEC F2, F4, F5, M1), in Chromium:
 * the office allocates the 210 exemplar seats of the town conference by population with a
 * minimum of 2 and publishes (through the quotas API: that page is another feature's);
 * Ba Đình nominates within its quota on its page; Hà Lan over its quota is flagged to the
 * office, who returns it; the office accepts Ba Đình, adds a guest and sends the list; the
 * chairman approves it from the to-do list; the town conference's delegate list is filled;
 * the office exports the package and the province's office imports it — twice, and the
 * second import changes nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegates, persons } from "../../src/server/db/schema/index.ts";
import { conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import { receivingConference } from "../../src/server/modules/nominations/testing/fixtures.ts";
import { Client } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { type E2E, WAIT as POLL, startE2E } from "./harness.ts";

const RETURN_COMMENT = "Vượt chỉ tiêu được phân bổ: đề nghị bớt người rồi gửi lại.";

let e: E2E;
let townId: string;
let provinceId: string;
let quotaBaDinh: number;
let quotaHaLan: number;

async function client(username: string) {
  const c = new Client(e.app);
  const res = await c.login(username, TEST_PASSWORD);
  expect(res.statusCode).toBe(200);
  return c;
}

async function as(page: Page, username: string) {
  await e.context.clearCookies();
  await e.signIn(page, username);
  await page.getByText("Xin chào", { exact: false }).first().waitFor(POLL);
}

const count = async (conferenceId: string) => {
  const r = await e.database.db.execute(sql`
    select count(*)::int as n from nomination_entries x join nominations n on n.id = x.nomination_id
    where n.conference_id = ${conferenceId}`);
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
};

beforeAll(async () => {
  e = await startE2E();
  const db = e.database.db;
  // The office opens the town conference (the one the plan's issuing unit holds).
  const office = await client("vanphong");
  const opened = await office.post("/api/conferences", { kind: "town" });
  expect(opened.statusCode, opened.body).toBe(201);
  townId = opened.json().id;
  expect((await receivingConference(db)).id).toBe(townId);
  provinceId = (await receivingConference(db, "tinhthanhhoa")).id;
  // It allocates 210 exemplar seats by population, minimum 2, compares two what-ifs, publishes.
  const a = (
    await office.post("/api/quotas/simulate", { total: 210, basis: "population", minimum: 2 })
  ).json();
  const b = (
    await office.post("/api/quotas/simulate", { total: 210, basis: "population", minimum: 3 })
  ).json();
  expect(a.sum).toBe(210);
  expect(b.sum).toBe(210);
  const saved = await office.post("/api/quotas/versions", {
    total: 210,
    basis: "population",
    minimum: 2,
    latestVersionNo: 0,
  });
  expect(saved.statusCode).toBe(201);
  const published = await office.post(`/api/quotas/versions/${saved.json().id}/publish`, {
    latestVersionNo: saved.json().versionNo,
  });
  expect(published.statusCode).toBe(200);
  quotaBaDinh = (await (await client("badinh")).get("/api/quotas/mine")).json().seats;
  quotaHaLan = (await (await client("halan")).get("/api/quotas/mine")).json().seats;
  expect(quotaBaDinh).toBeGreaterThanOrEqual(2);
  // Ba Đình's own conference has been held (its lifecycle is another feature's test).
  await conferenceOf(db, "badinh", "held", "pilot");
  // Hà Lan (its conference held in the demo) sends one person more than its quota.
  const halan = await client("halan");
  const people = (await halan.get(`/api/nominations/mine/candidates?limit=${quotaHaLan + 1}`)).json().items;
  const sent = await halan.put("/api/nominations/mine", {
    version: 0,
    entries: people.map((p: { personId: string }) => ({
      personId: p.personId,
      achievement: "Nông dân sản xuất giỏi",
    })),
  });
  await halan.post("/api/nominations/mine/submit", { version: sent.json().nomination.version });
}, 180_000);
afterAll(() => e?.close());

describe("delegates go up a level", () => {
  it("Ba Đình nominates within its quota; the over-quota unit is flagged and returned", {
    timeout: 240_000,
  }, async () => {
    const page = await e.newPage();
    await as(page, "badinh");
    await page.getByRole("link", { name: "Đề cử đại biểu", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("quota").textContent(), POLL)
      .toBe(`Chỉ tiêu của đơn vị: ${quotaBaDinh} đại biểu`);
    const first = page.getByTestId("candidate").first();
    await first.waitFor(POLL);
    const name = ((await first.locator("p").first().textContent()) ?? "").trim();
    // Search without diacritics finds the person.
    const folded = name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/gu, "d")
      .replace(/Đ/gu, "D")
      .toLowerCase();
    await page.getByLabel("Tìm người (gõ không dấu được)").fill(folded);
    await page.getByRole("button", { name: `Chọn ${name}` }).click();
    await page
      .getByLabel(`Thành tích của ${name}`)
      .fill("Chiến sỹ thi đua cơ sở ba năm liền, nhiều sáng kiến.");
    await page.getByLabel("Tìm người (gõ không dấu được)").fill("");
    // The list is back in its order: the first one is picked, take the next.
    const second = page.getByTestId("candidate").nth(1);
    await second.getByRole("button").click();
    await page
      .getByTestId("entry")
      .nth(1)
      .getByRole("textbox")
      .fill("Tổ trưởng tổ dân phố tiêu biểu, vận động hiến đất làm đường.");
    await expect.poll(() => page.getByTestId("count").textContent(), POLL).toBe("Đã chọn: 2");
    expect(await page.getByTestId("over-quota").count()).toBe(0);
    await page.getByRole("button", { name: "Lưu danh sách" }).click();
    await page.getByRole("button", { name: "Gửi đề cử" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi đề cử" }).click();
    await expect.poll(() => page.getByTestId("status").textContent(), POLL).toBe("Đã gửi");
    await e.shot(page, "upward-01-badinh-nominated");

    await as(page, "vanphong");
    await page.getByRole("link", { name: "Tổng hợp đề cử", exact: true }).click();
    const halanRow = page.locator('[data-testid="unit-row"][data-unit-code="halan"]');
    await halanRow.waitFor(POLL);
    expect(await halanRow.getAttribute("data-over")).toBe("true");
    expect(await halanRow.textContent()).toContain(`${quotaHaLan + 1} / ${quotaHaLan}Vượt chỉ tiêu`);
    await expect
      .poll(() => page.getByTestId("over-quota-count").textContent(), POLL)
      .toBe("1 đơn vị vượt chỉ tiêu");
    await e.shot(page, "upward-02-office-over-quota-flagged");
    await halanRow.getByRole("button", { name: "Trả lại Xã Hà Lan" }).click();
    await page.getByLabel("Ý kiến gửi đơn vị").fill(RETURN_COMMENT);
    await page.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await expect.poll(async () => (await halanRow.textContent()) ?? "", POLL).toMatch(/Bị trả lại/u);

    // Nobody accepted yet: the list says so, and neither the chairman nor the downloads are offered.
    await page.getByTestId("list-empty").waitFor(POLL);
    const send = page.getByRole("button", { name: "Trình Chủ tịch" });
    expect(await send.isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Tờ trình (Word)" }).isDisabled()).toBe(true);
    expect(await page.locator("[data-why-disabled]").filter({ has: send }).textContent()).toContain(
      "Danh sách chưa có ai",
    );

    const badinhRow = page.locator('[data-testid="unit-row"][data-unit-code="badinh"]');
    await badinhRow.getByRole("button", { name: "Chấp nhận Phường Ba Đình" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Chấp nhận" }).click();
    await expect.poll(async () => (await badinhRow.textContent()) ?? "", POLL).toMatch(/Đã chấp nhận/u);
    await page.getByLabel("Họ và tên").fill("Trịnh Văn Khách");
    await page.getByLabel("Chức vụ").fill("Phó Bí thư Thường trực Thị ủy");
    await page.getByRole("button", { name: "Thêm khách mời" }).click();
    await expect
      .poll(() => page.locator('[data-testid="list-person"][data-role="guest"]').count(), POLL)
      .toBe(1);
    await page.getByRole("button", { name: "Trình Chủ tịch" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Trình Chủ tịch" }).click();
    await expect.poll(() => page.getByTestId("list-status").textContent(), POLL).toBe("Đã trình Chủ tịch");
    await e.shot(page, "upward-03-office-sent");

    await as(page, "halan");
    await expect.poll(() => page.getByText(RETURN_COMMENT).count(), POLL).toBeGreaterThan(0);
    await page.close();
  });

  it("the chairman approves; the town conference's delegates are filled", { timeout: 180_000 }, async () => {
    const page = await e.newPage();
    await as(page, "chutich");
    const line = page.getByText(/^Phê duyệt danh sách 3 đại biểu/u);
    await line.waitFor(POLL);
    await e.shot(page, "upward-04-chairman-todo");
    await line.click();
    await page.getByRole("button", { name: "Phê duyệt danh sách" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Phê duyệt" }).click();
    await expect.poll(() => page.getByTestId("list-status").textContent(), POLL).toBe("Đã phê duyệt");
    await e.shot(page, "upward-05-chairman-approved");

    const rows = await e.database.db
      .select({ role: delegates.role, name: persons.fullName, by: delegates.nominatedByUnitId })
      .from(delegates)
      .innerJoin(persons, eq(persons.id, delegates.personId))
      .where(eq(delegates.conferenceId, townId));
    expect(rows.filter((r) => r.role === "exemplar" && r.by !== null)).toHaveLength(2);
    expect(rows.filter((r) => r.role === "guest").map((r) => r.name)).toEqual(["Trịnh Văn Khách"]);
    await page.close();
  });

  it("the package is exported and imported by the province's office; twice changes nothing", {
    timeout: 180_000,
  }, async () => {
    const page = await e.newPage();
    await as(page, "vanphong");
    await page.getByRole("link", { name: "Tổng hợp đề cử", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Gói gửi cấp trên (JSON)" }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-goi-")), "goi-bimson.json");
    await download.saveAs(file);
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(pkg).toMatchObject({ formatVersion: 1, sender: { unit: { code: "bimson" } } });

    await as(page, "tinh_vanphong");
    await page.getByRole("link", { name: "Nhập danh sách cấp dưới", exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole("button", { name: "Nhập gói" }).click();
    await expect
      .poll(() => page.getByTestId("import-result").textContent(), POLL)
      .toMatch(/Đã nhập 2 đại biểu điển hình do Thị xã Bỉm Sơn đề cử \(bỏ qua 1 khách mời/u);
    expect(await count(provinceId)).toBe(2);
    await e.shot(page, "upward-07-province-imported");

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole("button", { name: "Nhập gói" }).click();
    await expect
      .poll(() => page.getByTestId("import-result").textContent(), POLL)
      .toMatch(/đã được nhập trước đây: không thêm ai/u);
    expect(await count(provinceId)).toBe(2);
    await e.shot(page, "upward-08-province-imported-twice");

    await page.getByRole("link", { name: "Tổng hợp đề cử", exact: true }).click();
    const row = page.locator('[data-testid="unit-row"][data-unit-code="bimson"]');
    await row.waitFor(POLL);
    expect(await row.textContent()).toMatch(/Đã gửi \(gói cấp dưới\)/u);
    await e.shot(page, "upward-09-province-overview");
    await page.close();
  });
});
