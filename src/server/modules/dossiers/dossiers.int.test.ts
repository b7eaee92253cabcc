/**
 * Dossiers through HTTP (G1–G4): upload checked by content, generated drafts, submit,
 * return with a comment, resubmit, accept; isolation between units; and the office's
 * completeness and timeliness figures checked against figures computed here from raw rows.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { Dossier, DossierItem, DossierSummary } from "../../../domain/dossiers.ts";
import { auditEvents, persons, units } from "../../db/schema/index.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { samplePdf } from "../../files/testing/samples.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { upload } from "../files/testing/upload.ts";
import { rawCompletion } from "./testing/raw-completion.ts";

/** 10:00 on 20/04/2020 in Hà Nội: five days after the dossier milestone (15/4/2020). */
const clock = { at: new Date("2020-04-20T03:00:00Z"), now: () => clock.at };
let t: TestApp;
let badinh: Client;
let office: Client;
let badinhId: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  badinh = await t.as("badinh");
  office = await t.as("vanphong");
  const [u] = await t.database.db.select({ id: units.id }).from(units).where(eq(units.code, "badinh"));
  badinhId = u!.id;
});
afterAll(() => t?.close());

const mine = async (): Promise<Dossier> => (await badinh.get(`/api/dossiers/units/${badinhId}`)).json();
const line = (d: Dossier, code: string) => d.lines.find((l) => l.code === code)!;
const item = (d: Dossier, code: string): DossierItem => line(d, code).items[0]!;
const docText = async (client: Client, fileId: string) => {
  const res = await client.get(`/api/files/${fileId}`);
  expect(res.statusCode).toBe(200);
  return docxPlainText(readZipText(res.rawPayload, "word/document.xml")!).normalize("NFC");
};
const audits = async (entityId: string) =>
  (
    await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, entityId))
      .orderBy(asc(auditEvents.id))
  ).map((a) => a.action);

