import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";
import { samplePdfFile } from "./sample-files.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const COMMENT = "Báo cáo tổng kết chưa nêu phương hướng 5 năm tới; đề nghị bổ sung rồi gửi lại.";

describe("to-do lists on the home page", () => {
  it("the unit sees the dossier item the office returned first, with the comment", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const report = page.locator('[data-testid="dossier-line"][data-code="summary_report"]');
    await report.waitFor(WAIT);
    await report
      .getByLabel("Tải lên tệp: Báo cáo tổng kết Hội nghị")
      .setInputFiles(samplePdfFile("bao-cao-tong-ket.pdf"));
    await report.getByText("bao-cao-tong-ket.pdf").waitFor(WAIT);
    await page.getByRole("button", { name: "Gửi 1 mục hồ sơ", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi hồ sơ" }).click();
    await report.locator('[data-testid="dossier-item"][data-status="submitted"]').waitFor(WAIT);

    // The office's to-do list counts the items awaiting review (oldest first); it reviews from the dossiers page.
    await e.context.clearCookies();
    await e.signIn(page, "vanphong");
    const queue = page.getByTestId("todo-review_dossiers");
    await queue.getByTestId("todo-line").first().waitFor(WAIT);
    await e.shot(page, "todo-01-office-home");
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const row = page.locator('[data-testid="dossier-row"][data-unit-code="ngoctrao"]');
    await row.waitFor(WAIT);
    await row.getByRole("link", { name: "Phường Ngọc Trạo" }).click();
    const sent = page.locator('[data-testid="dossier-line"][data-code="summary_report"]');
    await sent.getByRole("button", { name: "Trả lại" }).click(WAIT);
    await page.getByLabel("Ý kiến trả lại").fill(COMMENT);
    await page.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await sent.locator('[data-testid="dossier-item"][data-status="returned"]').waitFor(WAIT);

    await e.context.clearCookies();
    await e.signIn(page, "ngoctrao");
    const first = page.getByTestId("todo-line").first();
    await first.waitFor(WAIT);
    expect(await first.textContent()).toContain("Hồ sơ bị trả lại: Báo cáo tổng kết Hội nghị");
    expect(await first.textContent()).toContain(COMMENT);
    expect(await first.textContent()).toContain("Bị trả lại");
    await e.shot(page, "todo-02-unit-home-returned-first");
    await first.getByRole("link").click();
    await page.getByTestId("dossier-return-comment").waitFor(WAIT);
    await page.close();
  });

  it("the Council sees the pilot conference awaiting its approval on its home page", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "hoidong");
    const queue = page.getByTestId("todo-review_conferences");
    await queue.waitFor(WAIT);
    expect(await queue.textContent()).toContain("Hội nghị điểm chờ Hội đồng duyệt");
    const line = queue.getByRole("link", { name: /Duyệt hội nghị điểm$/u }).first();
    await line.waitFor(WAIT);
    expect(await line.textContent()).toContain("Hội Liên hiệp Phụ nữ");
    await e.shot(page, "todo-03-council-home");
    await line.click();
    await page.waitForURL(/\/hoi-nghi\/[0-9a-f-]{36}/u, WAIT);
    await page.close();
  });

  it("Phòng Tài chính – Kế hoạch sees its own office's overdue plan and its office work", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "taichinh");
    const next = page.getByTestId("todo-next");
    await next.waitFor(WAIT);
    expect(await next.textContent()).toMatch(/Quá hạn [\d.]+ ngày/u);
    expect(await page.getByTestId("todo-review_budgets").textContent()).toContain("dự toán");
    await e.shot(page, "todo-04-finance-home");
    await page.close();
  });
});
