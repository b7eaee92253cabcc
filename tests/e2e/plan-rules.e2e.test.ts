/**
 * Issue #7 item 1 in Chromium: the office's "Quy định về hội nghị" section names every
 * value with the domain's labels (src/domain/plan/rule-labels.ts), with units, and a
 * changed cap is saved and refused with the same names (SPEC A2, D3).
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, SCREENSHOTS, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** The section alone, at full width, to look at. */
async function shotOf(section: Locator, name: string) {
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function openRules(page: Page) {
  await page.goto(`${e.baseUrl}/ke-hoach/sua`);
  const section = page.getByRole("region", { name: "Quy định về hội nghị" });
  await section.waitFor(WAIT);
  return section;
}

describe("plan rule values in the browser", () => {
  it("shows each value under its Vietnamese name with its unit, saves a new cap, names a refused value", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    const section = await openRules(page);

    const town = section.getByLabel("Số đại biểu tối đa của Hội nghị cấp Thị xã", { exact: true });
    await expect.poll(() => town.inputValue(), WAIT).toBe("300 đại biểu");
    const unit = section.getByLabel("Số đại biểu tối đa của Hội nghị xã, phường, cơ quan, đoàn thể", {
      exact: true,
    });
    expect(await unit.inputValue()).toBe("150 đại biểu");
    const threshold = section.getByLabel("Ngưỡng số lao động của doanh nghiệp", { exact: true });
    expect(await threshold.inputValue()).toBe("200 lao động");
    expect(await section.getByLabel("Số người Chủ tọa tối thiểu", { exact: true }).inputValue()).toBe(
      "5 người",
    );
    expect(
      await section.getByLabel("Thời lượng tối đa của hội nghị 1/2 ngày", { exact: true }).inputValue(),
    ).toBe("300 phút");
    expect(await section.getByLabel("Tỷ lệ đại biểu điển hình tiên tiến", { exact: true }).inputValue()).toBe(
      "70%",
    );
    expect(await section.getByRole("radio", { name: "Hội nghị đại biểu (mặc định)" }).isChecked()).toBe(true);
    await shotOf(section, "plan-rules-01-section");

    await town.fill("250");
    await section.getByRole("button", { name: "Lưu quy định" }).click();
    await page.getByText("Đã lưu các quy định của kế hoạch").waitFor(WAIT);
    await page.reload();
    const again = await openRules(page);
    const townAgain = again.getByLabel("Số đại biểu tối đa của Hội nghị cấp Thị xã", { exact: true });
    await expect.poll(() => townAgain.inputValue(), WAIT).toBe("250 đại biểu");

    // A refused value is named with the same label.
    const max = again.getByLabel("Số người Chủ tọa tối đa", { exact: true });
    await expect.poll(() => max.inputValue(), WAIT).toBe("7 người");
    await again.getByLabel("Số người Chủ tọa tối thiểu", { exact: true }).fill("8");
    await again.getByRole("button", { name: "Lưu quy định" }).click();
    const refusal = again.getByText(
      /Số người Chủ tọa tối thiểu: Số người tối thiểu phải không lớn hơn tối đa/u,
    );
    await refusal.first().waitFor(WAIT);
    await shotOf(again, "plan-rules-02-refused");
    await page.close();
  });
});
