/**
 * The import route with real-life files (issue #10 items 1, 3, 6–8): a TCVN3 list is
 * converted and noted, a CSV in Windows-1258 and a full birth date are saved, ages are
 * counted at the conference's date, every row is previewed, and a bad CSV saves nothing.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client, TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import { conferences, persons } from "../../db/schema/index.ts";
import { toBuffer } from "../../imports/testing/delegate-workbooks.ts";
import { csvText, encodeWindows1258, legacyList } from "../../imports/testing/quirk-files.ts";
import { conferenceOf, delegateCount } from "./testing/fixtures.ts";
import { multipart } from "./testing/multipart.ts";

let t: TestApp;
let office: Client;
let conf: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  conf = await conferenceOf(t.database.db, "bacson");
  await t.database.db.update(conferences).set({ date: "2026-05-20" }).where(eq(conferences.id, conf));
});
afterAll(() => t?.close());

function upload(content: Buffer, filename: string, dryRun: boolean) {
  const body = multipart({ content, filename });
  return office.request({
    method: "POST",
    url: `/api/conferences/${conf}/delegates/import${dryRun ? "?dryRun=true" : ""}`,
    ...body,
  });
}

const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ, đơn vị công tác"];

describe("POST /api/conferences/:id/delegates/import — real-life files", () => {
  it("previews a TCVN3 list converted, every row, with the note and the warnings", async () => {
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"];
    const given = ["Thắng", "Hường", "Dũng", "Trường", "Đức", "Mỹ", "Quý", "Hải", "Yến", "Bình"];
    const rows = Array.from({ length: 60 }, (_, i) => [
      i + 1,
      `${family[i % 6]} Văn ${given[i % 10]}`,
      `0${(i % 9) + 1}/01/${1940 + i}`,
      "Nam",
      "Hội viên",
    ]);
    rows[59] = [60, "Lê Thị Ngọc Ánh", "20/05/2015", "Nữ", "Học sinh lớp 5"];
    const res = await upload(await toBuffer(legacyList("tcvn3", HEADER, rows)), "ds-abc.xlsx", true);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.errors).toEqual([]);
    expect(body.preview).toHaveLength(60);
    expect(body.preview[59]).toMatchObject({
      fullName: "Lê Thị Ngọc Ánh",
      birthYear: 2015,
      birthDate: "2015-05-20",
      gender: "female",
    });
    expect(body.notes[0]).toMatch(/^Tệp dùng bảng mã TCVN3 \(ABC\); đã chuyển/u);
    expect(body.warnings.map((w: { message: string }) => w.message)).toContain(
      "Dòng 61, cột C (Năm sinh): người sinh 20/05/2015 mới 11 tuổi vào ngày hội nghị; hãy kiểm tra lại năm sinh.",
    );
  });

  it("saves a Windows-1258 CSV with the full birth date kept", async () => {
    const text = csvText([HEADER, [1, "Trương Thị Diệu Hiền", "03/11/1979", "Nữ", "Chủ nhiệm hợp tác xã"]]);
    const res = await upload(encodeWindows1258(text), "ds.csv", false);
    expect(res.statusCode).toBe(200);
    const [p] = await t.database.db
      .select({ birthYear: persons.birthYear, birthDate: persons.birthDate, gender: persons.gender })
      .from(persons)
      .where(eq(persons.fullName, "Trương Thị Diệu Hiền"));
    expect(p).toEqual({ birthYear: 1979, birthDate: "1979-11-03", gender: "female" });
  });

  it("refuses a CSV with a bad cell, naming row and column, and saves nothing", async () => {
    const before = await delegateCount(t.database.db, conf);
    const text = csvText(
      [HEADER, [1, "Mai Văn Tám", "1970", "Nam"], [2, "Hà Thị Chín", "30/02/1980", "Nữ"]],
      ";",
    );
    const res = await upload(Buffer.from(text), "ds.csv", false);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, "C"],
    ]);
    expect(await delegateCount(t.database.db, conf)).toBe(before);
  });

  it("refuses a file that is no spreadsheet with 415", async () => {
    const res = await upload(
      Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.alloc(100, 7)]),
      "x.xlsx",
      true,
    );
    expect(res.statusCode).toBe(415);
  });
});
