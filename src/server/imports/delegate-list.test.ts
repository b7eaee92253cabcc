import { describe, expect, it } from "vitest";
import { parseDelegateList } from "./delegate-list.ts";
import {
  GIANG_A_DINH_NFD,
  officeWorkbook,
  putRows,
  simpleList,
  titleBlock,
  toBuffer,
  twoRowHeader,
} from "./testing/delegate-workbooks.ts";

const referenceDate = "2020-03-01";

describe("parseDelegateList — a list as an office makes it", () => {
  it("reads the list on the second sheet below a title block, with a merged Nam/Nữ header", async () => {
    const r = await parseDelegateList(await toBuffer(officeWorkbook()), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.sheetName).toBe("DS trích ngang");
    expect(r.sheetNames).toEqual(["Hướng dẫn", "DS trích ngang"]);
    expect(r.headerRow).toBe(7);
    expect(r.mapping).toMatchObject({
      stt: "A",
      fullName: "B",
      birthYearMale: "C",
      birthYearFemale: "D",
      birthYear: null,
      ethnicity: "E",
      position: "F",
      achievement: "G",
      note: "H",
    });
    expect(r.headers.C).toBe("Năm sinh – Nam");
    // Column-number row, section heading, blank rows and the footer's people are skipped.
    expect(r.rows.map((p) => [p.row, p.fullName, p.gender, p.birthYear, p.ethnicityCode])).toEqual([
      [11, "Nguyễn Văn An", "male", 1975, "01"],
      [12, "Trần Thị Bình", "female", 1982, "04"],
      [14, "Lò Văn Cường", "male", 1990, "03"],
      [15, "Giàng A Dính", "male", 1988, "08"],
    ]);
    expect(r.rows[0]?.achievement).toBe(
      "Chiến sĩ thi đua cơ sở năm 2018\nBằng khen của Chủ tịch UBND tỉnh năm 2019",
    );
    expect(r.rows[3]?.ethnicityName).toBe("Mông");
  });

  it("turns an NFD name into NFC", async () => {
    const r = await parseDelegateList(await toBuffer(officeWorkbook()), { referenceDate });
    const name = r.rows[3]!.fullName;
    expect(GIANG_A_DINH_NFD).not.toBe("Giàng A Dính");
    expect(name).toBe("Giàng A Dính");
    expect(name).toBe(name.normalize("NFC"));
    const wb = simpleList(
      ["Họ và tên", "Dân tộc", "Chức vụ"],
      [["  Đặng   Thị  Ếch ".normalize("NFD"), "Tày", "Phó  chủ tịch".normalize("NFD")]],
    );
    const r2 = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r2.rows[0]?.fullName).toBe("Đặng Thị Ếch".normalize("NFC"));
    expect(r2.rows[0]?.position).toBe("Phó chủ tịch".normalize("NFC"));
  });

  it.each([
    [
      [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Giới tính",
        "Dân tộc",
        "Chức vụ, đơn vị công tác",
        "Thành tích",
        "Ghi chú",
      ],
    ],
    [
      [
        "TT",
        "Họ tên",
        "Năm sinh",
        "Giới tính",
        "Dân tộc",
        "Chức vụ – đơn vị",
        "Thành tích nổi bật",
        "Ghi chú",
      ],
    ],
    [
      [
        "Số TT",
        "Họ, tên",
        "Ngày sinh",
        "Giới",
        "DÂN TỘC",
        "Chức vụ - Đơn vị công tác",
        "Tóm tắt thành tích",
        "GHI CHÚ",
      ],
    ],
    [
      [
        "stt",
        "HỌ VÀ TÊN",
        "NĂM SINH",
        "GIỚI TÍNH",
        "Dân\ntộc",
        "Chức vụ,\nđơn vị công tác",
        "Thành tích",
        "Ghi chú",
      ],
    ],
  ])("recognises the header spelling %j", async (header) => {
    const wb = simpleList(header, [
      [1, "Nguyễn Văn An", 1975, "Nam", "Kinh", "Bí thư Đoàn phường", "Lao động tiên tiến", "Khách mời"],
      [2, "Lê Thị Hoa", "1983", "nữ", "Mường", "Kế toán", null, null],
    ]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.mapping).toMatchObject({ stt: "A", fullName: "B", birthYear: "C", gender: "D", ethnicity: "E" });
    expect(r.mapping).toMatchObject({ position: "F", achievement: "G", note: "H" });
    expect(r.rows.map((p) => [p.fullName, p.gender, p.birthYear, p.position])).toEqual([
      ["Nguyễn Văn An", "male", 1975, "Bí thư Đoàn phường"],
      ["Lê Thị Hoa", "female", 1983, "Kế toán"],
    ]);
  });

  it("maps Đối tượng, and joins separate Chức vụ and Đơn vị columns", async () => {
    const wb = simpleList(
      ["TT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Đối tượng"],
      [[1, "Hà Văn Sơn", "Tổ trưởng", "Công ty May KH Vina", "Công nhân lao động trực tiếp"]],
    );
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.mapping).toMatchObject({ position: "C", workplace: "D", category: "E" });
    expect(r.rows[0]).toMatchObject({
      position: "Tổ trưởng, Công ty May KH Vina",
      category: "Công nhân lao động trực tiếp",
    });
  });

  it("skips blank rows and pre-numbered empty rows", async () => {
    const wb = simpleList(
      ["STT", "Họ và tên", "Năm sinh"],
      [[1, "Nguyễn Văn An", 1975], [], [], [2, "Lê Văn Bảo", 1980], [3], [4], [5]],
      { headerRow: 3 },
    );
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((p) => [p.row, p.fullName])).toEqual([
      [4, "Nguyễn Văn An"],
      [7, "Lê Văn Bảo"],
    ]);
  });

  it.each([
    ["NGƯỜI LẬP BIỂU", "B"],
    ["Người lập biểu", "D"],
    ["Thủ trưởng đơn vị", "C"],
    ["THỦ TRƯỞNG ĐƠN VỊ", "B"],
    ["Bỉm Sơn, ngày 15 tháng 4 năm 2020", "C"],
    ["…, ngày … tháng … năm …", "D"],
    ["Xác nhận của UBND phường", "B"],
    ["KT. CHỦ TỊCH", "C"],
    ["Tổng cộng: 2 người", "B"],
  ])("stops at a footer %j in column %s", async (footer, column) => {
    const wb = simpleList(["STT", "Họ và tên", "Năm sinh", "Dân tộc"], [[1, "Nguyễn Văn An", 1975, "Kinh"]]);
    const ws = wb.worksheets[0]!;
    ws.getCell(`${column}4`).value = footer;
    putRows(ws, 6, [[null, "Trần Văn Ký", null, "Chữ ký"]]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((p) => p.fullName)).toEqual(["Nguyễn Văn An"]);
  });

  it("does not take a person's position or note for a footer", async () => {
    const wb = simpleList(
      ["STT", "Họ và tên", "Chức vụ", "Ghi chú"],
      [
        [1, "Nguyễn Văn An", "Chủ tịch UBND phường", "Nghỉ hưu từ ngày 1 tháng 5 năm 2019"],
        [2, "Lê Văn Bảo", "Thủ trưởng đơn vị", null],
      ],
    );
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.rows).toHaveLength(2);
  });

  it("skips section headings", async () => {
    const wb = simpleList(["STT", "Họ và tên", "Năm sinh", "Dân tộc"], []);
    const ws = wb.worksheets[0]!;
    ws.mergeCells("A2:D2");
    ws.getCell("A2").value = "I. KHỐI CƠ QUAN";
    putRows(ws, 3, [
      [1, "Nguyễn Văn An", 1975, "Kinh"],
      ["II", "Khối doanh nghiệp"],
      [2, "Lê Văn Bảo", 1980, "Tày"],
    ]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((p) => p.fullName)).toEqual(["Nguyễn Văn An", "Lê Văn Bảo"]);
  });

  it("repeats a unit merged down over its people", async () => {
    const wb = simpleList(
      ["STT", "Họ và tên", "Đơn vị"],
      [
        [1, "Nguyễn Văn An", "Phường Ngọc Trạo"],
        [2, "Lê Văn Bảo", null],
        [3, "Phạm Văn Cường", "Xã Hà Lan"],
      ],
    );
    wb.worksheets[0]!.mergeCells("C2:C3");
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.rows.map((p) => p.position)).toEqual(["Phường Ngọc Trạo", "Phường Ngọc Trạo", "Xã Hà Lan"]);
  });

  it("reads marks under a Giới tính header merged over Nam/Nữ, with a separate Năm sinh", async () => {
    const wb = simpleList([], []);
    const ws = wb.worksheets[0]!;
    ws.mergeCells("A1:A2");
    ws.getCell("A1").value = "Họ và tên";
    ws.mergeCells("B1:C1");
    ws.getCell("B1").value = "Giới tính";
    putRows(ws, 2, [[undefined, "Nam", "Nữ"]]);
    ws.mergeCells("D1:D2");
    ws.getCell("D1").value = "Năm sinh";
    putRows(ws, 3, [
      ["Nguyễn Văn An", "x", null, 1970],
      ["Lê Thị Cúc", null, "X", 1985],
    ]);
    const r = await parseDelegateList(await toBuffer(wb), { referenceDate });
    expect(r.errors).toEqual([]);
    expect(r.mapping).toMatchObject({ birthYearMale: "B", birthYearFemale: "C", birthYear: "D" });
    expect(r.rows.map((p) => [p.gender, p.birthYear])).toEqual([
      ["male", 1970],
      ["female", 1985],
    ]);
  });
});

