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
  it("writes the two-row header with Năm sinh over Nam | Nữ and people in Vietnamese order", async () => {
    const ws = await load(await delegateListXlsx(sampleDelegateList));
    // Titles: issuing body, heading, unit; blank row; header rows 5 and 6.
    expect(ws.getCell("A2").value).toBe(
      "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ BỈM SƠN NĂM 2020",
    );
    expect(ws.getCell("A3").value).toBe("Đơn vị: Phường Ba Đình");
    const header = (r: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(r, c).value);
    expect(header(5)).toEqual([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Năm sinh",
      "Dân tộc",
      "Chức vụ – đơn vị công tác",
      "Thành tích",
    ]);
    expect(header(6).slice(2, 4)).toEqual(["Nam", "Nữ"]);
    expect(ws.getCell("C5").master.address).toBe("C5");
    expect(ws.getCell("D5").master.address).toBe("C5");
    expect(ws.getCell("A6").master.address).toBe("A5");
    expect(ws.getCell("B6").master.address).toBe("B5");
    expect(ws.pageSetup.printTitlesRow).toBe("5:6");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });

    const names = SAMPLE_DELEGATE_ORDER.map((_, i) => ws.getCell(7 + i, 2).value);
    expect(names).toEqual([...SAMPLE_DELEGATE_ORDER]);
    const stt = SAMPLE_DELEGATE_ORDER.map((_, i) => ws.getCell(7 + i, 1).value);
    expect(stt).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Nguyễn Văn An (male) row 8: year under Nam; Lê Thị An (female) row 7: under Nữ.
    expect([ws.getCell("C8").value, ws.getCell("D8").value]).toEqual([1978, null]);
    expect([ws.getCell("C7").value, ws.getCell("D7").value]).toEqual([null, 1982]);
    // Hà Văn Bình (gender not recorded) row 11: the year across Nam | Nữ.
    expect(ws.getCell("C11").value).toBe(1975);
    expect(ws.getCell("D11").master.address).toBe("C11");
    expect(ws.pageSetup.orientation).toBe("landscape");

    const footer = allCells(ws)
      .filter((c) => Number(c.row) > 13)
      .map((c) => c.value);
    expect(footer).toContain("Tổng số: 7 đại biểu (nữ: 4; dân tộc thiểu số: 2).");
    expect(footer).toContain("Ba Đình, ngày 20 tháng 3 năm 2020");
    expect(footer).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(footer).toContain("Nguyễn Văn Minh");
  });
});
