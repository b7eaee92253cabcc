import { describe, expect, it } from "vitest";
import { type ExistingUnit, type ImportContext, MAX_IMPORT_ROWS, planImport } from "./import-rows.ts";
import { findHeader, type HeaderMap, isHeaderMap, type SheetCell, type SheetRow } from "./sheet-format.ts";

const HEADERS = [
  "Mã đơn vị",
  "Tên đơn vị",
  "Loại",
  "Mã đơn vị cấp trên",
  "Số lao động",
  "Dân số",
  "Cụm thi đua",
  "Địa chỉ",
  "Điểm",
  "Đang hoạt động",
];

const unit = (
  u: Partial<ExistingUnit> & { id: string; code: string; name: string; kind: string },
): ExistingUnit => ({
  parentId: null,
  workforce: null,
  population: null,
  clusterId: null,
  address: null,
  active: true,
  ...u,
});

const CTX: ImportContext = {
  kinds: [
    { code: "thi_xa", name: "Thị xã", hasWorkforce: false, active: true },
    { code: "phuong", name: "Phường", hasWorkforce: false, active: true },
    { code: "doanh_nghiep", name: "Doanh nghiệp", hasWorkforce: true, active: true },
    { code: "cu", name: "Loại cũ", hasWorkforce: false, active: false },
  ],
  clusters: [{ id: "c3", name: "Cụm thi đua số 3" }],
  units: [
    unit({ id: "u-town", code: "bimson", name: "Thị xã Bỉm Sơn", kind: "thi_xa" }),
    unit({ id: "u-bd", code: "badinh", name: "Phường Ba Đình", kind: "phuong", parentId: "u-town" }),
    unit({
      id: "u-xm",
      code: "ximang",
      name: "Công ty Cổ phần Xi măng Bỉm Sơn",
      kind: "doanh_nghiep",
      parentId: "u-town",
      workforce: 1150,
      clusterId: "c3",
    }),
  ],
};

/** A sheet like the export: title, subtitle, blank, header on row 4, data from row 5. */
function sheet(data: SheetCell[][], headers: string[] = HEADERS): { rows: SheetRow[]; header: HeaderMap } {
  const rows: SheetRow[] = [
    { row: 1, cells: Array(10).fill("DANH SÁCH ĐƠN VỊ") },
    { row: 2, cells: ["Xuất lúc 01/11/2019 09:00"] },
    { row: 4, cells: headers },
    ...data.map((cells, i) => ({ row: 5 + i, cells })),
  ];
  const header = findHeader(rows);
  if (!isHeaderMap(header)) throw new Error(header.message);
  return { rows, header };
}

const plan = (data: SheetCell[][], headers?: string[]) => {
  const s = sheet(data, headers);
  return planImport(s.rows, s.header, CTX);
};

