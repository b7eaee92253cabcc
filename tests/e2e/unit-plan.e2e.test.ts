import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, WAIT as POLL, startE2E } from "./harness.ts";
import { samplePdfFile } from "./sample-files.ts";

/** Polled waits sized for a busy 2-core CI machine (the default is 1 s). */

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const COMMENT = "Đề nghị bổ sung thời gian, địa điểm và thành phần đại biểu mời dự.";

/** A small real PDF: the server checks uploads by content, not by name. */

describe("unit plans", () => {
  it("(c) the office returns a unit plan with a comment and the unit sees it", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(POLL);
    await page.getByRole("link", { name: "Kế hoạch đơn vị", exact: true }).click();
    await page
      .getByLabel("Tệp kế hoạch (PDF hoặc Word .docx)")
      .setInputFiles(samplePdfFile("ke-hoach-ngoc-trao.pdf"));
    await page.getByText("ke-hoach-ngoc-trao.pdf").first().waitFor(POLL);
    await page.getByRole("button", { name: "Nộp kế hoạch" }).click();
    const confirm = page.getByRole("dialog").getByRole("button", { name: "Nộp kế hoạch" });
    await confirm.click();
    await page.getByText("Đã nộp kế hoạch", { exact: true }).waitFor(POLL);
    await expect
      .poll(() => page.getByTestId("unit-plan-status").first().textContent(), POLL)
      .toMatch(/Đã gửi/u);
    await e.shot(page, "unit-plan-01-sent");

    await e.context.clearCookies();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(POLL);
    await page.getByRole("link", { name: "Kế hoạch đơn vị", exact: true }).click();
    const row = page.locator('[data-testid="unit-plan-row"][data-unit-code="ngoctrao"]');
    await row.waitFor(POLL);
    expect((await row.textContent()) ?? "").toMatch(/Muộn [\d.]+ ngày/u);
    await row.getByRole("button", { name: "Trả lại" }).click();
    await page.getByLabel("Ý kiến trả lại").fill(COMMENT);
    await page.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await expect.poll(async () => (await row.textContent()) ?? "", POLL).toMatch(/Bị trả lại/u);
    await e.shot(page, "unit-plan-02-office-returned");

    await e.context.clearCookies();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(POLL);
    await page.getByRole("link", { name: "Kế hoạch đơn vị", exact: true }).click();
    const comment = page.getByTestId("unit-plan-return-comment");
    await comment.waitFor(POLL);
    expect(await comment.textContent()).toContain(COMMENT);
    await e.shot(page, "unit-plan-03-unit-sees-comment");
    await page.close();
  });
});
