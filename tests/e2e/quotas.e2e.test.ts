/**
 * Issue #9 items 1–2 (SPEC F1, F2) in Chromium: the office opens the town conference, sets
 * 300 seats with 210 exemplars, allocates them by population with a minimum of 2, compares
 * two what-ifs (210, then 211 seats) beside each other, saves and publishes; Ba Đình's clerk
 * sees "Chỉ tiêu của đơn vị: N đại biểu" on the home page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXED_NOW } from "../helpers/constants.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ clock: { now: () => FIXED_NOW } });
});
afterAll(() => e?.close());

describe("seats and quotas", () => {
  let badinhSeats = "";

  it("the office sets the seats, compares two what-ifs and publishes an allocation by population", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);

    // The higher conference, opened from the conferences page.
    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    await page.getByRole("button", { name: "Tạo hội nghị" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Hội nghị điển hình tiên tiến cấp", { exact: false }).check();
    await dialog.getByRole("button", { name: "Tạo hội nghị" }).click();
    await page.waitForURL(/\/hoi-nghi\/[0-9a-f-]{36}$/u, WAIT);

    await page.getByRole("link", { name: "Chỉ tiêu đại biểu", exact: true }).click();
    await page.getByText("Đang hiển thị số mặc định theo kế hoạch", { exact: false }).waitFor(WAIT);
    await page.getByLabel("Tổng số đại biểu").fill("300");
    await page.getByLabel("Đại biểu điển hình tiên tiến", { exact: true }).fill("210");
    expect(await page.getByLabel("Số khách mời").textContent()).toBe("90");
    await page.getByRole("button", { name: "Lưu số đại biểu" }).click();
    await page.getByText("Đã lưu số đại biểu", { exact: false }).waitFor(WAIT);
    await e.shot(page, "quotas-01-seats", false);

    // First what-if: 210 seats by population, minimum 2.
    await page.getByLabel("Căn cứ phân bổ").first().click();
    await page.getByRole("option", { name: "Dân số" }).click();
    await page.getByLabel("Tổng chỉ tiêu").fill("210");
    await page.getByLabel("Tối thiểu mỗi đơn vị").fill("2");
    await page.getByRole("button", { name: "Tính thử" }).click();
    const table = page.getByRole("table", { name: "So sánh phương án phân bổ" });
    await table.waitFor(WAIT);
    const footer = table.locator("tfoot");
    await expect.poll(async () => footer.textContent(), WAIT).toContain("210");
    await page.getByText("Lệch lớn nhất so với phần chính xác", { exact: false }).waitFor(WAIT);

    // Second what-if: one more seat, shown beside the first.
    await page.getByLabel("Tổng chỉ tiêu").fill("211");
    await page.getByRole("button", { name: "Tính thử" }).click();
    await table.getByText("Lần tính trước (210)").waitFor(WAIT);
    await table.getByText("Phương án mới (211)").waitFor(WAIT);
    await e.shot(page, "quotas-02-two-what-ifs");

    // Back to 210, saved and published.
    await page.getByLabel("Tổng chỉ tiêu").fill("210");
    await page.getByRole("button", { name: "Tính thử" }).click();
    await table.getByText("Phương án mới (210)").waitFor(WAIT);
    const row = table.getByRole("row").filter({ hasText: "Phường Ba Đình" });
    badinhSeats = ((await row.locator("td").nth(4).textContent()) ?? "").trim();
    expect(Number(badinhSeats)).toBeGreaterThanOrEqual(2);
    await page.getByRole("button", { name: "Lưu phương án" }).click();
    await page.getByText("Đã lưu phương án số 1", { exact: false }).waitFor(WAIT);
    await page.getByRole("button", { name: "Công bố phương án số 1" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Công bố", exact: true }).click(WAIT);
    await page.getByText("Đang công bố", { exact: true }).waitFor(WAIT);
    await page.getByText("Đang công bố: phương án số 1, 210 chỉ tiêu.").waitFor(WAIT);

    // A what-if now sits beside the published allocation.
    await page.getByLabel("Tổng chỉ tiêu").fill("211");
    await page.getByRole("button", { name: "Tính thử" }).click();
    await table.getByText("Hiện tại (PA số 1)").waitFor(WAIT);
    await e.shot(page, "quotas-03-published");
  });

  it("Ba Đình's clerk sees the unit's quota on the home page", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "badinh");
    await page.getByText(`Chỉ tiêu của đơn vị: ${badinhSeats} đại biểu`).waitFor(WAIT);
    await e.shot(page, "quotas-04-unit-home", false);
  });
});
