/**
 * Issue #8 item 7 (SPEC K4), in Chromium: a unit whose plan is due tomorrow sees the bell with
 * a count, opens it, reads the Vietnamese reminder, follows its link and it is marked read.
 * The milestone date is set relative to today (the server runs on the real clock).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vnCalendarDate } from "../../src/domain/unit-plans.ts";
import { Client } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/** Tomorrow in Hà Nội, as yyyy-mm-dd. */
function tomorrow(): string {
  return vnCalendarDate(new Date(Date.now() + 24 * 3600 * 1000));
}

describe("reminders", () => {
  it("a unit sees its reminder under the bell, follows it and it is marked read", async () => {
    const office = new Client(e.app);
    expect((await office.login("vanphong", TEST_PASSWORD)).statusCode).toBe(200);
    const planId = (await office.get("/api/plans/current")).json().id;
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const due = tomorrow();
    const milestones = (plan.milestones as Record<string, string>[]).map(
      ({ code, label, dueOn, appliesTo, section }) => ({
        code,
        label,
        dueOn: code === "unit_plan" ? due : dueOn,
        appliesTo,
        section,
      }),
    );
    expect(
      (await office.put(`/api/plans/${planId}/milestones`, { milestones, version: plan.version })).statusCode,
    ).toBe(200);
    const run = await office.post("/api/reminders/run");
    expect(run.statusCode, run.body).toBe(200);
    const label = milestones.find((m) => m.code === "unit_plan")!.label;

    const page = await e.newPage();
    await e.signIn(page, "badinh");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    // Other milestones of the demo plan may be overdue too: count what the bell says.
    const bell = page.getByRole("button", { name: /^Thông báo: \d+ chưa đọc$/u });
    await bell.waitFor(WAIT);
    const unread = Number(/\d+/u.exec((await bell.getAttribute("aria-label")) ?? "")![0]);
    expect(unread).toBeGreaterThanOrEqual(1);
    await e.shot(page, "reminders-01-bell-count", false);
    await bell.click();
    const item = page.getByTestId("notification").filter({ hasText: `Sắp đến hạn: ${label}` });
    await item.waitFor(WAIT);
    const [y, m, d] = due.split("-");
    await item.getByText(`Hạn ${d}/${m}/${y} (còn 1 ngày)`, { exact: false }).waitFor(WAIT);
    await e.shot(page, "reminders-02-open", false);
    await item.getByText(`Sắp đến hạn: ${label}`).click();
    await page.waitForURL(/\/ke-hoach-don-vi$/u, { timeout: 15_000 });
    const after = unread - 1 === 0 ? "Thông báo" : `Thông báo: ${unread - 1} chưa đọc`;
    await page.getByRole("button", { name: after, exact: true }).click();
    await item.getByText("Đã đọc").waitFor(WAIT);
    await e.shot(page, "reminders-03-read", false);
  });
});
