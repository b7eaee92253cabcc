/**
 * Issue #3 "Done when", in Chromium:
 * (a) Ba Đình's pilot conference: the cap error at 151 (II.2.1) and gone at 150, a presidium of 4
 *     (D6, 3.2) and fixed, submitted; the council approves it (pilot conferences, III.1).
 * (b) An enterprise under 200 workers is told its conference is plenary; one over 200 is capped at 150.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const violation = (page: Page, code: string) =>
  page.locator(`[data-testid="violation"][data-code="${code}"]`);

async function openOwnConference(page: Page, username: string) {
  await e.context.clearCookies();
  await e.signIn(page, username);
  await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
  await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
  await page.getByTestId("rules-panel").waitFor(WAIT);
}

describe("a unit's conference under the plan's rules", () => {
  it("on a phone (390 px) the delegates table keeps name, role, status and the action in view (issue #11 item 3)", async () => {
    const page = await e.newPage();
    await openOwnConference(page, "badinh");
    await page.getByRole("tab", { name: /Đại biểu/u }).click();
    const rows = page.getByTestId("delegate-row");
    await expect.poll(() => rows.count(), WAIT).toBe(150);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("columnheader", { name: "Loại – trạng thái" }).waitFor(WAIT);
    expect(await page.getByRole("columnheader", { name: "Chức vụ – đơn vị" }).count()).toBe(0);
    const first = rows.first();
    const name = ((await first.locator(".dt-name").textContent()) ?? "").trim();
    expect(name).not.toBe("");
    for (const label of [
      `Loại đại biểu của ${name}`,
      `Trạng thái của ${name}`,
      `Xóa ${name} khỏi danh sách`,
    ]) {
      const box = await page.getByLabel(label, { exact: true }).boundingBox();
      expect(box, label).not.toBeNull();
      expect(box!.x + box!.width, label).toBeLessThanOrEqual(390);
    }
    // The rest (gender, birth year, ethnicity, position) on the name's second line; no sideways scroll.
    expect(((await first.locator(".dt-second").textContent()) ?? "").length).toBeGreaterThan(3);
    const table = page.locator(".dt-scroll");
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await first.scrollIntoViewIfNeeded();
    await e.shot(page, "conference-00-delegates-phone", false);
    await page.close();
  });

  it("(a) cap, presidium, submit, and the council approves the pilot conference", async () => {
    const page = await e.newPage();
    await openOwnConference(page, "badinh");
    expect(await violation(page, "D3_CAP_EXCEEDED").count()).toBe(0);

    // The 151st delegate, created inline.
    await page.getByRole("tab", { name: /Đại biểu/u }).click();
    await page.getByRole("button", { name: "Thêm đại biểu" }).click();
    await page.getByText("Nhập người mới", { exact: true }).click();
    await page
      .getByRole("dialog")
      .getByRole("textbox", { name: /^Họ và tên/u })
      .fill("Nguyễn Thị Mới");
    await page.getByRole("button", { name: "Lưu người mới và thêm vào danh sách" }).click();
    await page.getByText("Đã thêm 1 người trong lần này").waitFor(WAIT);
    await page.getByRole("dialog").getByRole("button", { name: "Đóng" }).first().click();

    const cap = violation(page, "D3_CAP_EXCEEDED");
    await cap.waitFor(WAIT);
    expect(await cap.getAttribute("data-severity")).toBe("error");
    const capText = (await cap.textContent()) ?? "";
    expect(capText).toContain("II.2.1");
    expect(capText).toMatch(/151/u);
    expect(capText).toMatch(/150/u);
    await cap.scrollIntoViewIfNeeded();
    await e.shot(page, "conference-01-cap-error-151", false);

    // Remove one: the error goes.
    await page.getByRole("button", { name: "Xóa Nguyễn Thị Mới khỏi danh sách" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Xóa khỏi danh sách" }).click();
    await page.getByText("Đã xóa đại biểu", { exact: true }).waitFor(WAIT);
    await expect.poll(() => cap.count(), WAIT).toBe(0);

    // A presidium of 4: the D6 error, citing 3.2.
    await page.getByRole("tab", { name: /Chủ tọa/u }).click();
    const members = page.getByTestId("presidium-member");
    await expect.poll(() => members.count(), WAIT).toBe(5);
    const removeButton = page.getByRole("button", { name: /^Bỏ .* khỏi đoàn Chủ tọa$/u }).last();
    const removedLabel = (await removeButton.getAttribute("aria-label")) ?? "";
    const removedName = removedLabel.replace(/^Bỏ /u, "").replace(/ khỏi đoàn Chủ tọa$/u, "");
    await removeButton.click();
    await page.getByRole("button", { name: "Lưu đoàn Chủ tọa" }).click();
    const tooFew = violation(page, "D6_PRESIDIUM_TOO_FEW");
    await tooFew.waitFor(WAIT);
    expect((await tooFew.textContent()) ?? "").toContain("3.2");
    await e.shot(page, "conference-02-presidium-of-4");

    // Fix it: the same person back.
    await page.getByLabel("Thêm vào đoàn Chủ tọa").first().fill(removedName);
    await page
      .getByRole("option", { name: new RegExp(removedName, "u") })
      .first()
      .click();
    await page.getByRole("button", { name: "Thêm", exact: true }).click();
    await page.getByRole("button", { name: "Lưu đoàn Chủ tọa" }).click();
    await expect.poll(() => tooFew.count(), WAIT).toBe(0);

    // Submit.
    const submit = page.getByRole("button", { name: "Nộp để duyệt" });
    await expect.poll(() => submit.isEnabled(), WAIT).toBe(true);
    await submit.click();
    const confirmSubmit = page.getByRole("dialog").getByRole("button", { name: "Nộp để duyệt" });
    await confirmSubmit.click();
    await page.getByText("Đã nộp hội nghị", { exact: true }).waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId("conference-status").first().textContent(), WAIT)
      .toMatch(/Đã nộp/u);
    await e.shot(page, "conference-03-submitted");
    const url = page.url();

    // The council approves the pilot conference (III.1).
    await e.context.clearCookies();
    await e.signIn(page, "hoidong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.goto(url);
    await page.getByRole("button", { name: "Duyệt", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Duyệt", exact: true }).click();
    await page.getByText("Đã duyệt hội nghị", { exact: true }).waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId("conference-status").first().textContent(), WAIT)
      .toMatch(/Đã duyệt/u);
    await e.shot(page, "conference-04-approved-by-council");
    await page.close();
  });

  it("(b) an enterprise under 200 workers holds a plenary; one over 200 is capped at 150", async () => {
    const page = await e.newPage();
    await openOwnConference(page, "moitruong");
    const decision = page.getByTestId("cap-decision");
    await decision.waitFor(WAIT);
    const text = (await decision.textContent()) ?? "";
    expect(text).toMatch(/toàn thể/iu);
    expect(text).toMatch(/185/u);
    await e.shot(page, "conference-05-plenary-185");

    // Xi măng Bỉm Sơn (1,150 workers) has no conference yet: it creates one and sees the cap.
    await e.context.clearCookies();
    await e.signIn(page, "ximang");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    await page.getByRole("button", { name: "Tạo hội nghị" }).click();
    await page.getByTestId("rules-panel").waitFor(WAIT);
    const capped = page.getByTestId("cap-decision");
    await capped.waitFor(WAIT);
    const cappedText = (await capped.textContent()) ?? "";
    expect(cappedText).toMatch(/150/u);
    expect(cappedText).not.toMatch(/toàn thể/iu);
    await e.shot(page, "conference-06-capped-150");
    await page.close();
  });
});
