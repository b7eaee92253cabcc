import { describe, expect, it } from "vitest";
import { buildZip, MINIMAL_XLSX_PARTS, pseudoRandomBytes } from "../files/testing/zip-builder.ts";
import { type DelegateImportError, parseDelegateList } from "./delegate-list.ts";
import { officeWorkbook, putRows, simpleList, toBuffer, twoRowHeader } from "./testing/delegate-workbooks.ts";

const referenceDate = "2020-03-01"; // the conference date: birth years 1900 … 2020
const HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ, đơn vị công tác"];

async function parseRows(rows: unknown[][], header: readonly string[] = HEADER) {
  return parseDelegateList(await toBuffer(simpleList(header, rows as never)), { referenceDate });
}

const brief = (errors: DelegateImportError[]) => errors.map((e) => [e.row, e.column, e.message]);

describe("parseDelegateList — bad files never throw", () => {
  it.each([
    ["an empty buffer", Buffer.alloc(0), /^Tệp rỗng/u],
    [
      "10 MB of random junk",
      Buffer.concat([Buffer.from([0]), pseudoRandomBytes(10 * 1024 * 1024)]),
      /^Tệp không phải là bảng tính: hệ thống nhận tệp Excel \(\.xlsx, \.xls\) hoặc CSV/u,
    ],
    [
      "a zip bomb",
      buildZip({
        entries: [
          ...MINIMAL_XLSX_PARTS,
          { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024) },
        ],
      }),
      /nén bất thường/u,
    ],
    [
      "a ZIP declaring 60,000 entries",
      buildZip({ entries: MINIMAL_XLSX_PARTS, declaredEntryCount: 60_000 }),
      /quá nhiều thành phần/u,
    ],
    [
      "a ZIP with the two parts but no real workbook",
      buildZip({ entries: MINIMAL_XLSX_PARTS }),
      /không có trang tính nào/u,
    ],
  ])("reports %s as a file error", async (_what, buffer, message) => {
    const r = await parseDelegateList(buffer, { referenceDate });
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 0, column: "" });
    expect(r.errors[0]?.message).toMatch(message);
  });

  it("says which headers it expected when there is no header", async () => {
    const r = await parseRows([["Nguyễn Văn An", 1975]], ["Tên người", "Sinh"]);
    expect(r.headerRow).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(/^Không tìm thấy dòng tiêu đề/u);
    for (const h of [
      "“Họ và tên”",
      "“Năm sinh”",
      "“Nam”",
      "“Nữ”",
      "“Dân tộc”",
      "“Chức vụ, đơn vị công tác”",
      "“Thành tích”",
    ]) {
      expect(r.errors[0]?.message).toContain(h);
    }
  });

  it("reports a header with no rows under it", async () => {
    const r = await parseRows([]);
    expect(brief(r.errors)).toEqual([
      [1, "", "Danh sách không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 1, trang tính “Danh sách”)."],
    ]);
  });
});

