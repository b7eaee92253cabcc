/**
 * A conference's programme, presidium list and invitations over HTTP (issue #10 item 10):
 * the unit's header and Số line, agenda with times, presidium names, one letter per guest,
 * audit row, 404 across units.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, conferences } from "../../db/schema/index.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { addPeople, conferenceOf } from "../delegate-lists/testing/fixtures.ts";

let t: TestApp;
let conferenceId: string;

beforeAll(async () => {
  t = await createTestApp();
  conferenceId = await conferenceOf(t.database.db, "badinh", "draft", "unit");
  await t.database.db
    .update(conferences)
    .set({ date: "2026-12-18", startTime: "07:30", venue: "Hội trường UBND phường Ba Đình" })
    .where(eq(conferences.id, conferenceId));
});
afterAll(() => t?.close());

const text = (payload: Buffer) => docxPlainText(readZipText(payload, "word/document.xml")!);

describe("conference documents", () => {
  it("gives the programme with the ward's header, Số line, times and presenters", async () => {
    const agenda = [
      { title: "Khai mạc", presenter: "Chủ tịch UBND phường", durationMinutes: 15 },
      { title: "Báo cáo tổng kết", presenter: "Phó Chủ tịch UBND phường", durationMinutes: 30 },
    ];
    const { agendaItems } = await import("../../db/schema/index.ts");
    await t.database.db.delete(agendaItems).where(eq(agendaItems.conferenceId, conferenceId));
    await t.database.db
      .insert(agendaItems)
      .values(agenda.map((a, i) => ({ conferenceId, order: i + 1, ...a })));
    const badinh = await t.as("badinh");
    const res = await badinh.get(`/api/conferences/${conferenceId}/programme.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toContain("Ch%C6%B0%C6%A1ng%20tr%C3%ACnh");
    const doc = text(res.rawPayload);
    expect(doc).toContain("PHƯỜNG BA ĐÌNH");
    expect(doc).toMatch(/Số:\s+\/CTr-UBND/u);
    expect(doc).toContain("CHƯƠNG TRÌNH");
    expect(doc).toContain("07:30 – 07:45");
    expect(doc).toContain("07:45 – 08:15");
    expect(doc).toContain("Phó Chủ tịch UBND phường");
    expect(doc).toContain("Thứ Sáu, ngày 18/12/2026");
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, conferenceId));
    expect(rows.some((r) => r.action === "conference.documents_export")).toBe(true);
  });

  it("writes one invitation per guest, Ông/Bà by gender, in Vietnamese name order", async () => {
    const db = t.database.db;
    const [a, b] = await addPeople(db, "badinh", [
      { fullName: "Trần Văn Khách", gender: "male" as const, birthYear: 1965 },
      { fullName: "Lê Thị An Khách", gender: "female" as const, birthYear: 1970 },
    ]);
    const { delegates } = await import("../../db/schema/index.ts");
    await db.insert(delegates).values([
      { conferenceId, personId: a!, role: "guest" },
      { conferenceId, personId: b!, role: "guest" },
    ]);
    const res = await (await t.as("badinh")).get(`/api/conferences/${conferenceId}/invitations.docx`);
    expect(res.statusCode).toBe(200);
    const doc = text(res.rawPayload);
    expect(doc.match(/GIẤY MỜI/gu)).toHaveLength(2);
    expect(doc).toMatch(/Số:\s+\/GM-UBND/u);
    // Same given name "Khách": then the middle names, "Thị An" before "Văn".
    expect(doc.indexOf("Bà Lê Thị An Khách")).toBeGreaterThan(-1);
    expect(doc.indexOf("Bà Lê Thị An Khách")).toBeLessThan(doc.indexOf("Ông Trần Văn Khách"));
  });

  it("hides another unit's conference documents from a unit user (404)", async () => {
    const other = await conferenceOf(t.database.db, "hoiphunu", "submitted");
    const badinh = await t.as("badinh");
    for (const which of ["programme", "presidium", "invitations"]) {
      expect((await badinh.get(`/api/conferences/${other}/${which}.docx`)).statusCode).toBe(404);
    }
    const office = await t.as("vanphong");
    const res = await office.get(`/api/conferences/${other}/presidium.docx`);
    expect(res.statusCode).toBe(200);
    expect(text(res.rawPayload)).toContain("DANH SÁCH ĐOÀN CHỦ TỊCH");
  });
});
