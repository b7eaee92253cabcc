import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { SAMPLE_DELEGATE_ORDER, sampleDelegateList } from "./fixtures.ts";
import { delegateListXlsx } from "./xlsx.ts";

async function load(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.push(cell);
    });
  });
  return cells;
}

describe("delegateListXlsx", () => {
  it("writes the NĐ 30 header block, Số line, two-row header with Ghi chú, people in Vietnamese order", async () => {
    const ws = await load(await delegateListXlsx(sampleDelegateList));
    // NĐ 30 block: issuer beside Quốc hiệu, Tiêu ngữ, "Số" beside place and date.
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("E1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.getCell("E2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(String(ws.getCell("A3").value)).toMatch(/^Số:\s+\/DS-UBND$/u);
    expect(ws.getCell("E3").value).toBe("Ba Đình, ngày 20 tháng 3 năm 2020");
    expect(ws.getCell("A5").value).toBe(
      "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ BỈM SƠN NĂM 2020",
    );
    expect(ws.getCell("A6").value).toBe("Đơn vị: Phường Ba Đình");
    const header = (r: number) => [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(r, c).value);
    expect(header(8)).toEqual([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Năm sinh",
      "Dân tộc",
      "Chức vụ – đơn vị công tác",
      "Thành tích",
      "Ghi chú",
    ]);
    expect(header(9).slice(2, 4)).toEqual(["Nam", "Nữ"]);
    expect(ws.getCell("D8").master.address).toBe("C8");
    expect(ws.getCell("A9").master.address).toBe("A8");
    expect(ws.pageSetup.printTitlesRow).toBe("8:9");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    // Page numbers in the print header from page 2 on.
    expect(ws.headerFooter.differentFirst).toBe(true);
    expect(ws.headerFooter.oddHeader).toContain("&P");

    const names = SAMPLE_DELEGATE_ORDER.map((_, i) => ws.getCell(10 + i, 2).value);
    expect(names).toEqual([...SAMPLE_DELEGATE_ORDER]);
    const stt = SAMPLE_DELEGATE_ORDER.map((_, i) => ws.getCell(10 + i, 1).value);
    expect(stt).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Nguyễn Văn An (male) row 11: year under Nam; Lê Thị An (female) row 10: under Nữ.
    expect([ws.getCell("C11").value, ws.getCell("D11").value]).toEqual([1978, null]);
    expect([ws.getCell("C10").value, ws.getCell("D10").value]).toEqual([null, 1982]);
    // Hà Văn Bình (gender not recorded) row 14: the year across Nam | Nữ.
    expect(ws.getCell("C14").value).toBe(1975);
    expect(ws.getCell("D14").master.address).toBe("C14");
    expect(ws.pageSetup.orientation).toBe("landscape");

    const footer = allCells(ws)
      .filter((c) => Number(c.row) > 16)
      .map((c) => c.value);
    expect(footer).toContain("Tổng số: 7 đại biểu (nữ: 4; dân tộc thiểu số: 2).");
    expect(footer).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(footer).toContain("Nguyễn Văn Minh");
  });

  it("prints (Kèm theo …) and no Số line of its own when the list is annexed", async () => {
    const ws = await load(
      await delegateListXlsx({ ...sampleDelegateList, annexedTo: "Tờ trình số 05/TTr-UBND ngày 02/4/2020" }),
    );
    expect(ws.getCell("A3").value).toBeNull();
    expect(ws.getCell("A7").value).toBe("(Kèm theo Tờ trình số 05/TTr-UBND ngày 02/4/2020)");
  });
});
