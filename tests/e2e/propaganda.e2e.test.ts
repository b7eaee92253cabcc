/**
 * Issue #14 item 5 (SPEC J1, plan III.3): the culture office sees its tasks due on its home
 * page, logs items and sees the month's counts; a commune's radio logs its own and sees
 * only its own.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDateVi } from "../../src/domain/text.ts";
import { todayIso } from "../../src/web/lib/dates.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

async function choose(page: import("playwright-core").Page, label: string, option: string) {
  await page.getByTestId("log-item").getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

describe("propaganda", () => {
  it("the culture office logs items and sees the month's counts", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanhoa");
    const due = page.getByTestId("todo-propaganda_tasks");
    await due.getByTestId("todo-line").first().waitFor(WAIT);
    expect(await due.textContent()).toContain("Treo băng rôn");
    await e.shot(page, "propaganda-01-culture-home");

    await page.getByRole("link", { name: "Tuyên truyền", exact: true }).click(WAIT);
    await page.getByTestId("counts-channel").waitFor(WAIT);
    const radioBefore = await radioCount(page);
    const today = formatDateVi(todayIso());
    for (const [title, minutes] of [
      ["Người tốt, việc tốt: Chị Phạm Thị Lan hiến đất làm đường", "6"],
      ["Người tốt, việc tốt: Anh Trần Văn Minh cứu người đuối nước", "5"],
    ] as const) {
      await choose(page, "Loại", "Chuyên mục “Người tốt, việc tốt”");
      await choose(page, "Kênh", "Truyền thanh");
      await page.getByLabel("Ngày đăng, phát").fill(today);
      await page.getByLabel("Thời lượng (phút)").fill(minutes);
      await page.getByLabel("Tiêu đề").fill(title);
      await page
        .getByLabel("Người, đơn vị được nêu")
        .fill(title.split(": ")[1]!.split(" ").slice(0, 4).join(" "));
      await page.getByLabel("Đường dẫn").fill("https://bimson.thanhhoa.gov.vn/tin-tuc/nguoi-tot-viec-tot");
      await page.getByRole("button", { name: "Ghi tin bài" }).click();
      await page.getByTestId("items-table").getByText(title).waitFor(WAIT);
    }
    await expectPoll(async () => (await radioCount(page)) === radioBefore + 2);
    expect(await page.getByTestId("counts-kind").textContent()).toMatch(/Người tốt, việc tốt/u);
    await e.shot(page, "propaganda-02-log-and-counts");
    await page.close();
  }, 300_000);

  it("a commune's radio logs its own items and sees no other unit's", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "halan");
    await page.getByRole("link", { name: "Tuyên truyền", exact: true }).click(WAIT);
    await page.getByTestId("tasks-table").getByText("Đài truyền thanh xã phát tin").waitFor(WAIT);
    const taskStatus = page
      .getByTestId("tasks-table")
      .locator(
        'input[aria-label="Trạng thái: Đài truyền thanh xã phát tin biểu dương gương người tốt, việc tốt"]:not([type="hidden"])',
      );
    expect(await taskStatus.inputValue()).toBe("Chưa thực hiện");
    // J1: the item is logged against the task, which is then under way.
    await page.getByTestId("log-item").getByLabel("Thuộc nhiệm vụ", { exact: true }).click(WAIT);
    await page
      .getByRole("option", {
        name: /^Đài truyền thanh xã phát tin biểu dương gương người tốt, việc tốt \(hạn /u,
      })
      .click(WAIT);
    await choose(page, "Kênh", "Truyền thanh");
    await page.getByLabel("Ngày đăng, phát").fill(formatDateVi(todayIso()));
    await page.getByLabel("Tiêu đề").fill("Xã Hà Lan biểu dương gương người tốt, việc tốt");
    await page.getByLabel("Đường dẫn").fill("https://halan.bimson.thanhhoa.gov.vn/tin/1");
    await page.getByRole("button", { name: "Ghi tin bài" }).click();
    const items = page.getByTestId("items-table");
    await items.getByText("Xã Hà Lan biểu dương gương người tốt, việc tốt").waitFor(WAIT);
    await expectPoll(async () => (await taskStatus.inputValue()) === "Đang thực hiện");
    const units = await items.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(new Set(units)).toEqual(new Set(["Xã Hà Lan"]));
    expect(await page.getByTestId("tasks-table").textContent()).not.toContain("Treo băng rôn");
    await e.shot(page, "propaganda-03-commune-radio");
    await page.close();
  }, 300_000);
});

async function radioCount(page: import("playwright-core").Page): Promise<number> {
  const row = page.getByTestId("counts-channel").getByRole("row", { name: /Truyền thanh/u });
  const cells = await row.locator("td").allTextContents();
  return Number(cells.at(-1));
}

async function expectPoll(ok: () => Promise<boolean>) {
  const until = Date.now() + 30_000;
  while (!(await ok())) {
    if (Date.now() > until) throw new Error("condition not met within 30 s");
    await new Promise((r) => setTimeout(r, 200));
  }
}