describe("parseDelegateList — bad rows and cells, in Vietnamese", () => {
  it("refuses a year in both the Nam and the Nữ column", async () => {
    const wb = officeWorkbook();
    wb.getWorksheet("DS trích ngang")!.getCell("D11").value = 1976;
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(brief(r.errors)).toEqual([
      [
        11,
        "C",
        "Dòng 11, cột C và D (Năm sinh): ghi ở cả cột Nam (C) và cột Nữ (D); chỉ ghi năm sinh vào một cột theo giới tính.",
      ],
    ]);
  });

  it("refuses impossible birth years, counted at the conference's date (01/03/2020)", async () => {
    const r = await parseRows([
      [1, "Nguyễn Văn An", 1890, "Nam"],
      [2, "Lê Văn Bảo", 19755, "Nam"],
      [3, "Trần Thị Cúc", "năm bảy lăm", "Nữ"],
      [4, "Phạm Văn Dũng", 2021, "Nam"],
      [5, "Đỗ Văn Em", 1975.5, "Nam"],
      [6, "Hồ Văn Phú", "15/03/2020", "Nam"],
      [7, "Vũ Văn Giang", "12/05/1960", "Nam"],
      [8, "Lê Thị Hoa", 2010, "Nữ"],
    ]);
    const rule = "cần năm có 4 chữ số (hoặc ngày sinh dd/mm/yyyy), từ 1900 đến ngày hội nghị 01/03/2020.";
    expect(brief(r.errors)).toEqual([
      [2, "C", `Dòng 2, cột C (Năm sinh): năm sinh “1890” không hợp lệ: ${rule}`],
      [3, "C", `Dòng 3, cột C (Năm sinh): năm sinh “19755” không hợp lệ: ${rule}`],
      [4, "C", `Dòng 4, cột C (Năm sinh): năm sinh “năm bảy lăm” không hợp lệ: ${rule}`],
      [5, "C", `Dòng 5, cột C (Năm sinh): năm sinh “2021” không hợp lệ: ${rule}`],
      [6, "C", `Dòng 6, cột C (Năm sinh): năm sinh “1975.5” không hợp lệ: ${rule}`],
      [7, "C", `Dòng 7, cột C (Năm sinh): năm sinh “15/03/2020” không hợp lệ: ${rule}`],
    ]);
    expect(r.rows.find((p) => p.row === 8)).toMatchObject({ birthYear: 1960, birthDate: "1960-05-12" });
    // A pupil is honoured too: a warning, not a refusal.
    expect(r.rows.find((p) => p.row === 9)).toMatchObject({ birthYear: 2010, birthDate: null });
    expect(brief(r.warnings)).toEqual([
      [
        9,
        "C",
        "Dòng 9, cột C (Năm sinh): người sinh 2010 mới 10 tuổi vào ngày hội nghị; hãy kiểm tra lại năm sinh.",
      ],
    ]);
  });

  it("reads a birth date typed as a date", async () => {
    const r = await parseRows([[1, "Nguyễn Văn An", new Date(Date.UTC(1975, 4, 12)), "Nam"]]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.birthYear).toBe(1975);
  });

  it("names an unknown ethnicity and accepts its other names", async () => {
    const r = await parseRows([
      [1, "Nguyễn Văn An", 1975, "Nam", "Kinhh"],
      [2, "Lê Văn Bảo", 1975, "Nam", "Việt"],
      [3, "Thạch Thị Sa", 1980, "Nữ", "Khmer"],
      [4, "Sùng A Páo", 1985, "Nam", "H'Mông"],
    ]);
    expect(brief(r.errors)).toEqual([
      [
        2,
        "E",
        "Dòng 2, cột E (Dân tộc): dân tộc “Kinhh” không có trong danh mục 54 dân tộc Việt Nam (Quyết định 1019/QĐ-TCTK).",
      ],
    ]);
    expect(r.rows.map((p) => p.ethnicityCode)).toEqual([null, "01", "05", "08"]);
  });

  it("reports a missing name, a name with digits, a bad gender and a gender that contradicts the column", async () => {
    const r = await parseRows([
      [1, null, 1975, "Nam", "Kinh", "Chủ tịch"],
      [2, "Nguyễn Văn 2", 1975, "Nam"],
      [3, "Lê Văn Bảo", 1975, "Ông"],
    ]);
    expect(brief(r.errors)).toEqual([
      [2, "B", "Dòng 2, cột B (Họ và tên): thiếu họ và tên."],
      [3, "B", "Dòng 3, cột B (Họ và tên): họ và tên “Nguyễn Văn 2” không hợp lệ (không được có chữ số)."],
      [4, "D", "Dòng 4, cột D (Giới tính): giới tính “Ông” không hợp lệ: ghi “Nam” hoặc “Nữ”."],
    ]);
    const wb = officeWorkbook();
    const ws = wb.getWorksheet("DS trích ngang")!;
    ws.getCell("I7").value = "Giới tính";
    ws.getCell("I11").value = "Nữ";
    const r2 = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(brief(r2.errors)).toEqual([
      [11, "I", "Dòng 11, cột I (Giới tính): giới tính “Nữ” không khớp với năm sinh ghi ở cột Nam."],
    ]);
  });

  it("accepts formula cells through their cached result, keeps text starting with = as text", async () => {
    const wb = simpleList(HEADER, []);
    const ws = wb.worksheets[0]!;
    putRows(ws, 2, [
      [
        1,
        { formula: 'CONCATENATE("Nguyễn ","Văn An")', result: "Nguyễn Văn An" },
        { formula: "1900+75", result: 1975 },
        "Nam",
        "Kinh",
        "=SUM(A1:A2)",
      ],
      [2, "Lê Văn Bảo", { formula: "1900+80" }, "Nam", "Kinh", null],
      [
        3,
        "Trần Văn Cả",
        { formula: "VLOOKUP(A4,X:Y,2,0)", result: { error: "#N/A" } },
        "Nam",
        { error: "#REF!" },
        null,
      ],
    ]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.rows[0]).toMatchObject({ fullName: "Nguyễn Văn An", birthYear: 1975, position: "=SUM(A1:A2)" });
    expect(brief(r.errors)).toEqual([
      [
        3,
        "C",
        "Dòng 3, cột C (Năm sinh): ô chứa công thức chưa có kết quả tính sẵn; hãy mở tệp bằng Excel, để Excel tính rồi lưu lại.",
      ],
      [4, "C", "Dòng 4, cột C (Năm sinh): ô có lỗi công thức (#N/A)."],
      [4, "E", "Dòng 4, cột E (Dân tộc): ô có lỗi công thức (#REF!)."],
    ]);
  });

  it("reads rich text, hyperlinks and numbers typed as text", async () => {
    const r = await parseRows([
      [
        1,
        { richText: [{ text: "Nguyễn ", font: { bold: true } }, { text: "Văn An" }] },
        " 1975 ",
        { text: "Nam", hyperlink: "https://example.org" },
        "Kinh",
        { text: { richText: [{ text: "Chủ tịch " }, { text: "phường" }] }, hyperlink: "mailto:a@b.vn" },
      ],
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      fullName: "Nguyễn Văn An",
      birthYear: 1975,
      gender: "male",
      position: "Chủ tịch phường",
    });
  });

  it("refuses more rows than the limit (default 5,000)", async () => {
    const many = Array.from({ length: 5001 }, (_, i) => [i + 1, `Nguyễn Văn An`, 1975, "Nam", "Kinh"]);
    const r = await parseRows(many);
    expect(r.rows).toHaveLength(5000);
    expect(brief(r.errors)).toEqual([
      [
        5002,
        "",
        "Danh sách có hơn 5.000 dòng dữ liệu (giới hạn 5.000 dòng, vượt từ dòng 5002): hãy chia thành nhiều tệp.",
      ],
    ]);
    const small = await parseDelegateList(await toBuffer(simpleList(HEADER, many.slice(0, 4) as never)), {
      referenceDate,
      maxRows: 3,
    });
    expect(small.errors[0]?.row).toBe(5);
  }, 30_000);
});

