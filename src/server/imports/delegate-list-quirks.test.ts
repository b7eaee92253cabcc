/**
 * Real lists as offices really type them (issue #10 items 1–6, 8, "Done when"): each
 * quirk is a file built in code; the names and years read are asserted.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseDelegateList } from "./delegate-list.ts";
import { simpleList, toBuffer } from "./testing/delegate-workbooks.ts";
import { csvText, encodeWindows1258, legacyList, mergedNameList, toXls } from "./testing/quirk-files.ts";

const referenceDate = "2026-05-20";
const HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị công tác"];
const PEOPLE = [
  [1, "Nguyễn Văn Hùng", 1975, "Nam", "Kinh", "Chủ tịch UBND phường"],
  [2, "Đặng Thị Hương", 1982, "Nữ", "Tày", "Trưởng ban công tác Mặt trận"],
  [3, "Trần Quốc Trưởng", 1968, "Nam", "Kinh", "Bí thư chi bộ khu phố"],
];
const names = (r: { rows: { fullName: string }[] }) => r.rows.map((p) => p.fullName);
const years = (r: { rows: { birthYear: number | null }[] }) => r.rows.map((p) => p.birthYear);
const parse = async (wb: ExcelJS.Workbook) => parseDelegateList(await toBuffer(wb), { referenceDate });

describe("legacy encodings (item 1)", () => {
  it.each([
    ["TCVN3 names", "tcvn3", false, undefined, "TCVN3 (ABC)"],
    ["TCVN3 names and headers", "tcvn3", true, undefined, "TCVN3 (ABC)"],
    ["TCVN3 headers in the .VnTime font", "tcvn3", true, ".VnTime", "TCVN3 (ABC)"],
    ["VNI names", "vni", false, undefined, "VNI-Windows"],
    ["VNI names and headers", "vni", true, undefined, "VNI-Windows"],
    ["VNI headers in the VNI-Times font", "vni", true, "VNI-Times", "VNI-Windows"],
  ] as const)("reads %s as Unicode and says so", async (_what, encoding, legacyHeaders, font, label) => {
    const r = await parse(legacyList(encoding, HEADER, PEOPLE, { legacyHeaders, font }));
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    expect(years(r)).toEqual([1975, 1982, 1968]);
    expect(r.rows.map((p) => p.position)).toEqual(PEOPLE.map((p) => p[5]));
    expect(r.rows[1]).toMatchObject({ gender: "female", ethnicityName: "Tày" });
    expect(r.notes.join(" ")).toContain(`Tệp dùng bảng mã ${label}; đã chuyển`);
    for (const p of r.rows) expect(p.fullName).toBe(p.fullName.normalize("NFC"));
  });

  it("gives back the capitals TCVN3 cannot hold, with a note on the row", async () => {
    const r = await parse(legacyList("tcvn3", HEADER, [[1, "Lê Thị Ánh", 1990, "Nữ"]]));
    expect(names(r)).toEqual(["Lê Thị Ánh"]);
    expect(r.warnings[0]?.message).toBe(
      "Dòng 2, cột B (Họ và tên): “Lê Thị ánh” được ghi lại thành “Lê Thị Ánh” (viết hoa chữ đầu mỗi tiếng).",
    );
  });

  it("leaves a Unicode list as it is", async () => {
    const r = await parse(simpleList(HEADER, PEOPLE));
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    expect(r.notes).toEqual([]);
  });
});

describe("names in two columns (item 2)", () => {
  it("joins “Họ và đệm” and “Tên”", async () => {
    const wb = simpleList(
      ["STT", "Họ và đệm", "Tên", "Năm sinh", "Giới tính"],
      [
        [1, "Nguyễn Văn", "Hùng", 1975, "Nam"],
        [2, "Lê Thị", "Hoa", 1980, "Nữ"],
      ],
    );
    const r = await parse(wb);
    expect(r.mapping).toMatchObject({ fullName: "B", givenName: "C" });
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Lê Thị Hoa"]);
  });

  it("joins “Họ và tên” merged over two columns, and warns on a name cut short", async () => {
    const r = await parse(
      mergedNameList([
        [1, "Trần Văn", "Nam", 1970, "Nam"],
        [2, "Phạm Thị", undefined, 1985, "Nữ"],
      ]),
    );
    expect(r.mapping).toMatchObject({ fullName: "B", givenName: "C", birthYear: "D", gender: "E" });
    expect(r.headerRow).toBe(1);
    expect(names(r)).toEqual(["Trần Văn Nam", "Phạm Thị"]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "Dòng 4, cột B, C (Họ và tên): họ và tên “Phạm Thị” kết thúc bằng tên đệm; hãy kiểm tra có thiếu tên.",
    ]);
  });

  it("lets the user give the name two columns", async () => {
    const wb = simpleList(["TT", "Họ", "Chữ cuối", "Năm sinh"], [[1, "Đỗ Minh", "Châu", 1979]]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate, mapping: { givenName: "C" } });
    expect(names(r)).toEqual(["Đỗ Minh Châu"]);
  });
});

describe("dates and gender (item 3), ages at the conference (item 8)", () => {
  it("keeps full birth dates from text and date cells, gender from “Giới tính”", async () => {
    const wb = simpleList(
      ["STT", "Họ và tên", "Ngày sinh", "Giới tính"],
      [
        [1, "Nguyễn Văn An", "05/09/1975", "Nam"],
        [2, "Lê Thị Bình", new Date(Date.UTC(1988, 11, 31)), "Nữ"],
        [3, "Hoàng Minh Khôi", "20/05/2012", "nam"],
      ],
    );
    const r = await parse(wb);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((p) => [p.birthYear, p.birthDate, p.gender])).toEqual([
      [1975, "1975-09-05", "male"],
      [1988, "1988-12-31", "female"],
      [2012, "2012-05-20", "male"],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "Dòng 4, cột C (Năm sinh): người sinh 20/05/2012 mới 14 tuổi vào ngày hội nghị; hãy kiểm tra lại năm sinh.",
    ]);
  });

  it("refuses a day that does not exist", async () => {
    const r = await parse(
      simpleList(["STT", "Họ và tên", "Ngày sinh"], [[1, "Nguyễn Văn An", "31/02/1975"]]),
    );
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[2, "C"]]);
  });
});

describe("cleaning (item 4)", () => {
  it("removes invisible characters before anything else, so duplicates are found", async () => {
    const wb = simpleList(HEADER, [
      [1, "\uFEFFNguyễn\u200B Văn\u00A0Hùng", 1975, "Nam"],
      [2, "Lê Thị\u00AD Hoa\u2060", 1980, "Nữ"],
    ]);
    const r = await parse(wb);
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Lê Thị Hoa"]);
    expect(r.notes.join(" ")).toContain("Đã bỏ ký tự ẩn");
  });

  it("offers names in capitals or lower case in proper case, with a note", async () => {
    const r = await parse(
      simpleList(HEADER, [
        [1, "NGUYỄN VĂN HÙNG", 1975, "Nam"],
        [2, "đặng thị hương", 1982, "Nữ"],
      ]),
    );
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương"]);
    expect(r.warnings.map((w) => [w.row, w.column])).toEqual([
      [2, "B"],
      [3, "B"],
    ]);
  });
});

describe("which sheet (item 5)", () => {
  it("reads the sheet with most data rows, not an instructions sheet with an example table", async () => {
    const wb = new ExcelJS.Workbook();
    const help = wb.addWorksheet("Hướng dẫn");
    help.getCell("A1").value = "Hướng dẫn: ghi mỗi đại biểu một dòng, năm sinh vào cột Năm sinh. Ví dụ:";
    [HEADER, [1, "Nguyễn Văn Mẫu", 1970, "Nam"], [2, "Trần Thị Ví Dụ", 1971, "Nữ"]].forEach((r, i) => {
      r.forEach((v, c) => {
        help.getCell(i + 3, c + 1).value = v;
      });
    });
    const list = wb.addWorksheet("Danh sách");
    [HEADER, ...PEOPLE].forEach((r, i) => {
      r.forEach((v, c) => {
        list.getCell(i + 1, c + 1).value = v;
      });
    });
    const r = await parse(wb);
    expect(r.sheetName).toBe("Danh sách");
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    expect(r.notes).toContain(
      "Đã đọc trang tính “Danh sách” (trang có nhiều dòng dữ liệu nhất); có thể chọn trang tính khác.",
    );
    const other = await parseDelegateList(await toBuffer(wb), { referenceDate, sheetName: "Hướng dẫn" });
    expect(names(other)).toEqual(["Nguyễn Văn Mẫu", "Trần Thị Ví Dụ"]);
  });
});

describe(".xls and CSV (item 6)", () => {
  it("reads an Excel 97–2003 file", async () => {
    const xls = await toXls(simpleList(HEADER, PEOPLE));
    expect(xls.subarray(0, 4).toString("hex")).toBe("d0cf11e0");
    const r = await parseDelegateList(xls, { referenceDate });
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    expect(years(r)).toEqual([1975, 1982, 1968]);
    expect(r.notes[0]).toBe("Tệp Excel 97–2003 (.xls) đã được chuyển sang .xlsx để đọc.");
  }, 120_000);

  it.each([
    ["UTF-8 with a BOM, semicolons", (t: string) => Buffer.from(`\uFEFF${t}`), ";"],
    ["UTF-8, tabs", (t: string) => Buffer.from(t), "\t"],
    ["Windows-1258, commas", encodeWindows1258, ","],
  ] as const)("reads CSV in %s", async (_what, encode, separator) => {
    const text = csvText([HEADER, ...PEOPLE.map((p) => p.map(String))], separator);
    const r = await parseDelegateList(encode(text), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(["Nguyễn Văn Hùng", "Đặng Thị Hương", "Trần Quốc Trưởng"]);
    expect(years(r)).toEqual([1975, 1982, 1968]);
    expect(r.rows[0]?.position).toBe("Chủ tịch UBND phường");
  });

  it("still names the row and column of a bad CSV cell, and reads no person from it", async () => {
    const text = csvText([HEADER, [1, "Nguyễn Văn An", "1975", "Nam"], [2, "Lê Thị Bình", "năm 82", "Nữ"]]);
    const r = await parseDelegateList(Buffer.from(text), { referenceDate });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, "C"]]);
    expect(r.errors[0]?.message).toMatch(/^Dòng 3, cột C \(Năm sinh\): năm sinh “năm 82” không hợp lệ/u);
  });
});
