import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import { comparePersonNames, personNameParts } from "../../../domain/text.ts";
import { auditEvents, conferences } from "../../db/schema/index.ts";
import { delegateListHeading } from "../../documents/delegate-list.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { addPeople, conferenceOf } from "./testing/fixtures.ts";

let t: TestApp;
let baDinh: string;
const NAMES = ["Trần Văn Bảo", "Nguyễn Thị Ánh", "Lê Văn An", "Đặng Thị Đào", "Phạm Văn Dũng", "Vũ Thị Ân"];

beforeAll(async () => {
  t = await createTestApp();
  baDinh = await conferenceOf(t.database.db, "badinh");
  await addPeople(
    t.database.db,
    "badinh",
    NAMES.map((fullName, i) => ({
      fullName,
      gender: fullName.includes(" Thị ") ? ("female" as const) : ("male" as const),
      birthYear: 1970 + i,
      ethnicityCode: "01",
      position: "Cán bộ",
      workplace: "Phường Ba Đình",
    })),
    baDinh,
  );
});
afterAll(() => t?.close());

const given = (n: string) => personNameParts(n).given;

describe("GET /api/conferences/:id/delegates.xlsx|.docx (E4)", () => {
  it("exports xlsx sorted by given name the Vietnamese way, as an attachment, and logs it", async () => {
    const res = await (await t.as("badinh")).get(`/api/conferences/${baDinh}/delegates.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const disposition = String(res.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''/u);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toContain(
      "Danh sách trích ngang - Phường Ba Đình",
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const names: string[] = [];
    let nameCol = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === "Họ và tên") nameCol = col;
      });
      const stt = row.getCell(1).value;
      if (nameCol && typeof stt === "number") names.push(String(row.getCell(nameCol).value));
    });
    for (const n of NAMES) expect(names).toContain(n);
    expect(names).toEqual([...names].sort(comparePersonNames));
    const mine = names.filter((n) => NAMES.includes(n)).map(given);
    expect(mine).toEqual(["An", "Ánh", "Ân", "Bảo", "Dũng", "Đào"]);

    const audit = (await t.database.db.select().from(auditEvents)).filter(
      (e) => e.action === "delegates.export",
    );
    expect(audit.at(-1)).toMatchObject({ entityId: baDinh, actorUsername: "badinh" });
  });

  it("exports docx with the NĐ 30 header, the title and the names in order", async () => {
    const res = await (await t.as("vanphong")).get(`/api/conferences/${baDinh}/delegates.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("wordprocessingml");
    const text = docxPlainText(readZipText(res.rawPayload, "word/document.xml")!);
    const [conf] = await t.database.db.select().from(conferences).where(eq(conferences.id, baDinh));
    expect(text.replace(/\s+/gu, " ")).toContain(delegateListHeading(conf!.title!));
    // The ward's own settings (L1): its People's Committee, no town line above it, its own place.
    expect(text).toContain("PHƯỜNG BA ĐÌNH");
    const issuer = text.slice(0, text.indexOf("CỘNG HÒA")).replace(/\s+/gu, " ").trim();
    expect(issuer).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toMatch(/Số:\s+\/DS-UBND/u);
    expect(text).toMatch(/Ba Đình, ngày \d+ tháng \d+ năm \d{4}/u);
    const at = [
      "Lê Văn An",
      "Nguyễn Thị Ánh",
      "Vũ Thị Ân",
      "Trần Văn Bảo",
      "Phạm Văn Dũng",
      "Đặng Thị Đào",
    ].map((n) => text.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("who may read the conference and see personal data may export; others may not", async () => {
    for (const [user, status] of [
      ["hoidong", 200],
      ["chutich", 200],
      ["vanhoa", 403],
      ["taichinh", 403],
      ["ngoctrao", 404],
    ] as const) {
      const c = await t.as(user);
      expect((await c.get(`/api/conferences/${baDinh}/delegates.xlsx`)).statusCode, user).toBe(status);
      expect((await c.get(`/api/conferences/${baDinh}/delegates.docx`)).statusCode, user).toBe(status);
    }
    expect((await t.anonymous().get(`/api/conferences/${baDinh}/delegates.xlsx`)).statusCode).toBe(401);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      (await (await t.as("vanphong")).get(`/api/conferences/${missing}/delegates.docx`)).statusCode,
    ).toBe(404);
  });
});
