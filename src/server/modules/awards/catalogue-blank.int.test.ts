/**
 * The office's award data pages and the unit's blank (issue #14 items 1–2): base salaries
 * paged newest first; a new award form (201, audited, 409 on a code taken, 403 for a unit);
 * the image of the blank (PNG or JPEG by content, 5 MB at most, 409 on a stale version,
 * another unit's 404) linked to the layout, kept by a later save, removed on request.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { samplePdf, samplePng } from "../../files/testing/samples.ts";
import { unitIdOf } from "../delegate-lists/testing/fixtures.ts";

let t: TestApp;
let badinh: string;
let hoiphunu: string;
beforeAll(async () => {
  t = await createTestApp();
  badinh = await unitIdOf(t.database.db, "badinh");
  hoiphunu = await unitIdOf(t.database.db, "hoiphunu");
});
afterAll(() => t?.close());

function multipart(filename: string, content: Buffer, contentType: string) {
  const boundary = "----thiduablank";
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

async function uploadBlank(user: string, unitId: string, version: number, file: Buffer, type = "image/png") {
  const c = await t.as(user);
  return c.request({
    method: "POST",
    url: `/api/units/${unitId}/certificate-layouts/giay_khen/blank?version=${version}`,
    ...multipart("Phôi giấy khen.png", file, type),
  });
}

describe("base salaries page", () => {
  it("pages newest first with the amount in words", async () => {
    const office = await t.as("vanphong");
    const res = await office.get("/api/base-salaries?page=1&limit=2");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(3);
    expect(body.items).toHaveLength(2);
    const latest = body.items[0];
    expect(latest.effectiveFrom >= body.items[1].effectiveFrom).toBe(true);
    const all = (await office.get("/api/base-salaries?limit=100")).json().items;
    const july2024 = all.find((s: { effectiveFrom: string }) => s.effectiveFrom === "2024-07-01");
    expect(july2024.amount).toBe(2_340_000);
    expect(july2024.legalBasis).toContain("73/2024/NĐ-CP");
    expect(july2024.amountInWords).toBe("Hai triệu ba trăm bốn mươi nghìn đồng");
  });
});

describe("award forms catalogue", () => {
  const form = {
    code: "giay_khen_thu",
    kind: "award",
    name: "Giấy khen của Giám đốc Trung tâm",
    certificate: "giay_khen",
    individualPerMille: 300,
    collectivePerMille: 600,
    legalBasis: "Nghị định số 98/2023/NĐ-CP, Điều 75",
    active: true,
  };

  it("adds a form the office keeps, audited; a taken code 409; a unit 403; a bad code names the field", async () => {
    const office = await t.as("vanphong");
    const res = await office.post("/api/award-forms", form);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: form.code, individualMultiplier: "0,3", version: 1 });
    const forms = (await office.get("/api/award-forms")).json().items as { code: string }[];
    expect(forms.at(-1)?.code).toBe(form.code);
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "award_form.create"));
    expect(row?.after).toMatchObject({ code: form.code, individualPerMille: 300 });

    expect((await office.post("/api/award-forms", form)).statusCode).toBe(409);
    const unit = await t.as("badinh");
    expect((await unit.post("/api/award-forms", { ...form, code: "khac" })).statusCode).toBe(403);
    const bad = await office.post("/api/award-forms", { ...form, code: "Giấy khen" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Mã hình thức");
  });

  it("pages the catalogue for the office's page; the twin /paged route is gone", async () => {
    const office = await t.as("vanphong");
    const res = await office.get("/api/award-forms?page=2&limit=4");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 2, limit: 4 });
    expect(body.items).toHaveLength(4);
    expect(body.total).toBeGreaterThanOrEqual(9);
    expect((await office.get("/api/award-forms/paged?page=2&limit=4")).statusCode).toBe(404);
  });
});

describe("the unit's blank", () => {
  it("keeps a PNG as the unit's file, links it to the layout and keeps it through a save", async () => {
    const res = await uploadBlank("badinh", badinh, 0, samplePng());
    expect(res.statusCode, res.body).toBe(200);
    const layout = res.json();
    expect(layout).toMatchObject({ version: 1, isDefault: false, blankFileName: "Phôi giấy khen.png" });
    const file = await (await t.as("badinh")).get(`/api/files/${layout.backgroundFileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "certificate_layout.blank"), eq(auditEvents.unitId, badinh)));
    expect(audit).toHaveLength(1);

    const unit = await t.as("badinh");
    const moved = layout.fields.map((f: { field: string; xMm: number }) =>
      f.field === "recipient" ? { ...f, xMm: 55 } : f,
    );
    const saved = await unit.put(`/api/units/${badinh}/certificate-layouts/giay_khen`, {
      widthMm: 297,
      heightMm: 210,
      fields: moved,
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().backgroundFileId).toBe(layout.backgroundFileId);
    expect(saved.json().fields.find((f: { field: string }) => f.field === "recipient").xMm).toBe(55);

    const removed = await unit.put(`/api/units/${badinh}/certificate-layouts/giay_khen`, {
      widthMm: 297,
      heightMm: 210,
      fields: moved,
      backgroundFileId: null,
      version: 2,
    });
    expect(removed.json()).toMatchObject({ backgroundFileId: null, blankFileName: null, version: 3 });
  });

  it("refuses a stale version (409), a PDF (415), a large image (413) and another unit's layout (404)", async () => {
    const current = (
      await (await t.as("badinh")).get(`/api/units/${badinh}/certificate-layouts/giay_khen`)
    ).json();
    expect((await uploadBlank("badinh", badinh, current.version - 1, samplePng())).statusCode).toBe(409);
    const pdf = await uploadBlank("badinh", badinh, current.version, samplePdf(), "image/png");
    expect(pdf.statusCode).toBe(415);
    expect(pdf.body).toContain("PNG");
    const big = Buffer.concat([samplePng(), Buffer.alloc(5 * 1024 * 1024)]);
    const large = await uploadBlank("badinh", badinh, current.version, big);
    expect(large.statusCode).toBe(413);
    expect((await uploadBlank("badinh", hoiphunu, 0, samplePng())).statusCode).toBe(404);
    const after = (
      await (await t.as("badinh")).get(`/api/units/${badinh}/certificate-layouts/giay_khen`)
    ).json();
    expect(after.version).toBe(current.version);
  });
});
