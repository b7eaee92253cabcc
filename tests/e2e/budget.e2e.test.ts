/**
 * Issue #14 item 4 (SPEC I1, plan III.4): finance and the chairman take a budget from
 * estimate to settlement with a line over its norm flagged. Xã Hà Lan's demo budget is a
 * draft whose meal support (120.000 đ) is over the commune's norm (100.000 đ, TT 40/2017).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";
import { samplePdfFile } from "./sample-files.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe("a conference budget from estimate to settlement", () => {
  it("office drafts, finance reviews, the chairman approves from the to-do list, actuals with a receipt, finance settles", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    // The sign-in must have landed before the next address is opened.
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Kinh phí hội nghị", exact: true }).click(WAIT);
    const table = page.getByTestId("budgets-table");
    await table.waitFor(WAIT);
    await table
      .getByRole("row", { name: /Xã Hà Lan/u })
      .getByRole("link")
      .click(WAIT);
    const warnings = page.getByTestId("norm-warnings");
    await warnings.waitFor(WAIT);
    expect(await warnings.textContent()).toContain("vượt định mức 100.000 đ/người/ngày");
    expect(await warnings.textContent()).toContain("Thông tư 40/2017/TT-BTC");
    expect(await page.getByTestId("estimate-words").textContent()).toContain("đồng");
    await e.shot(page, "budget-01-draft-over-norm");
    const budgetUrl = page.url();
    await page.getByRole("button", { name: "Gửi Tài chính thẩm định" }).click(WAIT);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: "Gửi Tài chính thẩm định", exact: true })
      .click(WAIT);
    await page
      .getByTestId("budget-status")
      .getByText("Chờ Phòng Tài chính – Kế hoạch thẩm định")
      .waitFor(WAIT);

    await e.context.clearCookies();
    await e.signIn(page, "taichinh");
    // The sign-in must have landed before the next address is opened.
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    const review = page.getByTestId("todo-review_budgets");
    await review.getByTestId("todo-line").first().waitFor(WAIT);
    await review.getByRole("link").first().click(WAIT);
    await page.getByRole("button", { name: "Thẩm định xong, trình Chủ tịch" }).click(WAIT);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: "Thẩm định xong, trình Chủ tịch", exact: true })
      .click(WAIT);
    await page.getByTestId("budget-status").getByText("Chờ Chủ tịch UBND phê duyệt").waitFor(WAIT);

    await e.context.clearCookies();
    await e.signIn(page, "chutich");
    // The sign-in must have landed before the next address is opened.
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    const approvals = page.getByTestId("todo-office_work");
    const line = approvals.getByTestId("todo-line").filter({ hasText: "Xã Hà Lan" });
    await line.waitFor(WAIT);
    await e.shot(page, "budget-02-chairman-home");
    await line.getByRole("link").click(WAIT);
    // The flagged line is still shown to the chairman, who approves it as it stands.
    await page.locator('[data-over-norm="true"]').first().waitFor(WAIT);
    await page.getByRole("button", { name: "Phê duyệt", exact: true }).click(WAIT);
    await page.getByRole("dialog").getByRole("button", { name: "Phê duyệt", exact: true }).click(WAIT);
    await page.getByTestId("budget-status").getByText("Đã phê duyệt, đang chi").waitFor(WAIT);

    await e.context.clearCookies();
    await e.signIn(page, "vanphong");
    // The sign-in must have landed before the next address is opened.
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.goto(budgetUrl);
    const actuals = [1_800_000, 1_500_000, 1_600_000, 1_500_000, 3_000_000];
    for (const [i, v] of actuals.entries()) {
      const input = page.getByLabel(`Thực chi dòng ${i + 1}`);
      await input.waitFor(WAIT);
      await input.fill(String(v));
    }
    await page.getByRole("button", { name: "Lưu số thực chi" }).click(WAIT);
    await page.getByTestId("total-actual").getByText("9.400.000 đ").waitFor(WAIT);
    await page.locator('input[type="file"]').first().setInputFiles(samplePdfFile("hoa-don-hoi-truong.pdf"));
    await page.getByRole("link", { name: "hoa-don-hoi-truong.pdf" }).waitFor(WAIT);
    // Estimate 2.000.000 + 1.500.000 + 1.600.000 + 1.600.000 + 3.600.000 = 10.300.000.
    expect(await page.getByTestId("total-variance").textContent()).toContain("−900.000");

    await e.context.clearCookies();
    await e.signIn(page, "taichinh");
    // The sign-in must have landed before the next address is opened.
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.goto(budgetUrl);
    await page.getByTestId("budget-status").getByText("Đã phê duyệt, đang chi").waitFor(WAIT);
    await page
      .getByTestId("budget-steps")
      .getByRole("button", { name: "Quyết toán", exact: true })
      .click(WAIT);
    await page.getByRole("dialog").getByRole("button", { name: "Quyết toán", exact: true }).click(WAIT);
    await page.getByTestId("budget-status").getByText("Đã quyết toán").waitFor(WAIT);
    expect(await page.getByTestId("peer-costs").textContent()).toContain("Xã Quang Trung");
    await e.shot(page, "budget-03-settled");
    await page.close();
  }, 300_000);
});
