/**
 * Issue #4 "Done when", in Chromium: upload a messy delegate list, fix the column mapping,
 * see the row errors (nothing saved), import a good file, see the list sorted the Vietnamese
 * way, and download the danh sách trích ngang as xlsx and docx.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxPlainText } from "../../src/server/documents/docx-text.ts";
import { readZipText } from "../../src/server/files/zip-entries.ts";
import { type E2E, startE2E, WAIT } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

type Row = [string, number | null, number | null, string, string, string];

/** As offices make them: a title block, "Năm sinh" merged over Nam / Nữ, a signature footer. */
async function delegateFile(name: string, nameHeader: string, rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Hướng dẫn").addRow(["Danh sách ở trang tính thứ hai"]);
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["UBND PHƯỜNG NGỌC TRẠO"]);
  ws.addRow(["DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"]);
  ws.mergeCells("A2:G2");
  ws.addRow([]);
  ws.addRow(["STT", nameHeader, "Năm sinh", null, "Dân tộc", "Chức vụ, đơn vị công tác", "Thành tích"]);
  ws.addRow([null, null, "Nam", "Nữ", null, null, null]);
  ws.mergeCells("C4:D4");
  for (const col of ["A", "B", "E", "F", "G"]) ws.mergeCells(`${col}4:${col}5`);
  rows.forEach((r, i) => {
    ws.addRow([i + 1, ...r]);
  });
  ws.addRow([]);
  ws.addRow([null, null, null, null, "Ngọc Trạo, ngày 10 tháng 3 năm 2020"]);
  ws.addRow([null, null, null, null, "NGƯỜI LẬP BIỂU"]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-e2e-")), name);
  await wb.xlsx.writeFile(file);
  return file;
}

const GOOD: Row[] = [
  ["Trần Văn Bình", 1975, null, "Kinh", "Tổ trưởng tổ dân phố 2", "Chiến sỹ thi đua cơ sở"],
  ["Nguyễn Thị An", null, 1982, "Kinh", "Chủ tịch Hội Phụ nữ phường", "Bằng khen của Chủ tịch UBND tỉnh"],
  ["Lê Văn An", 1968, null, "Mường", "Bí thư Chi bộ khu phố 4", "Người tốt, việc tốt"],
  ["Đỗ Thị Đào", null, 1990, "Thái", "Giáo viên Trường Tiểu học Ngọc Trạo", "Giáo viên dạy giỏi cấp tỉnh"],
  ["Phạm Dũng", 1959, null, "Việt", "Cựu chiến binh", "Gương sáng cựu chiến binh"],
];

describe("delegate lists in and out", () => {
  it("imports a messy list after fixing the mapping, and exports it sorted", async () => {
    const page = await e.newPage();
    await e.signIn(page, "ngoctrao");
    await page.getByText("Xin chào", { exact: false }).first().waitFor(WAIT);
    await page.getByRole("link", { name: "Hội nghị", exact: true }).click();
    await page.getByRole("button", { name: "Tạo hội nghị" }).click();
    await page.getByTestId("rules-panel").waitFor(WAIT);
    await page.getByRole("tab", { name: /Đại biểu/u }).click();

    // 1. A messy file whose name column has a header nobody recognises, and two bad rows.
    const messy = await delegateFile("ds-loi.xlsx", "Người được đề nghị", [
      ...GOOD.slice(0, 2),
      ["Hoàng Văn Cường", 1970, 1971, "Kinh", "Trưởng khu phố 1", ""],
      ["Vũ Thị Em", null, 1985, "Ba Lan", "Y sĩ trạm y tế", ""],
    ]);
    await page.getByRole("button", { name: "Nhập từ Excel" }).click();
    await page.getByLabel("Tệp danh sách đại biểu (.xlsx, .xls, .csv)").setInputFiles(messy);
    const mappingForName = page.getByLabel("Cột cho “Họ và tên”", { exact: true });
    await mappingForName.waitFor(WAIT);
    await e.shot(page, "delegates-01-mapping-detected");
    await mappingForName.selectOption({ label: "B – Người được đề nghị" });

    const errors = page.getByTestId("delegate-import-error");
    await expect.poll(() => errors.count(), WAIT).toBe(2);
    const errorText = (await errors.allTextContents()).join("\n");
    expect(errorText).toMatch(/Nam.*Nữ|Nữ.*Nam/u);
    expect(errorText).toMatch(/Ba Lan/u);
    await page
      .getByText(/Chưa nhập dòng nào/u)
      .first()
      .waitFor(WAIT);
    await e.shot(page, "delegates-02-row-errors");
    await page.getByRole("button", { name: "Hủy" }).click();
    await expect.poll(() => page.getByTestId("delegate-row").count(), WAIT).toBe(0);

    // 2. The good file: previewed, then imported.
    const good = await delegateFile("ds-dung.xlsx", "Họ và tên", GOOD);
    await page.getByRole("button", { name: "Nhập từ Excel" }).click();
    await page.getByLabel("Tệp danh sách đại biểu (.xlsx, .xls, .csv)").setInputFiles(good);
    await page.getByTestId("delegate-import-summary").waitFor(WAIT);
    expect(await page.getByTestId("delegate-import-preview-row").count()).toBe(5);
    await e.shot(page, "delegates-03-preview");
    await page.getByRole("button", { name: "Nhập danh sách" }).click();

    // 3. Sorted by given name, then middle name, then family name.
    const rows = page.getByTestId("delegate-row");
    await expect.poll(() => rows.count(), WAIT).toBe(5);
    const names = await rows.evaluateAll((els) =>
      els.map((el) => el.querySelectorAll("td")[1]?.textContent?.trim()),
    );
    expect(names).toEqual(["Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình", "Phạm Dũng", "Đỗ Thị Đào"]);
    await e.shot(page, "delegates-04-imported-sorted");

    // 4. Both exports download, sorted the same way.
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByText("Tải danh sách trích ngang (Excel)").click(),
    ]);
    const xlsxPath = await xlsxDownload.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => {
      r.eachCell((c) => {
        cells.push(String(c.value ?? ""));
      });
    });
    const order = ["Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình", "Phạm Dũng", "Đỗ Thị Đào"].map((n) =>
      cells.indexOf(n),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const [docxDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByText("Tải danh sách trích ngang (Word)").click(),
    ]);
    expect(docxDownload.suggestedFilename()).toMatch(/\.docx$/u);
    const text = docxPlainText(
      readZipText(fs.readFileSync(await docxDownload.path()), "word/document.xml") ?? "",
    );
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toMatch(/DANH SÁCH TRÍCH NGANG/u);
    expect(text.indexOf("Nguyễn Thị An")).toBeLessThan(text.indexOf("Đỗ Thị Đào"));
    await page.close();
  });
});