describe("a unit's dossier (G1–G4)", () => {
  it("lists the plan's checklist, nothing sent, overdue against the dossier milestone", async () => {
    const d = await mine();
    expect(d.lines.map((l) => l.code)).toEqual([
      "summary_report",
      "delegate_list",
      "submission",
      "minutes",
      "achievement_report",
    ]);
    expect(item(d, "minutes")).toMatchObject({ id: null, status: "missing", version: 0 });
    expect(line(d, "achievement_report").items).toEqual([]);
    expect(d.summary).toMatchObject({ required: 5, submitted: 0, state: "missing", completedAt: null });
    expect(d.summary.timeliness).toMatchObject({ state: "overdue", days: 5, label: "Quá hạn 5 ngày" });
  });

  it("refuses a file whose content is not an accepted type, whatever its name (415)", async () => {
    const res = await upload(badinh, "/api/dossiers/mine/files?requirement=summary_report&version=0", {
      filename: "bao-cao.pdf",
      content: Buffer.from("Đây không phải là tệp PDF", "utf8"),
      contentType: "application/pdf",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain("bao-cao.pdf");
    expect(item(await mine(), "summary_report").status).toBe("missing");
  });

  it("keeps an uploaded PDF as the item's file; a stale upload is refused (409)", async () => {
    const url = "/api/dossiers/mine/files?requirement=summary_report&version=0";
    const res = await upload(badinh, url, { filename: "Báo cáo tổng kết.pdf", content: samplePdf() });
    expect(res.statusCode).toBe(200);
    const it1 = item(res.json(), "summary_report");
    expect(it1).toMatchObject({ status: "draft", version: 1, generated: false });
    expect(it1.file).toMatchObject({ name: "Báo cáo tổng kết.pdf", mime: "application/pdf" });
    expect((await upload(badinh, url, { filename: "b.pdf", content: samplePdf() })).statusCode).toBe(409);
    expect(await audits(it1.id!)).toEqual(["dossier.file"]);
  });

  it("generates the tờ trình, biên bản, report skeleton and delegate list as Word files from the conference", async () => {
    for (const requirement of ["submission", "minutes", "delegate_list"]) {
      const res = await badinh.post("/api/dossiers/mine/generate", { requirement, version: 0 });
      expect(res.statusCode, requirement).toBe(200);
    }
    const d = await mine();
    const tt = await docText(badinh, item(d, "submission").file!.id);
    expect(tt).toContain("TỜ TRÌNH");
    expect(tt).toContain("Kính gửi: Ủy ban nhân dân thị xã Bỉm Sơn");
    expect(tt).toContain("Hội nghị điểm tuyên dương điển hình tiên tiến phường Ba Đình");
    const bb = await docText(badinh, item(d, "minutes").file!.id);
    expect(bb).toContain("BIÊN BẢN");
    expect(bb).toContain("Hội trường UBND phường Ba Đình");
    expect(bb).toContain("08 giờ 00 phút, ngày 12/03/2020");
    expect(bb).toMatch(/đại biểu điển hình tiên tiến: \d+ người; đại biểu khách mời: \d+ người/u);
    expect(bb).toContain("Chào cờ");
    const ds = await docText(badinh, item(d, "delegate_list").file!.id);
    expect(ds).toContain("DANH SÁCH TRÍCH NGANG");
    expect(item(d, "minutes")).toMatchObject({ generated: true, status: "draft" });

    // The summary report was uploaded: generating over it needs its current version.
    const sr = item(d, "summary_report");
    expect(
      (await badinh.post("/api/dossiers/mine/generate", { requirement: "summary_report", version: 0 }))
        .statusCode,
    ).toBe(409);
    const res = await badinh.post("/api/dossiers/mine/generate", {
      requirement: "summary_report",
      version: sr.version,
    });
    expect(res.statusCode).toBe(200);
    const bc = await docText(badinh, item(res.json(), "summary_report").file!.id);
    for (const heading of [
      "KẾT QUẢ PHONG TRÀO THI ĐUA",
      "HẠN CHẾ, NGUYÊN NHÂN",
      "BÀI HỌC KINH NGHIỆM",
      "PHƯƠNG HƯỚNG, NHIỆM VỤ 5 NĂM TỚI",
    ]) {
      expect(bc).toContain(heading);
    }
    // An item with no generator is not generated.
    expect(
      (await badinh.post("/api/dossiers/mine/generate", { requirement: "achievement_report", version: 0 }))
        .statusCode,
    ).toBe(400);
  });

  it("adds a báo cáo thành tích per person of the unit's own list only", async () => {
    const [own] = await t.database.db
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.unitId, badinhId))
      .limit(1);
    const [hoiphunu] = await t.database.db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.code, "hoiphunu"));
    const [other] = await t.database.db
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.unitId, hoiphunu!.id))
      .limit(1);
    const base = "/api/dossiers/mine/files?requirement=achievement_report&version=0";
    expect((await upload(badinh, base, { filename: "a.pdf", content: samplePdf() })).statusCode).toBe(400);
    expect(
      (await upload(badinh, `${base}&personId=${other!.id}`, { filename: "a.pdf", content: samplePdf() }))
        .statusCode,
    ).toBe(404);
    const res = await upload(badinh, `${base}&personId=${own!.id}`, {
      filename: "Thành tích.pdf",
      content: samplePdf(),
    });
    expect(res.statusCode).toBe(200);
    const d = res.json() as Dossier;
    expect(line(d, "achievement_report").items).toHaveLength(1);
    expect(line(d, "achievement_report").items[0]!.person?.id).toBe(own!.id);
  });

  it("sends every item; the dossier is complete, late by 5 days", async () => {
    const d = await mine();
    const items = d.lines.flatMap((l) => l.items).map((i) => ({ id: i.id!, version: i.version }));
    expect(items).toHaveLength(5);
    const res = await badinh.post("/api/dossiers/mine/submit", { items });
    expect(res.statusCode).toBe(200);
    const after = res.json() as Dossier;
    expect(after.lines.flatMap((l) => l.items).every((i) => i.status === "submitted")).toBe(true);
    expect(after.summary).toMatchObject({ required: 5, submitted: 5, state: "complete" });
    expect(after.summary.timeliness).toMatchObject({ state: "late", days: 5, label: "Muộn 5 ngày" });
    expect((await badinh.post("/api/dossiers/mine/submit", { items })).statusCode).toBe(409);
  });

  it("the office returns an item with a comment; the unit sees it, replaces the file and sends it again; the office accepts", async () => {
    const minutes = item(await mine(), "minutes");
    const url = `/api/dossiers/items/${minutes.id}/return`;
    expect((await office.post(url, { version: minutes.version, comment: "  " })).statusCode).toBe(400);
    expect((await badinh.post(url, { version: minutes.version, comment: "x" })).statusCode).toBe(403);
    const comment = "Biên bản thiếu chữ ký của thư ký Hội nghị.";
    const res = await office.post(url, { version: minutes.version, comment });
    expect(res.statusCode).toBe(200);

    const d = await mine();
    expect(item(d, "minutes")).toMatchObject({ status: "returned", reviewComment: comment });
    expect(d.summary).toMatchObject({ submitted: 4, returned: 1, state: "partial", completedAt: null });

    const returned = item(d, "minutes");
    const up = await upload(
      badinh,
      `/api/dossiers/mine/files?requirement=minutes&version=${returned.version}`,
      {
        filename: "Biên bản có chữ ký.pdf",
        content: samplePdf(),
      },
    );
    expect(up.statusCode).toBe(200);
    const replaced = item(up.json(), "minutes");
    expect(replaced).toMatchObject({ status: "returned", generated: false });
    const again = await badinh.post("/api/dossiers/mine/submit", {
      items: [{ id: replaced.id, version: replaced.version }],
    });
    expect(again.statusCode).toBe(200);
    expect(item(again.json(), "minutes").status).toBe("submitted");

    for (const i of (await mine()).lines.flatMap((l) => l.items)) {
      expect(
        (await office.post(`/api/dossiers/items/${i.id}/accept`, { version: i.version })).statusCode,
      ).toBe(200);
    }
    const done = await mine();
    expect(done.summary).toMatchObject({ accepted: 5, state: "complete" });
    expect(await audits(minutes.id!)).toEqual([
      "dossier.generate",
      "dossier.submit",
      "dossier.return",
      "dossier.file",
      "dossier.resubmit",
      "dossier.accept",
    ]);
  });
});

