/**
 * Issue #14 on the web (SPEC H1, H2, L1): Ba Đình's clerk opens "Khen thưởng" of the ward's
 * conference, finds delegates by typing without diacritics (O3), records a Giấy khen
 * decision for three of them, sees each one's money (the multiple of the base salary on
 * the decision's day) and the total in words, then downloads the Quyết định (Word) and the
 * certificates to print (PDF).
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardAmount, baseSalaryOn } from "../../src/domain/award-money.ts";
import type { AwardFormView, BaseSalaryView } from "../../src/domain/awards.ts";
import { formatDong, moneyInWords } from "../../src/domain/money-words.ts";
import { foldVietnamese } from "../../src/domain/text.ts";
import { docxPlainText } from "../../src/server/documents/docx-text.ts";
import { readZipText } from "../../src/server/files/zip-entries.ts";
import { todayIso } from "../../src/web/lib/dates.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const FORM = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã";

describe("awards at a conference", () => {
  it("records a Giấy khen decision for three delegates and downloads its documents", async () => {
    const page = await e.newPage();
    await e.signIn(page, "badinh");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    await page.getByRole("link", { name: "Khen thưởng tại hội nghị →" }).click();
    await page.getByRole("heading", { name: "Khen thưởng", exact: true }).waitFor(WAIT);
    await page.getByText("Chưa có quyết định khen thưởng nào tại hội nghị này.").waitFor(WAIT);

    await page.getByLabel("Số quyết định").fill("15/QĐ-UBND");
    await page.getByRole("combobox", { name: "Hình thức khen thưởng" }).click();
    await page.getByRole("option", { name: FORM, exact: true }).click();

    // Three delegates, each found by a diacritic-free fold of their name.
    const boxes = page.getByLabel("Đại biểu của hội nghị").getByRole("checkbox");
    await boxes.first().waitFor(WAIT);
    const names: string[] = [];
    for (let i = 0; i < 3; i++)
      names.push(
        (
          await page
            .getByLabel("Đại biểu của hội nghị")
            .locator("label")
            .nth(i * 5)
            .innerText()
        ).trim(),
      );
    const search = page.getByLabel("Tìm đại biểu");
    for (const name of names) {
      await search.fill(foldVietnamese(name));
      await page.getByRole("checkbox", { name, exact: true }).check();
      await page
        .getByLabel(`Thành tích của ${name}`)
        .fill(`Hoàn thành xuất sắc nhiệm vụ năm ${todayIso().slice(0, 4)}`);
    }
    await search.fill("");
    await page.getByText("Đã chọn 3 người được khen").waitFor(WAIT);
    await e.shot(page, "awards-01-form", false);
    await page.getByRole("button", { name: "Ghi quyết định" }).click();

    await page.getByText("Đã ghi quyết định khen thưởng số 15/QĐ-UBND").waitFor(WAIT);
    const result = page.getByTestId("award-result");
    await result.waitFor(WAIT);
    for (const name of names) await result.getByText(name, { exact: false }).waitFor(WAIT);

    // The money the page shows is the form's multiple of today's base salary, as the API has it.
    const forms = (
      (await (await page.request.get(`${e.baseUrl}/api/award-forms`)).json()) as { items: AwardFormView[] }
    ).items;
    const salaries = (
      (await (await page.request.get(`${e.baseUrl}/api/base-salaries?limit=100`)).json()) as {
        items: BaseSalaryView[];
      }
    ).items;
    const form = forms.find((f) => f.name === FORM);
    const salary = baseSalaryOn(salaries, todayIso());
    expect(form?.individualPerMille).toBeTypeOf("number");
    expect(salary).not.toBeNull();
    const each = awardAmount(form?.individualPerMille ?? 0, salary?.amount ?? 0);
    expect(each).toBeGreaterThan(0);
    const amounts = await result.getByTestId("recipient-amount").allInnerTexts();
    expect(amounts).toEqual([1, 2, 3].map(() => `${formatDong(each)} đ`));
    expect(await result.getByTestId("decision-total").innerText()).toBe(`${formatDong(each * 3)} đ`);
    expect(await result.getByTestId("decision-total-words").innerText()).toBe(
      `Bằng chữ: ${moneyInWords(each * 3)}.`,
    );
    const row = page.getByLabel("Quyết định khen thưởng").getByRole("row", { name: /15\/QĐ-UBND/u });
    await row.waitFor(WAIT);
    await e.shot(page, "awards-02-recorded");

    const [docx] = await Promise.all([
      page.waitForEvent("download", WAIT),
      result.getByRole("link", { name: "Tải quyết định (Word)" }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/u);
    const docxBytes = fs.readFileSync(await docx.path());
    expect(docxBytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const text = docxPlainText(readZipText(docxBytes, "word/document.xml") ?? "");
    expect(text).toContain("QUYẾT ĐỊNH");
    for (const name of names) expect(text).toContain(name);

    const [pdf] = await Promise.all([
      page.waitForEvent("download", WAIT),
      result.getByRole("link", { name: "In giấy khen (PDF)" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/u);
    const pdfBytes = fs.readFileSync(await pdf.path());
    expect(pdfBytes.length).toBeGreaterThan(1000);
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const [list] = await Promise.all([
      page.waitForEvent("download", WAIT),
      page.getByRole("link", { name: "Tải danh sách đọc tại hội nghị (Word)" }).click(),
    ]);
    expect(list.suggestedFilename()).toMatch(/\.docx$/u);
    const listText = docxPlainText(
      readZipText(fs.readFileSync(await list.path()), "word/document.xml") ?? "",
    );
    for (const name of names) expect(listText).toContain(name);

    // Editing the decision: its number and one recipient's achievement, saved with its version.
    await row.getByRole("button", { name: "Sửa quyết định số 15/QĐ-UBND" }).click();
    await page.getByRole("heading", { name: "Sửa quyết định số 15/QĐ-UBND" }).waitFor(WAIT);
    expect(await page.getByText("Đã chọn 3 người được khen").count()).toBe(1);
    await page.getByLabel("Số quyết định").fill("16/QĐ-UBND");
    await page.getByLabel(`Thành tích của ${names[0]}`).fill("Gương điển hình tiên tiến của phường");
    await e.shot(page, "awards-03-edit", false);
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await page.getByText("Đã sửa quyết định khen thưởng số 16/QĐ-UBND").waitFor(WAIT);
    const edited = page.getByLabel("Quyết định khen thưởng").getByRole("row", { name: /16\/QĐ-UBND/u });
    await edited.waitFor(WAIT);
    await result.getByText("Gương điển hình tiên tiến của phường").waitFor(WAIT);
    expect(
      await page
        .getByLabel("Quyết định khen thưởng")
        .getByRole("row", { name: /15\/QĐ-UBND/u })
        .count(),
    ).toBe(0);

    // Deleting asks first and says what went.
    await edited.getByRole("button", { name: "Xóa quyết định số 16/QĐ-UBND" }).click();
    const dialog = page.getByRole("dialog", { name: "Xóa quyết định khen thưởng?" });
    await dialog.waitFor(WAIT);
    await e.shot(page, "awards-04-confirm-delete", false);
    await dialog.getByRole("button", { name: "Xóa quyết định" }).click();
    await page.getByText("Đã xóa quyết định khen thưởng số 16/QĐ-UBND").waitFor(WAIT);
    await page.getByText("Chưa có quyết định khen thưởng nào tại hội nghị này.").waitFor(WAIT);
    await result.waitFor({ state: "detached", ...WAIT });
    expect(await page.getByTestId("conference-award-total").innerText()).toContain("0 đ (Không đồng)");
  });
});
