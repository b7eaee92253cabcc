import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "../../http/attachment.ts";
import { cellPlain, findHeader, isHeaderMap, parseCount, parseYesNo } from "./sheet-format.ts";

describe("sheet cells", () => {
  it("unwraps rich text, hyperlinks and formula results", () => {
    expect(cellPlain({ richText: [{ text: "Phường " }, { text: "Ba Đình" }] })).toBe("Phường Ba Đình");
    expect(cellPlain({ text: "Trang", hyperlink: "https://example.vn" })).toBe("Trang");
    expect(cellPlain({ formula: "1+1", result: 2 })).toBe(2);
    expect(cellPlain(undefined)).toBeNull();
  });

  it("reads counts: whole, non-negative, with Vietnamese thousands separators", () => {
    expect(parseCount(null)).toEqual({ ok: true, value: null });
    expect(parseCount(" ")).toEqual({ ok: true, value: null });
    expect(parseCount(200)).toEqual({ ok: true, value: 200 });
    expect(parseCount("1.150")).toEqual({ ok: true, value: 1150 });
    expect(parseCount("12 000")).toEqual({ ok: true, value: 12000 });
    expect(parseCount(-1)).toMatchObject({ ok: false, message: '"-1" không hợp lệ: không được âm.' });
    expect(parseCount("-3")).toMatchObject({ ok: false });
    expect(parseCount("- 3")).toMatchObject({ ok: false, message: '"- 3" không hợp lệ: không được âm.' });
    expect(parseCount(2.5)).toMatchObject({ ok: false });
    expect(parseCount("abc")).toMatchObject({
      ok: false,
      message: '"abc" không phải là số nguyên không âm.',
    });
  });

  it("reads yes/no the Vietnamese way", () => {
    expect(parseYesNo("Có")).toEqual({ ok: true, value: true });
    expect(parseYesNo("KHÔNG")).toEqual({ ok: true, value: false });
    expect(parseYesNo("x")).toEqual({ ok: true, value: true });
    expect(parseYesNo("")).toEqual({ ok: true, value: null });
    expect(parseYesNo("maybe")).toMatchObject({ ok: false });
  });
});

describe("findHeader", () => {
  it("skips title rows and matches headers without diacritics or case", () => {
    const h = findHeader([
      { row: 1, cells: ["DANH SÁCH ĐƠN VỊ"] },
      { row: 3, cells: [null, "ma don vi", "TÊN ĐƠN VỊ (*)", "Loại đơn vị", "Đơn vị cấp trên"] },
    ]);
    expect(isHeaderMap(h) && h).toEqual({ row: 3, columns: { code: 1, name: 2, kind: 3, parentCode: 4 } });
  });

  it("names the missing columns", () => {
    const h = findHeader([{ row: 2, cells: ["Mã đơn vị", "Tên"] }]);
    expect(isHeaderMap(h)).toBe(false);
    expect(!isHeaderMap(h) && h.message).toMatch(/^Dòng 2: dòng tiêu đề thiếu cột "Loại"/u);
    const none = findHeader([{ row: 1, cells: ["hello"] }]);
    expect(!isHeaderMap(none) && none.message).toMatch(/Không tìm thấy dòng tiêu đề/u);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("Danh sách đơn vị 01-11-2019.xlsx")).toBe(
      "attachment; filename=\"danh-sach-don-vi-01-11-2019.xlsx\"; filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%C6%A1n%20v%E1%BB%8B%2001-11-2019.xlsx",
    );
  });
});