describe("planImport (B1)", () => {
  it("plans creates and updates; a parent may come later in the file; unchanged rows are counted apart", () => {
    const p = plan([
      ["PQT", "Phường  Quang Trung", "Phường", "thanhhoa", null, 12000, null, null, null, "Có"],
      ["thanhhoa", "Tỉnh Thanh Hóa", "thi_xa", null, null, null, null, null, null, null],
      [
        "ximang",
        "Công ty Cổ phần Xi măng Bỉm Sơn",
        "doanh_nghiep",
        "bimson",
        "1.200",
        null,
        "cụm thi đua số 3",
        null,
        "x",
        "Có",
      ],
      ["badinh", "Phường Ba Đình", "phuong", "bimson", null, null, null, null, "x", "Có"],
      [null, null, null, null, null, null, null, null, null, null],
    ]);
    expect(p.errors).toEqual([]);
    expect(p.rows).toBe(4);
    const byCode = new Map(p.items.map((i) => [i.code, i]));
    expect(byCode.get("pqt")).toMatchObject({
      name: "Phường Quang Trung",
      kind: "phuong",
      parentCode: "thanhhoa",
      population: 12000,
      existing: null,
    });
    expect(byCode.get("ximang")).toMatchObject({ workforce: 1200, clusterId: "c3", changed: true });
    expect(byCode.get("badinh")).toMatchObject({ changed: false });
  });

  it("reports every bad cell with its row and column header, in Vietnamese", () => {
    const p = plan([
      ["a1", "", "phuong", null, null, null, null, null, null, null], // 5: empty name
      ["a2", "Phường A2", "phuongg", null, null, null, null, null, null, null], // 6: unknown kind
      ["a3", "Phường A3", "phuong", "khongco", null, null, null, null, null, null], // 7: unknown parent
      ["a1", "Trùng mã", "phuong", null, null, null, null, null, null, null], // 8: duplicate code
      ["dn1", "DN 1", "Doanh nghiệp", null, -5, null, null, null, null, null], // 9: negative workforce
      ["dn2", "DN 2", "doanh_nghiep", null, "nhiều", null, null, null, null, null], // 10: not a number
      ["p1", "Phường P1", "phuong", null, 30, null, null, null, null, null], // 11: workforce on a ward
      ["c1", "Vòng 1", "phuong", "c2", null, null, null, null, null, null], // 12: cycle
      ["c2", "Vòng 2", "phuong", "c1", null, null, null, null, null, null], // 13: cycle
      ["x", "Mã sai", "phuong", null, null, null, "Cụm 9", null, null, "có lẽ"], // 14: bad code, cluster, active
      ["old", "Loại cũ", "cu", null, 1.5, null, null, null, null, null], // 15: inactive kind
    ]);
    const at = (row: number) => p.errors.filter((e) => e.row === row).map((e) => e.message);
    expect(at(5)).toEqual(["Dòng 5, cột Tên đơn vị: bắt buộc nhập."]);
    expect(at(6)).toEqual(['Dòng 6, cột Loại: không có loại đơn vị "phuongg".']);
    expect(at(7)).toEqual([
      'Dòng 7, cột Mã đơn vị cấp trên: không có đơn vị mã "khongco" trong tệp hoặc trong hệ thống.',
    ]);
    expect(at(8)).toEqual(['Dòng 8, cột Mã đơn vị: mã "a1" trùng với dòng 5.']);
    expect(at(9)).toEqual(['Dòng 9, cột Số lao động: "-5" không hợp lệ: không được âm.']);
    expect(at(10)).toEqual(['Dòng 10, cột Số lao động: "nhiều" không phải là số nguyên không âm.']);
    expect(at(11)).toEqual([
      'Dòng 11, cột Số lao động: loại đơn vị "Phường" không có số lao động; hãy để trống.',
    ]);
    expect(at(12)[0]).toMatch(
      /^Dòng 12, cột Mã đơn vị cấp trên: đơn vị cấp trên tạo thành vòng lặp \(c1 → c2 → c1\)/u,
    );
    expect(at(13)[0]).toMatch(/^Dòng 13, cột Mã đơn vị cấp trên: .*vòng lặp/u);
    expect(at(14)).toEqual([
      'Dòng 14, cột Mã đơn vị: mã "x" không hợp lệ: chỉ gồm chữ không dấu, số, "-" hoặc "_" (2–40 ký tự).',
      'Dòng 14, cột Cụm thi đua: không có cụm thi đua "Cụm 9".',
      'Dòng 14, cột Đang hoạt động: "có lẽ" không hợp lệ; hãy ghi "Có" hoặc "Không".',
    ]);
    expect(at(15)).toEqual([
      'Dòng 15, cột Loại: loại đơn vị "Loại cũ" đã ngừng sử dụng.',
      'Dòng 15, cột Số lao động: "1.5" không hợp lệ: phải là số nguyên.',
    ]);
    expect(p.errors.every((e) => e.column && e.message.startsWith(`Dòng ${e.row}, cột ${e.column}:`))).toBe(
      true,
    );
    expect(p.errors.map((e) => e.row)).toEqual([...p.errors.map((e) => e.row)].sort((a, b) => a! - b!));
  });

  it("finds a cycle through existing units", () => {
    const p = plan([["bimson", "Thị xã Bỉm Sơn", "thi_xa", "badinh", null, null, null, null, null, null]]);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.message).toBe(
      "Dòng 5, cột Mã đơn vị cấp trên: đơn vị cấp trên tạo thành vòng lặp (bimson → badinh → bimson).",
    );
  });

  it("keeps what an absent column would hold for existing units", () => {
    const p = plan(
      [["ximang", "Xi măng Bỉm Sơn", "doanh_nghiep"]],
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    );
    expect(p.errors).toEqual([]);
    expect(p.items[0]).toMatchObject({
      parentCode: "bimson",
      workforce: 1150,
      clusterId: "c3",
      changed: true,
    });
  });

  it("refuses more rows than the limit", () => {
    const data = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`u${i}`, `Đơn vị ${i}`, "phuong"]);
    const p = plan(data);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.message).toMatch(/vượt quá giới hạn/u);
  });
});
