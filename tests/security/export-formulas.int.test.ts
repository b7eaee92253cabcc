/**
 * Exports (issue #12 item 9, OWASP ASVS 5.0 1.2.10): a text cell starting with =, +, -, @, tab or
 * carriage return is written with a leading ', and the import takes exactly that ' off again, so
 * "danh sách trích ngang" exported then imported gives back the same names and achievements.
 */
import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persons } from "../../src/server/db/schema/index.ts";
import { parseDelegateList } from "../../src/server/imports/delegate-list.ts";
import { addPeople, conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";

const PEOPLE = [
  { fullName: "=Nguyễn Văn An", achievement: "=SUM(A1)" },
  { fullName: "+Trần Thị Bình", achievement: "-5 năm liền Chiến sĩ thi đua" },
  { fullName: "-Hoàng Văn Chiến", achievement: "+84 912 345 678" },
  { fullName: "Vũ Thị Duyên", achievement: "@x Bằng khen" },
  { fullName: "'Ngọc Lê Thị Cúc", achievement: '\'=HYPERLINK("http://x") đã có dấu nháy' },
  { fullName: "@Phạm Văn Dũng", achievement: "\tLao động tiên tiến" },
  { fullName: "Đặng Thị Đào", achievement: "''-2 hai dấu nháy" },
];

let t: TestApp;
let conferenceId: string;
beforeAll(async () => {
  t = await createTestApp();
  conferenceId = await conferenceOf(t.database.db, "badinh");
  const ids = await addPeople(
    t.database.db,
    "badinh",
    PEOPLE.map((p, i) => ({ fullName: p.fullName, gender: "male" as const, birthYear: 1970 + i })),
    conferenceId,
  );
  for (const [i, id] of ids.entries()) {
    await t.database.db
      .update(persons)
      .set({ achievement: PEOPLE[i]!.achievement })
      .where(eq(persons.id, id));
  }
  expect(
    (await t.database.db.select().from(persons).where(inArray(persons.id, ids)))
      .map((p) => p.achievement)
      .sort(),
  ).toEqual(PEOPLE.map((p) => p.achievement).sort());
});
afterAll(() => t?.close());

describe("xlsx export → import", () => {
  it("prefixes formula-like cells with ' and reads them back unchanged", async () => {
    const res = await (await t.as("badinh")).get(`/api/conferences/${conferenceId}/delegates.xlsx`);
    expect(res.statusCode).toBe(200);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      });
    });
    // Every string cell that would start a formula carries the ' (ASVS 1.2.10).
    for (const text of texts) expect(text, JSON.stringify(text)).not.toMatch(/^[=+\-@\t\r]/u);
    expect(texts).toContain("'=Nguyễn Văn An");
    expect(texts).toContain("'=SUM(A1)");
    expect(texts).toContain("'+84 912 345 678");
    expect(texts).toContain("'@Phạm Văn Dũng");
    expect(texts).toContain("'Ngọc Lê Thị Cúc");

    const parsed = await parseDelegateList(new Uint8Array(res.rawPayload), { referenceDate: "2020-03-25" });
    expect(parsed.errors).toEqual([]);
    // The import writes names with a capital per word (its own rule): compare names without case.
    const key = (name: string) => name.toLocaleLowerCase("vi");
    const byName = new Map(parsed.rows.map((r) => [key(r.fullName), r.achievement]));
    for (const p of PEOPLE) {
      expect(byName.has(key(p.fullName)), p.fullName).toBe(true);
      // Achievements are kept as written, but for the surrounding blanks the import trims.
      expect(byName.get(key(p.fullName)), p.fullName).toBe(p.achievement.trim());
    }
  });
});
