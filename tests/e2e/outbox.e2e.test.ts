/**
 * Issue #8 item 7 (SPEC K4) in Chromium: the office opens "Hộp thư đi" from its navigation,
 * sees the reminder e-mails waiting, sends one now (a mailer that keeps the messages stands in
 * for SMTP), skips another, switches automatic sending on; then on the plan settings page it
 * changes when reminders are sent. The server runs on the real clock; the unit-plan deadline
 * is set to tomorrow so the reminder run writes e-mails.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vnCalendarDate } from "../../src/domain/unit-plans.ts";
import { users } from "../../src/server/db/schema/index.ts";
import type { Mail } from "../../src/server/modules/outbox/mailer.ts";
import { Client } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

const sent: Mail[] = [];
let e: E2E;
let office: Client;
let planId: string;
beforeAll(async () => {
  e = await startE2E({ mailer: { send: async (m) => void sent.push(m), close: () => {} } });
  office = new Client(e.app);
  expect((await office.login("vanphong", TEST_PASSWORD)).statusCode).toBe(200);
});
afterAll(() => e?.close());

describe("the office's outbox and reminder policy", () => {
  it("lists the reminder e-mails; the office sends one now, skips one, turns on automatic sending", async () => {
    await e.database.db
      .update(users)
      .set({ email: "badinh@bimson.gov.vn" })
      .where(eq(users.username, "badinh"));
    await e.database.db
      .update(users)
      .set({ email: "ngoctrao@bimson.gov.vn" })
      .where(inArray(users.username, ["ngoctrao"]));
    planId = (await office.get("/api/plans/current")).json().id;
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const due = vnCalendarDate(new Date(Date.now() + 24 * 3600 * 1000));
    const milestones = (plan.milestones as Record<string, string>[]).map(
      ({ code, label, dueOn, appliesTo, section }) => ({
        code,
        label,
        dueOn: code === "unit_plan" ? due : dueOn,
        appliesTo,
        section,
      }),
    );
    const put = await office.put(`/api/plans/${planId}/milestones`, { milestones, version: plan.version });
    expect(put.statusCode, put.body).toBe(200);
    const run = await office.post("/api/reminders/run");
    expect(run.json().emailed).toBeGreaterThanOrEqual(2);

    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hộp thư đi", exact: true }).click();
    await page.getByRole("heading", { name: "Hộp thư đi" }).waitFor(WAIT);
    const row = (address: string) =>
      page.getByTestId("outbox-row").filter({ hasText: address }).filter({ hasText: "Sắp đến hạn: " });
    await row("badinh@bimson.gov.vn").first().getByText("Chờ gửi").waitFor(WAIT);
    await e.shot(page, "outbox-01-pending", false);

    await row("badinh@bimson.gov.vn").first().getByRole("button", { name: "Gửi ngay" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Gửi ngay", exact: true }).click(WAIT);
    await row("badinh@bimson.gov.vn").first().getByText("Đã gửi", { exact: true }).waitFor(WAIT);
    expect(sent.map((m) => m.to)).toEqual(["badinh@bimson.gov.vn"]);
    expect(sent[0]!.subject).toMatch(/^Sắp đến hạn: /u);

    await row("ngoctrao@bimson.gov.vn").first().getByRole("button", { name: "Bỏ qua" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Bỏ qua thư", exact: true }).click(WAIT);
    await row("ngoctrao@bimson.gov.vn").first().getByText("Bỏ qua", { exact: true }).waitFor(WAIT);
    expect(sent).toHaveLength(1);

    const auto = page.getByRole("switch", { name: "Tự động gửi thư" });
    expect(await auto.isChecked()).toBe(false);
    // No forced click: a forced click skips Playwright's check that the switch receives the
    // click, and on a busy machine the closing dialog's overlay took it (CI failure of
    // 30/11/2026). Wait for the dialog to leave, then click as a user would.
    await page.getByRole("dialog").waitFor({ state: "hidden", ...WAIT });
    await auto.click(WAIT);
    await page.getByText("Thư được gửi ngay sau khi tạo").waitFor(WAIT);
    expect(await auto.isChecked()).toBe(true);
    const settings = (await office.get("/api/outbox")).json().settings;
    expect(settings.autoSend).toBe(true);
    await e.shot(page, "outbox-02-after", false);
  });

  it("the office changes when reminders are sent on the plan settings page", async () => {
    await e.context.clearCookies();
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.goto(`${e.baseUrl}/ke-hoach/sua`);
    const section = page.getByRole("region", { name: "Nhắc việc" });
    await section.waitFor(WAIT);
    const days = section.getByLabel("Nhắc trước hạn (số ngày)");
    await expect.poll(() => days.inputValue(), WAIT).toBe("7, 1");
    await days.fill("3, 14");
    await section.getByLabel("Sau đó nhắc lại mỗi (ngày)").fill("3");
    await section.getByRole("button", { name: "Lưu lịch nhắc việc" }).click();
    await page.getByText("Đã lưu lịch nhắc việc").waitFor(WAIT);
    await expect.poll(() => days.inputValue(), WAIT).toBe("14, 3");
    const saved = (await office.get(`/api/plans/${planId}/reminder-policy`)).json();
    expect(saved.policy).toEqual({ beforeDays: [14, 3], onOverdue: true, overdueEveryDays: 3 });
    await section.scrollIntoViewIfNeeded();
    await e.shot(page, "outbox-03-reminder-policy", false);
  });
});