describe("who sees a dossier", () => {
  it("hides a unit's dossier, items and files from another unit (404) and from roles without a reason (403)", async () => {
    const ngoctrao = await t.as("ngoctrao");
    const d = await mine();
    const i = item(d, "submission");
    expect((await ngoctrao.get(`/api/dossiers/units/${badinhId}`)).statusCode).toBe(404);
    expect(
      (await ngoctrao.post(`/api/dossiers/items/${i.id}/accept`, { version: i.version })).statusCode,
    ).toBe(404);
    expect((await ngoctrao.get(`/api/files/${i.file!.id}`)).statusCode).toBe(404);
    expect((await ngoctrao.get("/api/dossiers")).statusCode).toBe(403);
    // ADR 0005: culture prepares its own office's dossier only; another unit's is 404.
    expect((await (await t.as("vanhoa")).get(`/api/dossiers/units/${badinhId}`)).statusCode).toBe(404);
    expect((await (await t.as("hoidong")).get(`/api/dossiers/units/${badinhId}`)).statusCode).toBe(200);
    expect((await office.get(`/api/files/${i.file!.id}`)).statusCode).toBe(200);
  });
});

describe("the office's overview (G3)", () => {
  it("gives every unit's figures equal to those computed from the raw rows", async () => {
    const res = await office.get("/api/dossiers?limit=200");
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: DossierSummary[]; total: number; dueOn: string };
    expect(body.dueOn).toBe("2020-04-15");
    const raw = await rawCompletion(t.database.db, clock.at);
    expect(body.total).toBe(raw.size);
    for (const s of body.items) {
      const r = raw.get(s.unitId)!;
      expect({
        unit: s.unitCode,
        ...s,
        completedAt: s.completedAt && new Date(s.completedAt).getTime(),
      }).toMatchObject({
        unit: s.unitCode,
        required: r.required,
        submitted: r.submitted,
        completedAt: r.completedAt?.getTime() ?? null,
        state: r.state,
      });
      expect(s.timeliness?.state).toBe(r.timeliness);
      expect(s.timeliness?.days).toBe(r.days);
    }
    const byCode = new Map(body.items.map((s) => [s.unitCode, s]));
    expect(byCode.get("moitruong")).toMatchObject({ state: "complete", timeliness: { state: "on_time" } });
    expect(byCode.get("hoiphunu")).toMatchObject({ state: "partial", returned: 1 });
    expect(byCode.get("bacson")).toMatchObject({ state: "partial", submitted: 2 });
    expect(byCode.get("ngoctrao")).toMatchObject({
      state: "missing",
      timeliness: { state: "overdue", days: 5 },
    });
  });

  it("filters by state and pages on the server", async () => {
    const complete = (await office.get("/api/dossiers?state=complete")).json();
    expect(complete.items.map((s: DossierSummary) => s.unitCode).sort()).toEqual(["badinh", "moitruong"]);
    const page2 = (await office.get("/api/dossiers?limit=3&page=2")).json();
    const all = (await office.get("/api/dossiers?limit=200")).json();
    expect(page2.items.map((s: DossierSummary) => s.unitId)).toEqual(
      all.items.slice(3, 6).map((s: DossierSummary) => s.unitId),
    );
    expect(page2.total).toBe(all.total);
    const waiting = (await office.get("/api/dossiers?awaiting=true")).json();
    expect(waiting.items.map((s: DossierSummary) => s.unitCode).sort()).toEqual(["bacson", "hoiphunu"]);
    const found = (await office.get(`/api/dossiers?q=${encodeURIComponent("bac son")}`)).json();
    expect(found.items.map((s: DossierSummary) => s.unitCode)).toEqual(["bacson"]);
  });
});
