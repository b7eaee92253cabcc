/**
 * Issue #14 item 3 on the web: Ba Đình's clerk opens "Mẫu in giấy khen", uploads an image of
 * the ward's pre-printed Giấy khen blank, drags the recipient's box with the pointer, nudges
 * it 1 mm with an arrow key, saves, reloads and finds it where it was; prints the calibration
 * page. Then the office keeps its data: a new base salary on "Danh mục khen thưởng".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe("certificate blank and layout", () => {
  it("uploads a blank, drags a field, saves, reloads and prints the calibration page", async () => {
    const page = await e.newPage();
    await page.setViewportSize({ width: 1400, height: 1000 });
    await e.signIn(page, "badinh");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Mẫu in giấy khen", exact: true }).click();
    await page.getByRole("heading", { name: "Mẫu in giấy khen, bằng khen" }).waitFor(WAIT);
    await page.getByText("Chưa có ảnh phôi", { exact: false }).waitFor(WAIT);

    // A blank drawn in the browser: a double red border and the heading, as a clerk's scan would show.
    const dataUrl = await page.evaluate(() => {
      const c = document.createElement("canvas");
      c.width = 1188;
      c.height = 840;
      const g = c.getContext("2d")!;
      g.fillStyle = "#fffdf2";
      g.fillRect(0, 0, c.width, c.height);
      g.strokeStyle = "#b22222";
      g.lineWidth = 14;
      g.strokeRect(30, 30, c.width - 60, c.height - 60);
      g.lineWidth = 4;
      g.strokeRect(56, 56, c.width - 112, c.height - 112);
      g.fillStyle = "#b22222";
      g.font = "bold 64px serif";
      g.textAlign = "center";
      g.fillText("GIẤY KHEN", c.width / 2, 260);
      g.font = "28px serif";
      g.fillText("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG", c.width / 2, 170);
      return c.toDataURL("image/png");
    });
    const png = Buffer.from(dataUrl.split(",")[1]!, "base64");
    await page.locator('input[type="file"]').setInputFiles({
      name: "Phôi giấy khen phường Ba Đình.png",
      mimeType: "image/png",
      buffer: png,
    });
    await page.getByText("Đã tải lên ảnh phôi").first().waitFor(WAIT);
    const img = page.getByRole("img", { name: "Ảnh phôi của đơn vị" });
    await img.waitFor(WAIT);
    await page.waitForFunction(
      () =>
        (document.querySelector('img[alt="Ảnh phôi của đơn vị"]') as HTMLImageElement | null)
          ?.naturalWidth === 1188,
      null,
      WAIT,
    );

    const box = page.getByTestId("field-recipient");
    const x0 = Number(await box.getAttribute("data-x-mm"));
    const y0 = Number(await box.getAttribute("data-y-mm"));
    const canvas = await page.getByTestId("blank-canvas").boundingBox();
    const b = await box.boundingBox();
    expect(canvas && b).toBeTruthy();
    const pxPerMm = canvas!.width / 297;
    // Drag 20 mm right and 10 mm up with the pointer.
    await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2);
    await page.mouse.down();
    await page.mouse.move(b!.x + b!.width / 2 + 10 * pxPerMm, b!.y + b!.height / 2 - 5 * pxPerMm, {
      steps: 5,
    });
    await page.mouse.move(b!.x + b!.width / 2 + 20 * pxPerMm, b!.y + b!.height / 2 - 10 * pxPerMm, {
      steps: 5,
    });
    await page.mouse.up();
    const x1 = Number(await box.getAttribute("data-x-mm"));
    const y1 = Number(await box.getAttribute("data-y-mm"));
    expect(Math.abs(x1 - (x0 + 20))).toBeLessThanOrEqual(1);
    expect(Math.abs(y1 - (y0 - 10))).toBeLessThanOrEqual(1);
    // One more millimetre to the left with the keyboard, and a larger font.
    await box.focus();
    await page.keyboard.press("ArrowLeft");
    expect(Number(await box.getAttribute("data-x-mm"))).toBe(x1 - 1);
    await page.getByLabel("Cỡ chữ (pt)").fill("24");
    await e.shot(page, "certificate-layout-01-placed", false);
    await page.getByRole("button", { name: "Lưu vị trí in" }).click();
    await page.getByText("Đã lưu vị trí in").first().waitFor(WAIT);

    await page.reload();
    await page.getByRole("heading", { name: "Mẫu in giấy khen, bằng khen" }).waitFor(WAIT);
    const again = page.getByTestId("field-recipient");
    await again.waitFor(WAIT);
    expect(Number(await again.getAttribute("data-x-mm"))).toBe(x1 - 1);
    expect(Number(await again.getAttribute("data-y-mm"))).toBe(y1);
    await page.getByText("Ảnh phôi: Phôi giấy khen phường Ba Đình.png", { exact: false }).waitFor(WAIT);
    await img.waitFor(WAIT);
    await e.shot(page, "certificate-layout-02-reloaded", false);

    const [pdf] = await Promise.all([
      page.waitForEvent("download", WAIT),
      page.getByRole("link", { name: "In trang căn chỉnh" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/căn chỉnh.*\.pdf$/u);
    const bytes = fs.readFileSync(await pdf.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Kept beside the system's temporary files to render to PNG and look at (pdftoppm).
    fs.writeFileSync(path.join(os.tmpdir(), "certificate-layout-calibration.pdf"), bytes);
  });

  it("the office adds a base salary on Danh mục khen thưởng", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByRole("link", { name: "Danh mục khen thưởng", exact: true }).click();
    await page.getByRole("heading", { name: "Danh mục khen thưởng" }).waitFor(WAIT);
    const table = page.getByRole("table", { name: "Mức lương cơ sở" });
    await table.getByText("Nghị định số 73/2024/NĐ-CP").waitFor(WAIT);
    await page.getByRole("button", { name: "Thêm mức lương cơ sở" }).click();
    const dialog = page.getByRole("dialog", { name: "Thêm mức lương cơ sở" });
    await dialog.getByLabel("Áp dụng từ ngày").fill("01/07/2099");
    await dialog.getByLabel("Mức lương cơ sở (đồng/tháng)").fill("2530000");
    await dialog.getByLabel("Căn cứ").fill("Nghị định thử nghiệm");
    await dialog.getByRole("button", { name: "Thêm" }).click();
    await page.getByText("Đã thêm mức lương cơ sở").first().waitFor(WAIT);
    const row = table.getByRole("row", { name: /01\/07\/2099/u });
    await row.waitFor(WAIT);
    expect(await row.innerText()).toContain("Hai triệu năm trăm ba mươi nghìn đồng");
    await page.getByRole("tab", { name: "Hình thức khen thưởng" }).click();
    await page.getByRole("table", { name: "Hình thức khen thưởng" }).getByText("giay_khen_xa").waitFor(WAIT);
    await e.shot(page, "award-data-01-forms", false);
  });
});
