/**
 * In Chromium (issue #12 items 3 and 7): the office, which must use a second factor, is
 * sent to "Bảo mật tài khoản" at its first sign-in, scans the QR code (the test computes the
 * code from the key shown beside it), keeps its recovery codes, signs out and back in with a
 * code. A unit user's burst of refused requests then shows as an alert on the office's home
 * page, which links to the security log filtered on that user.
 */
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ config: { mfaRequiredRoles: ["office", "chairman"] } });
});
afterAll(() => e?.close());

describe("second factor and the security log in the browser", () => {
  it("the office enrols, signs out, signs in with a code, and reads the security alert", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.waitForURL("**/bao-mat-tai-khoan", WAIT);
    await page.getByText("Vai trò của bạn phải dùng xác thực hai lớp").waitFor(WAIT);
    await e.shot(page, "mfa-1-required");

    await page.getByRole("button", { name: "Bắt đầu" }).click();
    const qr = page.getByRole("img", { name: "Mã QR để thêm thidua vào ứng dụng xác thực" });
    await qr.waitFor(WAIT);
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/u);
    const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/u);
    await e.shot(page, "mfa-2-qr");

    await page.getByLabel("Mã xác thực").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Bật xác thực hai lớp" }).click();
    await page.getByText("Lưu các mã khôi phục ngay bây giờ").waitFor(WAIT);
    const codes = await page.getByTestId("recovery-code").allTextContents();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/u);
    await e.shot(page, "mfa-3-recovery-codes");
    await page.getByRole("button", { name: "Tôi đã lưu các mã" }).click();
    await page.getByText("Đã bật", { exact: true }).waitFor(WAIT);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL("**/dang-nhap", WAIT);
    await e.signIn(page, "vanphong");
    await page.getByRole("form", { name: "Xác thực hai lớp" }).waitFor(WAIT);
    await e.shot(page, "mfa-4-code-step");
    // The step after the one used at enrolment: still inside the window, never a reused step.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await page.getByLabel("Mã xác thực").fill(next);
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await page.getByRole("heading", { name: /Xin chào/u }).waitFor(WAIT);

    // A unit user asks for the accounts list again and again (403 each time).
    const unit = new Client(e.app);
    expect((await unit.login("badinh", TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) expect((await unit.get("/api/users")).statusCode).toBe(403);

    await page.reload();
    const alert = page.getByTestId("security-alert");
    await alert.waitFor(WAIT);
    await alert.getByRole("link", { name: "Tài khoản badinh" }).waitFor(WAIT);
    await e.shot(page, "mfa-5-security-alert", false);

    await alert.getByRole("link", { name: "Tài khoản badinh" }).click();
    await page.waitForURL("**/nhat-ky-an-ninh?username=badinh", WAIT);
    await expect.poll(() => page.getByTestId("security-event").count(), WAIT).toBe(10);
    await page.getByText("Bị từ chối (không có quyền)").first().waitFor(WAIT);
    // The request in words, the raw one beneath it (issue #12 item 7).
    const first = page.getByTestId("security-event").first();
    await first.getByText("Xem tài khoản", { exact: true }).waitFor(WAIT);
    await first.getByText("GET /api/users", { exact: true }).waitFor(WAIT);
    await e.shot(page, "mfa-6-security-log");
  });
});
