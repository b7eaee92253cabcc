import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { UNIT_SHEET_COLUMNS, type Unit } from "../../../domain/units.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

function upload(c: Client, url: string, content: Buffer, filename = "don-vi.xlsx", field = "file") {
  const boundary = `----thidua${randomBytes(8).toString("hex")}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
    "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return c.request({
    method: "POST",
    url,
    payload,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
}

async function workbook(
  rows: (string | number | null)[][],
  titleRows: string[][] = [["DANH SÁCH ĐƠN VỊ"], []],
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đơn vị");
  for (const r of titleRows) ws.addRow(r);
  ws.addRow(UNIT_SHEET_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function allUnits(): Promise<Unit[]> {
  const office = await t.as("vanphong");
  return (await office.get("/api/units?includeInactive=true")).json().items as Unit[];
}

const auditCount = async (actions: string[]) =>
  (await t.database.db.select().from(auditEvents).where(inArray(auditEvents.action, actions))).length;

async function readExport(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe("import (B1)", () => {
  const BAD_ROWS: (string | number | null)[][] = [
    ["phuongmoi", "Phường Mới", "phuongg", "bimson"], // row 4: unknown kind
    ["phuongmoi2", "", "phuong", "khongco"], // row 5: empty name, unknown parent
    ["badinh", "Phường Ba Đình", "phuong", "bimson", 30], // row 6: workforce on a ward
    ["dn-moi", "DN mới", "Doanh nghiệp", "bimson", -3], // row 7: negative
    ["dn-moi", "DN mới 2", "doanh_nghiep", "bimson", "nhiều"], // row 8: duplicate code, not a number
  ];

  it("a dry run lists every bad row and column, and changes nothing", async () => {
    const office = await t.as("vanphong");
    const before = await allUnits();
    const audits = await auditCount(["unit.import", "unit.create", "unit.update"]);
    const res = await upload(office, "/api/units/import?dryRun=true", await workbook(BAD_ROWS));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, rows: 5 });
    expect(body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual([
      "4:Loại",
      "5:Tên đơn vị",
      "5:Mã đơn vị cấp trên",
      "6:Số lao động",
      "7:Số lao động",
      "8:Mã đơn vị",
      "8:Số lao động",
    ]);
    expect(body.errors[0].message).toBe('Dòng 4, cột Loại: không có loại đơn vị "phuongg".');
    expect(await allUnits()).toEqual(before);
    expect(await auditCount(["unit.import", "unit.create", "unit.update"])).toBe(audits);
  });

  it("a real import with errors is refused whole (422) and changes nothing", async () => {
    const office = await t.as("vanphong");
    const before = await allUnits();
    const rows = [["tot-1", "Đơn vị tốt", "co_quan", "bimson"], ...BAD_ROWS];
    const checked = await upload(office, "/api/units/import?dryRun=true", await workbook(rows));
    const res = await upload(office, "/api/units/import", await workbook(rows));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe("IMPORT_INVALID");
    expect(body.error.message).toMatch(/^Tệp có 7 lỗi nên chưa nhập dòng nào/u);
    expect(body.error.details).toHaveLength(7);
    expect(body.error.details).toEqual(checked.json().errors);
    expect(body.error.details[0]).toEqual({
      row: expect.any(Number),
      column: expect.any(String),
      message: expect.any(String),
    });
    expect(await allUnits()).toEqual(before);
  });

  it("creates and updates from a good file, all audited; the export reads back unchanged", async () => {
    const office = await t.as("vanphong");
    const exported = (await office.get("/api/units/export.xlsx")).rawPayload;
    const roundTrip = await upload(office, "/api/units/import?dryRun=true", exported);
    expect(roundTrip.json()).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(roundTrip.json().unchanged).toBe((await allUnits()).length);

    const ws = await readExport(exported);
    ws.eachRow((row) => {
      if (row.getCell(1).value === "ximang") row.getCell(5).value = 1200;
    });
    ws.addRow([
      "to-dan-pho-1",
      "Tổ dân phố số 1",
      "Phường",
      "phuong-moi",
      null,
      800,
      null,
      "Khu 1",
      null,
      "Có",
    ]);
    ws.addRow(["phuong-moi", "Phường Mới", "phuong", "bimson", null, 9000, null, null, null, null]);
    const wb = ws.workbook;
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    const importsBefore = await auditCount(["unit.import"]);
    const res = await upload(office, "/api/units/import", file, "Danh sách.xlsx");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, created: 2, updated: 1, errors: [] });

    const units = new Map((await allUnits()).map((u) => [u.code, u]));
    const ward = units.get("phuong-moi")!;
    expect(units.get("to-dan-pho-1")).toMatchObject({
      parentId: ward.id,
      population: 800,
      address: "Khu 1",
      kind: "phuong",
    });
    expect(ward).toMatchObject({ parentId: units.get("bimson")!.id, population: 9000 });
    expect(units.get("ximang")).toMatchObject({ workforce: 1200, version: 2 });

    expect(await auditCount(["unit.import"])).toBe(importsBefore + 1);
    const [imp] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, "unit.import"));
    expect(imp!.after).toMatchObject({ file: "Danh sách.xlsx", created: 2, updated: 1 });
    const perUnit = await t.database.db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.entityId, [ward.id, units.get("ximang")!.id]));
    expect(perUnit.map((a) => a.action).sort()).toEqual(["unit.create", "unit.update"]);
  });

  it("finds the header below extra title rows and reads kinds by name", async () => {
    const office = await t.as("vanphong");
    const file = await workbook([["khu-a", "Khu A", "Cơ quan"]], [["UBND"], ["Danh sách"], ["năm 2025"], []]);
    const res = await upload(office, "/api/units/import?dryRun=true", file);
    expect(res.json()).toMatchObject({ rows: 1, created: 1, errors: [] });
  });

  it("judges the file by content: a text file named .xlsx gets 415 in Vietnamese", async () => {
    const office = await t.as("vanphong");
    const res = await upload(
      office,
      "/api/units/import",
      Buffer.from("Mã đơn vị;Tên\nbadinh;Ba Đình\n"),
      "gia.xlsx",
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/không phải là tệp Excel \(\.xlsx\) hợp lệ/u);
  });

  it("asks for the file in field 'file', and refuses a unit user", async () => {
    const office = await t.as("vanphong");
    const wrongField = await upload(office, "/api/units/import", await workbook([]), "a.xlsx", "tep");
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.message).toMatch(/trường "file"/u);
    const json = await office.post("/api/units/import", { file: "x" });
    expect(json.statusCode).toBe(400);
    const unitUser = await upload(await t.as("badinh"), "/api/units/import", await workbook([]));
    expect(unitUser.statusCode).toBe(403);
  });
});

describe("upload size", () => {
  it("answers 413 beyond the configured limit", async () => {
    const small = await createTestApp({ config: { uploadMaxBytes: 4096 } });
    try {
      const res = await upload(await small.as("vanphong"), "/api/units/import", randomBytes(20_000));
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toMatch(/vượt quá dung lượng/u);
    } finally {
      await small.close();
    }
  });
});
