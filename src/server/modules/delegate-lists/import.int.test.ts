import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client, TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, persons } from "../../db/schema/index.ts";
import { buildZip, MINIMAL_XLSX_PARTS } from "../../files/testing/zip-builder.ts";
import { officeWorkbook, simpleList, toBuffer } from "../../imports/testing/delegate-workbooks.ts";
import { conferenceOf, delegateCount, personCount } from "./testing/fixtures.ts";
import { multipart } from "./testing/multipart.ts";

let t: TestApp;
let office: Client;
let bacSon: string;
let messy: Buffer;

beforeAll(async () => {
  t = await createTestApp({ config: { uploadMaxBytes: 512 * 1024 } });
  office = await t.as("vanphong");
  bacSon = await conferenceOf(t.database.db, "bacson");
  messy = await toBuffer(officeWorkbook());
});
afterAll(() => t?.close());

function upload(
  c: Client,
  conferenceId: string,
  content: Buffer,
  opts: { dryRun?: boolean; fields?: Record<string, string>; filename?: string } = {},
) {
  const body = multipart({ content, filename: opts.filename }, opts.fields);
  return c.request({
    method: "POST",
    url: `/api/conferences/${conferenceId}/delegates/import${opts.dryRun ? "?dryRun=true" : ""}`,
    ...body,
  });
}

async function counts(conferenceId: string) {
  return {
    delegates: await delegateCount(t.database.db, conferenceId),
    people: await personCount(t.database.db),
  };
}

