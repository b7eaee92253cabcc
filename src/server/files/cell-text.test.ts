import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText, columnLetter, columnNumber, readCellValue } from "./cell-text.ts";

describe("readCellValue — every exceljs value shape", () => {
  it.each([
    [null, { kind: "empty" }],
    [undefined, { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["Nguyễn", { kind: "text", text: "Nguyễn" }],
    [1975, { kind: "number", value: 1975 }],
    [Number.NaN, { kind: "empty" }],
    [true, { kind: "boolean", value: true }],
    [{ error: "#N/A" }, { kind: "error", error: "#N/A" }],
    [{ richText: [{ text: "Lê " }, { text: "Văn" }] }, { kind: "text", text: "Lê Văn" }],
    [
      { text: "Trang chủ", hyperlink: "https://x.vn" },
      { kind: "text", text: "Trang chủ" },
    ],
    [
      { text: { richText: [{ text: "A" }, { text: "B" }] }, hyperlink: "https://x.vn" },
      { kind: "text", text: "AB" },
    ],
    [
      { formula: "1+1", result: 2 },
      { kind: "number", value: 2 },
    ],
    [
      { sharedFormula: "C2", result: "Kinh" },
      { kind: "text", text: "Kinh" },
    ],
    [
      { formula: "A1/0", result: { error: "#DIV/0!" } },
      { kind: "error", error: "#DIV/0!" },
    ],
    [{ formula: "TODAY()" }, { kind: "formula-without-result", formula: "TODAY()" }],
    [{ unknown: 1 }, { kind: "empty" }],
  ])("%j", (value, expected) => {
    expect(readCellValue(value)).toEqual(expected);
  });

  it("normalises text to NFC", () => {
    const nfd = "Hồ Thị Ánh".normalize("NFD");
    expect(readCellValue(nfd)).toEqual({ kind: "text", text: "Hồ Thị Ánh".normalize("NFC") });
    expect(readCellValue({ richText: [{ text: nfd }] })).toEqual({ kind: "text", text: "Hồ Thị Ánh" });
  });

  it("gives dates as dd/mm/yyyy whatever the server's time zone", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("a");
    const cell = ws.getCell("A1");
    cell.value = new Date(Date.UTC(1975, 0, 1));
    expect(cellText(cell)).toBe("01/01/1975");
    cell.value = { formula: "DATE(1980,12,31)", result: new Date(Date.UTC(1980, 11, 31)) };
    expect(cellText(cell)).toBe("31/12/1980");
    expect(cellText(undefined)).toBe("");
  });
});

describe("column letters", () => {
  it("converts both ways", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(columnNumber(" c ")).toBe(3);
    expect(columnNumber("XFD")).toBe(16384);
    expect(columnNumber("XFE")).toBeNull();
    expect(columnNumber("1A")).toBeNull();
    expect(columnNumber("")).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnLetter(n)) === n));
  });
});