describe("parseDelegateList — which sheet", () => {
  async function twoSheets(): Promise<Buffer> {
    const wb = simpleList(["Đơn vị", "Số lượng"], [["Phường Ba Đình", 12]], { sheetName: "Tổng hợp" });
    const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
    putRows(hidden, 1, [
      ["STT", "Họ và tên", "Năm sinh", "Dân tộc", "Chức vụ", "Thành tích", "Ghi chú"],
      [1, "Người Trong Trang Ẩn", 1970, "Kinh", "x", "x", "x"],
    ]);
    const ws = wb.addWorksheet("Danh sách");
    titleBlock(ws, "Hội Liên hiệp Phụ nữ thị xã");
    twoRowHeader(ws);
    putRows(ws, 9, [[1, "Nguyễn Thị Mai", null, 1979, "Kinh", "Chủ tịch Hội", null, null]]);
    return toBuffer(wb);
  }

  it("chooses the visible sheet whose header scores best", async () => {
    const r = await parseDelegateList(await twoSheets(), { referenceDate });
    expect(r.sheetName).toBe("Danh sách");
    expect(r.rows.map((p) => p.fullName)).toEqual(["Nguyễn Thị Mai"]);
  });

  it("reads the sheet the user names, and says which sheets exist when it is missing", async () => {
    const buf = await twoSheets();
    const hidden = await parseDelegateList(buf, { referenceDate, sheetName: "Ẩn" });
    expect(hidden.rows.map((p) => p.fullName)).toEqual(["Người Trong Trang Ẩn"]);
    const missing = await parseDelegateList(buf, { referenceDate, sheetName: "Sheet9" });
    expect(missing.rows).toEqual([]);
    expect(missing.errors).toEqual([
      {
        row: 0,
        column: "",
        message: "Không có trang tính “Sheet9” trong tệp. Các trang tính: “Tổng hợp”, “Ẩn”, “Danh sách”.",
      },
    ]);
  });
});

describe("a header whose name column is not recognised", () => {
  it("still finds the header row and asks for the name column; a mapping override then reads the rows", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hướng dẫn").addRow(["Danh sách ở trang tính sau"]);
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["DANH SÁCH TRÍCH NGANG"]);
    ws.addRow(["STT", "Người được đề nghị", "Năm sinh", "Dân tộc", "Thành tích"]);
    ws.addRow([1, "Nguyễn Văn An", 1970, "Kinh", "Lao động giỏi"]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());

    const first = await parseDelegateList(buffer);
    expect(first.sheetName).toBe("Danh sách");
    expect(first.headerRow).toBe(2);
    expect(first.mapping.fullName).toBeNull();
    expect(first.errors.map((e) => e.message)).toContain("Chưa chọn cột “Họ và tên”.");

    const fixed = await parseDelegateList(buffer, { mapping: { ...first.mapping, fullName: "B" } });
    expect(fixed.errors).toEqual([]);
    expect(fixed.rows.map((r) => r.fullName)).toEqual(["Nguyễn Văn An"]);
  });
});