describe("POST /api/conferences/:id/delegates/import (E3)", () => {
  it("a dry run of a messy office list reads every row and saves nothing", async () => {
    const before = await counts(bacSon);
    const res = await upload(office, bacSon, messy, { dryRun: true });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      dryRun: true,
      rows: 4,
      errors: [],
      sheetName: "DS trích ngang",
      created: 4,
      added: 4,
      version: null,
    });
    expect(body.sheetNames).toEqual(["Hướng dẫn", "DS trích ngang"]);
    expect(body.mapping).toMatchObject({
      fullName: "B",
      birthYearMale: "C",
      birthYearFemale: "D",
      ethnicity: "E",
    });
    expect(body.preview.map((r: { fullName: string }) => r.fullName)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lò Văn Cường",
      "Giàng A Dính",
    ]);
    expect(await counts(bacSon)).toEqual(before);
  });

  it("imports all rows in one go: people of the unit, delegates, one audit row; a second import reuses them", async () => {
    const before = await counts(bacSon);
    const res = await upload(office, bacSon, messy);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: false,
      rows: 4,
      created: 4,
      reused: 0,
      added: 4,
      alreadyListed: 0,
    });
    expect(await counts(bacSon)).toEqual({ delegates: before.delegates + 4, people: before.people + 4 });
    const [giang] = await t.database.db.select().from(persons).where(eq(persons.fullName, "Giàng A Dính"));
    expect(giang).toMatchObject({ gender: "male", birthYear: 1988 });
    expect(giang!.fullName).toBe("Giàng A Dính".normalize("NFC"));
    const audit = (await t.database.db.select().from(auditEvents)).filter(
      (e) => e.action === "conference.delegates_import",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entityId).toBe(bacSon);

    const again = await upload(office, bacSon, messy);
    expect(again.json()).toMatchObject({ created: 0, reused: 4, alreadyListed: 4, added: 0 });
    expect(await counts(bacSon)).toEqual({ delegates: before.delegates + 4, people: before.people + 4 });
  });

  it("refuses a file with a bad row with 422 naming row and column, and saves nothing", async () => {
    const lamSon = await conferenceOf(t.database.db, "lamson");
    const wb = simpleList(
      ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ"],
      [
        [1, "Phan Văn Tốt", 1970, "Nam", "Kinh", "Tổ trưởng"],
        [2, "Hồ Thị Sai", "19x5", "Nữ", "Kinh", "Giáo viên"],
        [3, "Mai Văn Lạ", 1980, "Nam", "Klingon", "Nông dân"],
      ],
    );
    const before = await counts(lamSon);
    const res = await upload(office, lamSon, await toBuffer(wb));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe("IMPORT_INVALID");
    expect(body.error.message).toContain("chưa nhập dòng nào");
    expect(body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, "C"],
      [4, "E"],
    ]);
    expect(body.errors[0].message).toMatch(/Dòng 3/u);
    expect(body.error.message).toMatch(/^Tệp có 2 lỗi/u);
    expect(body.error.details).toEqual(
      body.errors.map((e: { row: number; column: string; message: string }) => ({
        row: e.row,
        column: e.column,
        message: e.message,
      })),
    );
    expect(await counts(lamSon)).toEqual(before);
  });

  it("refuses a PDF renamed .xlsx with 415 and a Vietnamese message; a zip bomb with 413", async () => {
    // A text file is read as CSV (issue #10 item 6); a binary file that is no spreadsheet is refused.
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n"), Buffer.from([0, 1, 2, 3])]);
    const res = await upload(office, bacSon, pdf, { filename: "danh-sach.xlsx" });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain("Tệp không phải là bảng tính");
    const bomb = buildZip({
      entries: [
        ...MINIMAL_XLSX_PARTS,
        { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(20 * 1024 * 1024) },
      ],
    });
    expect((await upload(office, bacSon, bomb)).statusCode).toBe(413);
    expect((await upload(office, bacSon, Buffer.alloc(600 * 1024, 1))).statusCode).toBe(413);
  });

  it("applies a column mapping sent with the file, and reads guests from “Đối tượng”", async () => {
    const wb = simpleList(
      ["STT", "Họ và tên", "Tên thường gọi", "Năm sinh", "Đối tượng"],
      [
        [1, "Nguyễn Thị Một", "Cô Một", 1960, "Đại biểu khách mời"],
        [2, "Nguyễn Văn Hai", "Chú Hai", 1961, "Điển hình tiên tiến"],
      ],
    );
    const file = await toBuffer(wb);
    const detected = (await upload(office, bacSon, file, { dryRun: true })).json();
    expect(detected.preview.map((r: { fullName: string; role: string }) => [r.fullName, r.role])).toEqual([
      ["Nguyễn Thị Một", "guest"],
      ["Nguyễn Văn Hai", "exemplar"],
    ]);
    const mapped = await upload(office, bacSon, file, {
      dryRun: true,
      fields: { mapping: JSON.stringify({ fullName: "C" }) },
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json().mapping.fullName).toBe("C");
    expect(mapped.json().preview.map((r: { fullName: string }) => r.fullName)).toEqual(["Cô Một", "Chú Hai"]);
    const bad = await upload(office, bacSon, file, { dryRun: true, fields: { mapping: "{not json" } });
    expect(bad.statusCode).toBe(400);
  });

  it("refuses a list over the row limit and rows that name the same person twice", async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => [i + 1, `Người Thứ ${i + 1}`]);
    const big = await upload(office, bacSon, await toBuffer(simpleList(["STT", "Họ và tên"], rows)), {
      dryRun: true,
    });
    expect(big.statusCode).toBe(200);
    expect(big.json().errors.at(-1).message).toContain("5.000");
    const twice = simpleList(
      ["STT", "Họ và tên", "Năm sinh"],
      [
        [1, "Đào Văn Lặp", 1970],
        [2, "Đào Văn Lặp", 1970],
      ],
    );
    const res = await upload(office, bacSon, await toBuffer(twice));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toMatchObject([{ row: 3, column: "B" }]);
  });

  it("only who may edit the conference imports: its unit while draft or returned, or the office", async () => {
    const db = t.database.db;
    const baDinh = await conferenceOf(db, "badinh");
    const badinh = await t.as("badinh");
    const ok = await upload(badinh, baDinh, messy);
    expect(ok.statusCode).toBe(200);
    expect((await upload(await t.as("ngoctrao"), baDinh, messy, { dryRun: true })).statusCode).toBe(404);
    for (const u of ["hoidong", "chutich", "vanhoa", "taichinh"]) {
      expect((await upload(await t.as(u), baDinh, messy, { dryRun: true })).statusCode).toBe(403);
    }
    await conferenceOf(db, "badinh", "submitted");
    expect((await upload(badinh, baDinh, messy, { dryRun: true })).statusCode).toBe(409);
    await conferenceOf(db, "badinh", "returned");
    expect((await upload(badinh, baDinh, messy, { dryRun: true })).statusCode).toBe(200);
  });
});