describe("parseDelegateList — the user's column mapping", () => {
  it("lets the user override a detected column and unmap another", async () => {
    const r0 = await parseRows([[1, "Nguyễn Văn An", 1975, "Nam", "Kinh", "Đảng viên"]]);
    expect(r0.mapping.position).toBe("F");
    const buf = await toBuffer(simpleList(HEADER, [[1, "Nguyễn Văn An", 1975, "Nam", "Kinh", "Đảng viên"]]));
    const r = await parseDelegateList(buf, { referenceDate, mapping: { position: null, category: "f" } });
    expect(r.mapping).toMatchObject({ position: null, category: "F" });
    expect(r.rows[0]).toMatchObject({ position: null, category: "Đảng viên" });
  });

  it("parses an unrecognised header when the user gives the header row and the columns", async () => {
    const buf = await toBuffer(simpleList(["Số", "Tên người", "Sinh"], [[1, "Nguyễn Văn An", 1975]]));
    const r = await parseDelegateList(buf, {
      referenceDate,
      headerRow: 1,
      mapping: { fullName: "B", birthYear: "C" },
    });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ fullName: "Nguyễn Văn An", birthYear: 1975 });
  });

  it("refuses a bad column letter, a column used twice, and no name column", async () => {
    const buf = await toBuffer(simpleList(HEADER, [[1, "Nguyễn Văn An", 1975]]));
    const r = await parseDelegateList(buf, {
      referenceDate,
      mapping: { ethnicity: "C", note: "1A", fullName: null },
    });
    expect(r.rows).toEqual([]);
    expect(brief(r.errors)).toEqual([
      [1, "1A", "Cột “1A” chọn cho “Ghi chú” không hợp lệ: ghi chữ cái của cột, ví dụ “B”."],
      [1, "C", "Cột C được chọn cho cả “Năm sinh” và “Dân tộc”: mỗi cột chỉ dùng cho một thông tin."],
      [1, "", "Chưa chọn cột “Họ và tên”."],
    ]);
  });

  it("keeps the two-row header when the user only renames a field", async () => {
    const wb = simpleList([], []);
    const ws = wb.worksheets[0]!;
    twoRowHeader(ws, 1);
    putRows(ws, 3, [[1, "Lê Thị Hoa", null, 1983, "Tày", "Hội viên", "Giỏi", "Nông dân"]]);
    const r = await parseDelegateList(await toBuffer(wb), {
      referenceDate,
      mapping: { category: "H", note: null },
    });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ gender: "female", birthYear: 1983, category: "Nông dân", note: null });
  });
});
