/**
 * Issue #2 "Done when", in Chromium: what the office and a unit user see,
 * a wrong password, and a units import with bad rows that changes nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe("foundation in the browser", () => {
  it("shows a Vietnamese error for a wrong password", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong", "sai-mat-khau");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), WAIT).toMatch(/Tên đăng nhập hoặc mật khẩu không đúng/u);
    await e.shot(page, "foundation-01-wrong-password");
    await page.close();
  });

  it("the office signs in and sees the 8 xã/phường and the other units", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await e.shot(page, "foundation-02-office-home");
    await page.getByRole("link", { name: "Đơn vị", exact: true }).click();
    // Mantine's SegmentedControl hides the radio input; its visible label is what a user clicks.
    await page.getByText("Bảng", { exact: true }).click();
    const rows = page.getByTestId("unit-row");
    await rows.first().waitFor(WAIT);
    const codes = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-unit-code")));
    for (const ward of [
      "badinh",
      "ngoctrao",
      "bacson",
      "lamson",
      "dongson",
      "phuson",
      "quangtrung",
      "halan",
    ]) {
      expect(codes).toContain(ward);
    }
    expect(codes).toEqual(expect.arrayContaining(["noivu", "hoiphunu", "moitruong", "ximang"]));
    // Bỉm Sơn's 25 units, and above them tỉnh Thanh Hóa with its Sở Nội vụ (levels as data, M1).
    expect(codes).toEqual(expect.arrayContaining(["bimson", "tinhthanhhoa"]));
    expect(codes.length).toBe(27);
    const text = (await page.locator("table").first().textContent()) ?? "";
    expect(text.match(/Phường|Xã/gu)?.length).toBeGreaterThanOrEqual(8);
    await e.shot(page, "foundation-03-office-units");

    // Search ignores diacritics and case (E5).
    await page.getByLabel("Tìm đơn vị").fill("dong son");
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    expect(await rows.first().textContent()).toContain("Phường Đông Sơn");
    await page.close();
  });

  it("a unit user sees only its own unit", async () => {
    const page = await e.newPage();
    await e.context.clearCookies();
    await e.signIn(page, "badinh");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await expect
      .poll(() => page.getByRole("link", { name: "Tài khoản", exact: true }).count(), { timeout: 30_000 })
      .toBe(0);
    await page.getByRole("link", { name: "Đơn vị", exact: true }).click();
    const shown = page.locator('[data-testid="unit-row"], [data-testid="unit-tree-item"]');
    await shown.first().waitFor(WAIT);
    await expect.poll(() => shown.count(), WAIT).toBe(1);
    expect(await shown.first().getAttribute("data-unit-code")).toBe("badinh");
    const body = await page.locator("main").textContent();
    expect(body).toContain("Phường Ba Đình");
    expect(body).not.toContain("Phường Ngọc Trạo");
    await e.shot(page, "foundation-04-unit-user-units");
    await page.close();
  });

  it("a units import with bad rows lists each error and changes nothing", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    const before = await page.evaluate(
      async () => (await (await fetch("/api/units?includeInactive=true")).json()).items.length,
    );

    const file = await badUnitsFile();
    await page.getByRole("link", { name: "Đơn vị", exact: true }).click();
    await page.getByRole("button", { name: "Nhập từ Excel" }).click();
    await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles(file);
    const errors = page.getByTestId("import-error");
    await errors.first().waitFor(WAIT);
    expect(await errors.count()).toBe(3);
    const all = (await errors.allInnerTexts()).join("\n");
    expect(all).toMatch(/Tên đơn vị/u);
    expect(all).toMatch(/Số lao động/u);
    expect(all).toMatch(/Loại/u);
    await page.getByText("Chưa nhập dòng nào").waitFor(WAIT);
    expect(await page.getByRole("button", { name: "Nhập", exact: true }).isDisabled()).toBe(true);
    await e.shot(page, "foundation-05-import-errors");

    const after = await page.evaluate(
      async () => (await (await fetch("/api/units?includeInactive=true")).json()).items.length,
    );
    expect(after).toBe(before);
    await page.close();
  });
});

async function badUnitsFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  ws.addRow(["DANH SÁCH ĐƠN VỊ"]);
  ws.addRow([]);
  ws.addRow([
    "Mã đơn vị",
    "Tên đơn vị",
    "Loại",
    "Mã đơn vị cấp trên",
    "Số lao động",
    "Dân số",
    "Cụm thi đua",
  ]);
  ws.addRow(["tdp1", "Tổ dân phố số 1", "Cơ quan", "bimson", null, null, null]);
  ws.addRow(["tdp2", "", "Cơ quan", "bimson", null, null, null]);
  ws.addRow(["dn9", "Công ty TNHH Mẫu", "Doanh nghiệp", "bimson", "nhiều", null, null]);
  ws.addRow(["htx1", "Hợp tác xã Mẫu", "Hợp tác xã", "bimson", null, null, null]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-e2e-"));
  const file = path.join(dir, "don-vi-loi.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}
