/**
 * Unit document settings over HTTP (SPEC L1): seeded values, the default shown as such,
 * who may edit, 409 on a stale save, 404 across units, audit row, and the delegate list
 * export using the settings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { conferenceOf } from "../delegate-lists/testing/fixtures.ts";

let t: TestApp;
let unitIds: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const office = await t.as("vanphong");
  const items = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  unitIds = new Map(items.map((u) => [u.code, u.id]));
});
afterAll(() => t?.close());

const url = (code: string) => `/api/units/${unitIds.get(code)}/document-settings`;

describe("unit document settings", () => {
  it("shows a ward its seeded settings: UBND of the ward, no parent line, its own place", async () => {
    const badinh = await t.as("badinh");
    const res = await badinh.get(url("badinh"));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.isDefault).toBe(false);
    expect(body.canEdit).toBe(true);
    expect(body.settings).toMatchObject({
      issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH",
      parentBody: null,
      place: "Ba Đình",
      symbol: "UBND",
      signerPrefix: "TM.",
      signerOnBehalfOf: "ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
    });
  });

  it("hides another unit's settings from a unit user (404) and refuses other roles' edits (403)", async () => {
    const badinh = await t.as("badinh");
    expect((await badinh.get(url("ngoctrao"))).statusCode).toBe(404);
    const council = await t.as("hoidong");
    const current = (await council.get(url("ngoctrao"))).json();
    expect(current.canEdit).toBe(false);
    const res = await council.put(url("ngoctrao"), { settings: current.settings, version: current.version });
    expect(res.statusCode).toBe(403);
  });

  it("derives and marks a default for a unit with none, then saves it once (409 on the stale copy)", async () => {
    const office = await t.as("vanphong");
    const db = t.database.db;
    const { unitDocumentSettings } = await import("../../db/schema/index.ts");
    const { eq } = await import("drizzle-orm");
    await db.delete(unitDocumentSettings).where(eq(unitDocumentSettings.unitId, unitIds.get("halan")!));
    const first = (await office.get(url("halan"))).json();
    expect(first).toMatchObject({ isDefault: true, version: 0 });
    expect(first.settings.issuingBody).toBe("ỦY BAN NHÂN DÂN XÃ HÀ LAN");
    expect(first.settings.place).toBe("Hà Lan");

    const settings = { ...first.settings, signerName: "Lê Thị Thu" };
    const saved = await office.put(url("halan"), { settings, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ isDefault: false, version: 1 });
    expect(saved.json().settings.signerName).toBe("Lê Thị Thu");

    const again = await office.put(url("halan"), {
      settings: { ...settings, signerName: "Khác" },
      version: 0,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("STALE");

    const audit = (await office.get("/api/audit?action=unit.document_settings")).json();
    const rows = (audit.items ?? []) as { entityId: string }[];
    expect(rows.some((r) => r.entityId === unitIds.get("halan"))).toBe(true);
  });

  it("names the field in Vietnamese when the form is wrong", async () => {
    const badinh = await t.as("badinh");
    const current = (await badinh.get(url("badinh"))).json();
    const res = await badinh.put(url("badinh"), {
      settings: { ...current.settings, issuingBody: "  " },
      version: current.version,
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain("Cơ quan ban hành");
  });

  it("puts the unit's issuing body, Số line and signer in the delegate list docx", async () => {
    const badinh = await t.as("badinh");
    const current = (await badinh.get(url("badinh"))).json();
    const settings = { ...current.settings, signerName: "Nguyễn Văn Minh" };
    expect((await badinh.put(url("badinh"), { settings, version: current.version })).statusCode).toBe(200);
    const conferenceId = await conferenceOf(t.database.db, "badinh", "draft", "unit");
    const res = await badinh.get(`/api/conferences/${conferenceId}/delegates.docx`);
    expect(res.statusCode).toBe(200);
    const text = docxPlainText(readZipText(res.rawPayload, "word/document.xml")!);
    expect(text).toContain("ỦY BAN NHÂN DÂN");
    expect(text).toContain("PHƯỜNG BA ĐÌNH");
    expect(text).not.toContain("THỊ XÃ BỈM SƠN");
    expect(text).toMatch(/Số:\s+\/DS-UBND/u);
    expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(text).toContain("Nguyễn Văn Minh");
    expect(text).toContain("Ba Đình, ngày");
  });

  it("annexes the list to a tờ trình: (Kèm theo …) instead of its own Số line", async () => {
    const badinh = await t.as("badinh");
    const conferenceId = await conferenceOf(t.database.db, "badinh", "draft", "unit");
    const res = await badinh.get(`/api/conferences/${conferenceId}/delegates.docx?kemTheo=TTr`);
    expect(res.statusCode).toBe(200);
    const text = docxPlainText(readZipText(res.rawPayload, "word/document.xml")!);
    expect(text).toMatch(/\(Kèm theo Tờ trình số\s+\/TTr-UBND ngày\s+tháng\s+năm \d{4}\)/u);
    expect(text).not.toMatch(/Số:\s+\/DS-UBND/u);
    expect((await badinh.get(`/api/conferences/${conferenceId}/delegates.docx?kemTheo=QD`)).statusCode).toBe(
      400,
    );
  });
});
