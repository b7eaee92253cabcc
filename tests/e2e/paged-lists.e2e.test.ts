/**
 * The office's accounts page pages on the server (issue #11 item 5): with more accounts than a
 * page holds, the count says so, the Pagination moves to the next page's accounts, and the search
 * (without diacritics) and role filter are answered by the server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../src/server/db/schema/index.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
  // Sixty Council accounts beside the seed's: more than one page of 50.
  // They never sign in: no hash matches any password.
  const passwordHash = "không đăng nhập";
  await e.database.db.insert(users).values(
    Array.from({ length: 60 }, (_, i) => ({
      username: `hd.thu${String(i).padStart(2, "0")}`,
      fullName: i === 7 ? "Đặng Thị Ánh Tuyết" : `Thành viên thử ${i}`,
      passwordHash,
      role: "council",
    })),
  );
});
afterAll(() => e?.close());

const rowNames = (page: Awaited<ReturnType<E2E["newPage"]>>) =>
  page
    .locator('[data-testid="user-row"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-username")));

describe("accounts page (Tài khoản)", () => {
  it("shows the total, moves through the pages, and searches on the server", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Tài khoản", exact: true }).click();
    const total = page.getByTestId("users-total");
    await expect.poll(() => total.textContent(), WAIT).toMatch(/^\d+ tài khoản · trang 1\/2$/u);
    // The rows follow the count on their own render: wait for them, not only for the count.
    await expect.poll(async () => (await rowNames(page)).length, WAIT).toBe(50);
    const first = await rowNames(page);
    await e.shot(page, "paged-lists-01-accounts-page-1", false);

    await page.getByRole("button", { name: "Trang 2" }).click();
    await expect.poll(() => total.textContent(), WAIT).toMatch(/trang 2\/2$/u);
    await expect
      .poll(async () => (await rowNames(page)).filter((u) => first.includes(u)).length, WAIT)
      .toBe(0);
    const second = await rowNames(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((u) => first.includes(u))).toEqual([]);
    expect([...first, ...second]).toEqual([...first, ...second].sort());

    await page.getByLabel("Tìm tài khoản").fill("dang thi anh tuyet");
    await expect.poll(() => total.textContent(), WAIT).toBe("Tìm thấy 1 tài khoản");
    await expect.poll(() => rowNames(page), WAIT).toEqual(["hd.thu07"]);
    await e.shot(page, "paged-lists-02-accounts-search", false);

    await page.getByLabel("Tìm tài khoản").fill("");
    await page.getByRole("combobox", { name: "Vai trò" }).click();
    await page.getByRole("option", { name: "Chủ tịch / Phó Chủ tịch UBND" }).click();
    // Only chairmen, none of the sixty Council accounts, once the filtered page has drawn.
    await expect.poll(() => total.textContent(), WAIT).toMatch(/^Tìm thấy [1-9]\d* tài khoản$/u);
    await expect
      .poll(async () => {
        const names = await rowNames(page);
        return names.length > 0 && names.every((u) => !u?.startsWith("hd.thu"));
      }, WAIT)
      .toBe(true);
    await page.close();
  });
});
