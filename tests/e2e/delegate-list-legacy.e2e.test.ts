/**
 * Issue #10 "Done when", in Chromium: a list typed in TCVN3 (ABC, .VnTime font, headers
 * too) is read; the preview says the file was converted and shows the names in Unicode.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legacyList } from "../../src/server/imports/testing/quirk-files.ts";
import { type E2E, startE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị công tác"];
const PEOPLE = [
  [1, "Nguyễn Văn Hùng", 1975, "Nam", "Kinh", "Tổ trưởng tổ dân phố số 3"],
  [2, "Đặng Thị Hương", 1982, "Nữ", "Tày", "Chủ tịch Hội Liên hiệp Phụ nữ phường"],
  [3, "Trần Quốc Trưởng", 1968, "Nam", "Kinh", "Bí thư Chi bộ khu phố Ngọc Trạo"],
  [4, "Lê Thị Ngọc Ánh", 2014, "Nữ", "Mường", "Học sinh lớp 6A Trường THCS Ngọc Trạo"],
];

describe("a TCVN3 delegate list", () => {
  it("is converted to Unicode in the preview, with a note", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    await page.getByRole("button", { name: "Tạo hội nghị" }).click();
    await page.getByTestId("rules-panel").waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: /Đại biểu/u }).click();

    const wb = legacyList("tcvn3", HEADER, PEOPLE, { legacyHeaders: true, font: ".VnTime" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-e2e-")), "ds-abc.xlsx");
    await wb.xlsx.writeFile(file);
    await page.getByRole("button", { name: "Nhập từ Excel" }).click();
    await page.getByLabel("Tệp danh sách đại biểu (.xlsx, .xls, .csv)").setInputFiles(file);

    const notes = page.getByTestId("delegate-import-notes");
    await notes.waitFor({ timeout: 30_000 });
    expect(await notes.innerText()).toContain("Tệp dùng bảng mã TCVN3 (ABC); đã chuyển");
    await page.getByTestId("delegate-import-summary").waitFor({ timeout: 30_000 });
    const rows = page.getByTestId("delegate-import-preview-row");
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent ?? ""));
    // The child's row (a warning) comes first; the others in file order.
    expect(names).toEqual(["Lê Thị Ngọc Ánh", "Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    const warnings = (await page.getByTestId("delegate-import-warning").allInnerTexts()).join("\n");
    expect(warnings).toMatch(/Dòng 5, cột C \(Năm sinh\): người sinh 2014 mới \d+ tuổi vào ngày hội nghị/u);
    const body = await page.getByRole("dialog").innerText();
    expect(body).not.toMatch(/[¸µ¶·¹¨©ª«¬®§]/u);
    await e.shot(page, "delegates-legacy-01-tcvn3-note", false);
    await page.getByTestId("delegate-import-preview").scrollIntoViewIfNeeded();
    await e.shot(page, "delegates-legacy-02-tcvn3-preview", false);
  }, 180_000);
});
