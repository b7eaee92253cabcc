/**
 * Issue #8 item 8 (SPEC K3) in Chromium: the chairman opens "Báo cáo giao ban", reads the
 * counts, the late and overdue units by name and what awaits a decision, chooses another day,
 * and sees the print layout without the app's frame. The server runs on the demo plan's day.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXED_NOW } from "../helpers/constants.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E({ clock: { now: () => FIXED_NOW } });
});
afterAll(() => e?.close());

describe("giao ban report", () => {
  it("the chairman reads today's report, picks a past day, and prints it", async () => {
    const page = await e.newPage();
    await e.signIn(page, "chutich");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Báo cáo giao ban", exact: true }).click();
    await page
      .getByText("Giao ban tình hình tổ chức Hội nghị điển hình tiên tiến ngày 25/03/2020")
      .waitFor(WAIT);
    const unitPlan = page.getByTestId("briefing-unit_plan");
    await unitPlan.getByText("Hoàn thành muộn:", { exact: false }).waitFor(WAIT);
    expect(await unitPlan.textContent()).toContain("Phường Phú Sơn (7 ngày)");
    expect(await unitPlan.textContent()).toContain("Quá hạn:");
    await page.getByTestId("briefing-awaiting").waitFor(WAIT);
    await e.shot(page, "briefing-01-today");

    await page.getByLabel("Ngày giao ban").fill("01/03/2020");
    await page.getByRole("button", { name: "Xem báo cáo" }).click();
    await page.getByText("ngày 01/03/2020", { exact: false }).first().waitFor(WAIT);
    expect(page.url()).toContain("ngay=2020-03-01");

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Điều hướng chính" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "In báo cáo" }).isVisible()).toBe(false);
    await e.shot(page, "briefing-02-print");
  });
});
