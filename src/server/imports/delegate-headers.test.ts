import { describe, expect, it } from "vitest";
import { headerKey, matchHeader } from "./delegate-headers.ts";
import { isColumnNumberRow, isFooterText } from "./delegate-layout.ts";

describe("matchHeader", () => {
  it.each([
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Họ và tên", "fullName"],
    ["Họ tên", "fullName"],
    ["Họ, tên", "fullName"],
    ["HỌ VÀ TÊN ĐẠI BIỂU", "fullName"],
    ["Nam", "birthYearMale"],
    ["Nữ", "birthYearFemale"],
    ["NỮ", "birthYearFemale"],
    ["Năm sinh Nam", "birthYearMale"],
    ["Năm sinh", "birthYear"],
    ["Ngày, tháng, năm sinh", "birthYear"],
    ["Giới tính", "gender"],
    ["Nam/Nữ", "gender"],
    ["Dân tộc", "ethnicity"],
    ["Chức vụ, đơn vị công tác", "position"],
    ["Chức vụ – đơn vị", "position"],
    ["Chức vụ - Đơn vị công tác", "position"],
    ["Đơn vị công tác", "workplace"],
    ["Thành tích", "achievement"],
    ["Thành tích nổi bật", "achievement"],
    ["Đối tượng", "category"],
    ["Thành phần", "category"],
    ["Ghi chú", "note"],
  ])("%s → %s", (text, field) => {
    expect(matchHeader(text)).toBe(field);
  });

  it.each([
    "Năm",
    "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN",
    "UBND PHƯỜNG BA ĐÌNH",
    "Độc lập - Tự do - Hạnh phúc",
    "Nguyễn Văn An",
    "",
  ])("does not take %j for a header", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it("folds case, diacritics and punctuation", () => {
    expect(headerKey("  Chức vụ –\nĐơn vị (công tác) ")).toBe("chuc vu don vi cong tac");
  });
});

describe("footer and column-number rows", () => {
  it.each([
    "NGƯỜI LẬP BIỂU",
    "Người lập danh sách",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "T/M BAN THƯỜNG VỤ",
    "TM. UBND PHƯỜNG",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "GIÁM ĐỐC",
    "Xác nhận của UBND phường",
    "Tổng cộng: 25 người",
    "Nơi nhận:",
    "Bỉm Sơn, ngày 10 tháng 3 năm 2020",
    "…, ngày … tháng … năm …",
    "Ngày    tháng    năm 2020",
  ])("%j is a footer", (text) => {
    expect(isFooterText(text)).toBe(true);
  });

  it.each([
    "Nguyễn Văn An",
    "Chủ tịch UBND phường Ba Đình",
    "Giám đốc Công ty Xi măng",
    "Tống Văn Tâm",
    "Kinh",
  ])("%j is not a footer", (text) => {
    expect(isFooterText(text)).toBe(false);
  });

  it("recognises the row of column numbers under a header", () => {
    expect(isColumnNumberRow(["1", "2", "3", "4"], "2")).toBe(true);
    expect(isColumnNumberRow(["(1)", "(2)", "(3)"], "(2)")).toBe(true);
    expect(isColumnNumberRow(["1", "Nguyễn Văn An", "1975"], "Nguyễn Văn An")).toBe(false);
    expect(isColumnNumberRow(["1"], "")).toBe(false);
  });
});
