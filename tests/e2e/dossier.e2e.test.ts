import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";
import { samplePdfFile } from "./sample-files.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const COMMENT = "Biên bản chưa có chữ ký của thư ký Hội nghị; đề nghị bổ sung rồi gửi lại.";

describe("dossiers", () => {
  it("a unit uploads and sends an item, the office returns it with a comment, the unit sees it", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const minutes = page.locator('[data-testid="dossier-line"][data-code="minutes"]');
    await minutes.waitFor(WAIT);
    await minutes
      .getByLabel("Tải lên tệp: Biên bản Hội nghị")
      .setInputFiles(samplePdfFile("bien-ban-ngoc-trao.pdf"));
    await minutes.getByText("bien-ban-ngoc-trao.pdf").waitFor(WAIT);
    await page.getByRole("button", { name: "Gửi 1 mục hồ sơ", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi hồ sơ" }).click();
    await minutes.locator('[data-testid="dossier-item"][data-status="submitted"]').waitFor(WAIT);
    expect(await minutes.getByTestId("dossier-item-status").textContent()).toContain("Đã gửi, chờ duyệt");
    await e.shot(page, "dossier-01-unit-sent");

    await e.context.clearCookies();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const row = page.locator('[data-testid="dossier-row"][data-unit-code="ngoctrao"]');
    await row.waitFor(WAIT);
    expect((await row.textContent()) ?? "").toContain("1/5");
    await e.shot(page, "dossier-02-office-overview");
    await row.getByRole("link", { name: "Phường Ngọc Trạo" }).click();
    const sent = page.locator('[data-testid="dossier-line"][data-code="minutes"]');
    await sent.getByRole("button", { name: "Trả lại" }).click(WAIT);
    await page.getByLabel("Ý kiến trả lại").fill(COMMENT);
    await page.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
    await sent.locator('[data-testid="dossier-item"][data-status="returned"]').waitFor(WAIT);
    await e.shot(page, "dossier-03-office-returned");

    await e.context.clearCookies();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const comment = page.getByTestId("dossier-return-comment");
    await comment.waitFor(WAIT);
    expect(await comment.textContent()).toContain(COMMENT);
    expect(await minutes.getByTestId("dossier-item-status").textContent()).toContain("Bị trả lại");
    await expect(minutes.getByRole("button", { name: "Gửi lại mục này" }).isVisible()).resolves.toBe(true);
    await e.shot(page, "dossier-04-unit-sees-comment");
    await page.close();
  });
});
