/**
 * Issue #10 items 9–10 in Chromium: Ba Đình's clerk opens "Thiết lập văn bản", sees the
 * seeded settings, types the signer's name and saves; the delegate list docx then carries
 * the ward's issuing body, the "Số: …/DS-UBND" line and the signer; the conference page
 * offers the programme, presidium list and invitations.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxPlainText } from "../../src/server/documents/docx-text.ts";
import { readZipText } from "../../src/server/files/zip-entries.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

describe("documents a clerk can sign", () => {
  it("edits Ba Đình's document settings and downloads a delegate list that uses them", async () => {
    const page = await e.newPage();
    await e.signIn(page, "badinh");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Thiết lập văn bản", exact: true }).click();
    const issuing = page.getByLabel("Cơ quan ban hành");
    await issuing.waitFor(WAIT);
    expect(await issuing.inputValue()).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(await page.getByLabel("Địa danh ghi ở dòng ngày tháng").inputValue()).toBe("Ba Đình");

    await page.getByLabel("Họ và tên người ký").fill("Nguyễn Văn Minh");
    await page.getByRole("button", { name: "Lưu thiết lập" }).click();
    await page.getByText("Đã lưu thiết lập văn bản của Phường Ba Đình").waitFor(WAIT);
    await e.shot(page, "documents-01-settings-saved");

    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    const documents = page.getByLabel("Văn bản của hội nghị");
    const created = page.getByRole("button", { name: "Tạo hội nghị" });
    await Promise.race([documents.waitFor(WAIT), created.waitFor(WAIT)]);
    if (!(await documents.count())) {
      // A unit's own conference is created in one click, no dialog (MyConference.tsx).
      await created.click();
    }
    await documents.waitFor(WAIT);
    await e.shot(page, "documents-02-conference-buttons", false);

    const [programme] = await Promise.all([
      page.waitForEvent("download", WAIT),
      page.getByRole("link", { name: "Chương trình hội nghị" }).click(),
    ]);
    const ctr = docxPlainText(
      readZipText(fs.readFileSync(await programme.path()), "word/document.xml") ?? "",
    );
    expect(ctr).toContain("CHƯƠNG TRÌNH");
    expect(ctr).toContain("Nguyễn Văn Minh");

    await page.getByRole("tab", { name: /Đại biểu/u }).click();
    const [docx] = await Promise.all([
      page.waitForEvent("download", WAIT),
      page.getByRole("link", { name: "Tải danh sách trích ngang (Word)" }).click(),
    ]);
    const text = docxPlainText(readZipText(fs.readFileSync(await docx.path()), "word/document.xml") ?? "");
    const issuer = text.slice(0, text.indexOf("CỘNG HÒA")).replace(/\s+/gu, " ").trim();
    expect(issuer).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(text).toMatch(/Số:\s+\/DS-UBND/u);
    expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(text).toContain("Nguyễn Văn Minh");
    expect(text).toMatch(/Ba Đình, ngày \d{2} tháng \d{1,2} năm \d{4}/u);
  });
});
