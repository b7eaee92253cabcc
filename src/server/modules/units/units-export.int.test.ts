import { inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { compareVi } from "../../../domain/text.ts";
import { UNIT_SHEET_COLUMNS, type Unit } from "../../../domain/units.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

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

describe("export (B1, N3)", () => {
  it("writes every unit, titled, in Vietnamese order, and logs the export", async () => {
    const office = await t.as("vanphong");
    const before = await auditCount(["unit.export"]);
    const res = await office.get("/api/units/export.xlsx");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/spreadsheetml\.sheet/u);
    const disposition = String(res.headers["content-disposition"]);
    expect(disposition).toMatch(
      /^attachment; filename="danh-sach-don-vi-[\d-]+\.xlsx"; filename\*=UTF-8''Danh%20s%C3%A1ch/u,
    );

    const ws = await readExport(res.rawPayload);
    expect(ws.getCell("A1").value).toBe("DANH SÁCH ĐƠN VỊ");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(UNIT_SHEET_COLUMNS.map((c) => c.header));
    expect(ws.getRow(4).getCell(1).font?.bold).toBe(true);

    const data: Record<string, unknown>[] = [];
    ws.eachRow((row, n) => {
      if (n <= 4) return;
      const v = row.values as unknown[];
      data.push(Object.fromEntries(UNIT_SHEET_COLUMNS.map((c, i) => [c.key, v[i + 1] ?? null])));
    });
    expect(data).toHaveLength((await allUnits()).length);
    // The tree starts at the province above the town (M1), then the town.
    expect(data[0]).toMatchObject({ code: "tinhthanhhoa", active: "Có" });
    expect(data.find((d) => d.code === "bimson")).toMatchObject({ kind: "Thị xã", active: "Có" });
    const wards = data.filter((d) => d.kind === "Phường").map((d) => String(d.name));
    expect(wards).toEqual([...wards].sort(compareVi));
    expect(wards[0]).toBe("Phường Ba Đình");
    expect(wards.at(-1)).toBe("Phường Phú Sơn");
    const byCode = new Map(data.map((d) => [d.code, d]));
    expect(byCode.get("ximang")).toMatchObject({
      workforce: 1150,
      parentCode: "bimson",
      cluster: "Cụm thi đua số 3",
    });
    expect(["badinh", "hoiphunu", "moitruong"].map((c) => byCode.get(c)!.pilot)).toEqual(["x", "x", "x"]);
    expect(byCode.get("ngoctrao")!.pilot).toBeNull();

    expect(await auditCount(["unit.export"])).toBe(before + 1);
  });

  it("writes cells starting with = + - @ as plain text, never formulas", async () => {
    const office = await t.as("vanphong");
    const evil = ['=HYPERLINK("http://example.com","bấm")', "+84 912 345 678", "-2+3", "@SUM(A1:A2)"];
    const created = await office.post("/api/units", {
      code: "congthuc",
      name: evil[0],
      kind: "co_quan",
      address: evil[1],
    });
    expect(created.statusCode).toBe(201);
    const second = await office.post("/api/units", {
      code: "congthuc2",
      name: evil[2],
      kind: "co_quan",
      address: evil[3],
    });
    expect(second.statusCode).toBe(201);

    const ws = await readExport((await office.get("/api/units/export.xlsx")).rawPayload);
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith("congthuc")) cells.push(row.getCell(2), row.getCell(8));
    });
    // Each carries the leading ' of ASVS 1.2.10 (issue #12 item 9); the import takes it off again.
    expect(cells.map((c) => c.value).sort()).toEqual(evil.map((s) => `'${s}`).sort());
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
      expect(c.numFmt).toBe("@");
    }
  });

  it("only the office, chairman and council may export", async () => {
    for (const who of ["chutich", "hoidong"])
      expect((await (await t.as(who)).get("/api/units/export.xlsx")).statusCode).toBe(200);
    for (const who of ["badinh", "vanhoa", "taichinh"]) {
      const res = await (await t.as(who)).get("/api/units/export.xlsx");
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/được xuất danh sách đơn vị/u);
    }
  });
});
