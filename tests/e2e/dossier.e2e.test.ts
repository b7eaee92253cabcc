/**
 * Issue #8 item 2, in Chromium: a unit uploads a dossier item (G2), the office returns it
 * with a comment from its overview (G3), and the unit sees the returned item and the comment.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const COMMENT = "Biên bản chưa có chữ ký của thư ký Hội nghị; đề nghị bổ sung rồi gửi lại.";
const WAIT = { timeout: 30_000 };

function samplePdf(): string {
  const body = [
    "%PDF-1.4",
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj",
    "trailer<</Root 1 0 R>>",
    "%%EOF",
  ].join("\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-e2e-")), "bien-ban-ngoc-trao.pdf");
  fs.writeFileSync(file, body);
  return file;
}

describe("dossiers", () => {
  it("a unit uploads and sends an item, the office returns it with a comment, the unit sees it", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hồ sơ sau Hội nghị", exact: true }).click();
    const minutes = page.locator('[data-testid="dossier-line"][data-code="minutes"]');
    await minutes.waitFor(WAIT);
    await minutes.getByLabel("Tải lên tệp: Biên bản Hội nghị").setInputFiles(samplePdf());
    await minutes.getByText("bien-ban-ngoc-trao.pdf").waitFor(WAIT);
    await page.getByRole("button", { name: /Gửi hồ sơ \(1 mục chưa gửi\)/u }).click();
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
