import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, fileChunks, files } from "../../db/schema/index.ts";
import { DOCX, PDF } from "../../files/file-types.ts";
import { sampleDocx, samplePdf, sampleXlsx } from "../../files/testing/samples.ts";
import { buildZip } from "../../files/testing/zip-builder.ts";
import { upload } from "./testing/upload.ts";

const URL = "/api/unit-plans/mine/file";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const fileCount = async () => (await t.database.db.select({ n: count() }).from(files))[0]!.n;

describe("uploads are typed from their content (G2)", () => {
  it("stores a PDF with its hash, size, detected type and NFC name, audited", async () => {
    const badinh = await t.as("badinh");
    const name = "Kế hoạch Hội nghị điểm phường Ba Đình.pdf".normalize("NFD");
    const res = await upload(badinh, URL, {
      filename: name,
      content: samplePdf(),
      contentType: "application/pdf",
    });
    expect(res.statusCode).toBe(200);
    const file = res.json().file;
    expect(file).toMatchObject({ name: name.normalize("NFC"), mime: PDF.mime, size: samplePdf().length });
    const [row] = await t.database.db.select().from(files).where(eq(files.id, file.id));
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/u);
    const chunks = await t.database.db
      .select({ data: fileChunks.data })
      .from(fileChunks)
      .where(eq(fileChunks.fileId, file.id))
      .orderBy(fileChunks.seq);
    expect(Buffer.concat(chunks.map((c) => c.data)).equals(samplePdf())).toBe(true);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, file.id));
    expect(audit.map((a) => a.action)).toEqual(["file.upload"]);
  });

  it("refuses a text file named .pdf (415) and stores nothing", async () => {
    const before = await fileCount();
    const res = await upload(await t.as("ngoctrao"), URL, {
      filename: "ke-hoach.pdf",
      content: Buffer.from("Đây là văn bản thường, không phải PDF."),
      contentType: "application/pdf",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(res.json().error.message).toMatch(/Chỉ nhận tệp PDF, Word \(\.docx\)/u);
    expect(await fileCount()).toBe(before);
  });

  it("refuses a type the feature does not take, naming what it found", async () => {
    const res = await upload(await t.as("ngoctrao"), URL, {
      filename: "ke-hoach.docx",
      content: sampleXlsx(),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/là tệp Excel \(\.xlsx\)/u);
  });

  it("refuses a Word file whose ZIP lies about its sizes (the ZIP guard), naming the part", async () => {
    const before = await fileCount();
    const lying = buildZip({
      entries: [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>".repeat(20_000), declaredUncompressedSize: 500 },
      ],
    });
    const res = await upload(await t.as("ngoctrao"), URL, { filename: "ke-hoach.docx", content: lying });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(
      /^Tệp "ke-hoach\.docx" không nhận được: tệp có thành phần khai báo sai kích thước \(thành phần “word\/document\.xml”\)/u,
    );
    expect(await fileCount()).toBe(before);
  });

  it("refuses an empty file and a request without the file field, naming the field", async () => {
    const c = await t.as("ngoctrao");
    expect((await upload(c, URL, { filename: "rong.pdf", content: Buffer.alloc(0) })).statusCode).toBe(400);
    const wrongField = await upload(c, URL, { filename: "a.pdf", content: samplePdf(), field: "tep" });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.message).toBe(
      'Hãy gửi tệp kế hoạch (PDF hoặc Word .docx) trong trường "file".',
    );
    expect((await c.post(URL, { file: "x" })).statusCode).toBe(400);
  });
});

describe("downloads (G2, N3)", () => {
  let pdfId: string;
  let docxId: string;
  beforeAll(async () => {
    const unitUser = await t.as("hoinongdan");
    const pdf = await upload(unitUser, URL, { filename: "Kế hoạch (bản 1).pdf", content: samplePdf() });
    pdfId = pdf.json().file.id;
    // A Word document sent under a .pdf name is kept as Word and downloaded as .docx.
    const docx = await upload(unitUser, URL, { filename: "Kế hoạch.pdf", content: sampleDocx() });
    docxId = docx.json().file.id;
  });

  it("sends the content with the detected type, as an attachment, no sniffing", async () => {
    const res = await (await t.as("hoinongdan")).get(`/api/files/${pdfId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(PDF.mime);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="ke-hoach-ban-1.pdf"; filename*=UTF-8''${encodeURIComponent("Kế hoạch (bản 1).pdf").replace("(", "%28").replace(")", "%29")}`,
    );
    expect(res.rawPayload.equals(samplePdf())).toBe(true);

    const docx = await (await t.as("hoinongdan")).get(`/api/files/${docxId}`);
    expect(docx.headers["content-type"]).toBe(DOCX.mime);
    expect(docx.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Kế hoạch.docx")}`,
    );
  });

  it("lets the office, the Council and the chairman download any unit's file", async () => {
    for (const user of ["vanphong", "hoidong", "chutich"]) {
      expect((await (await t.as(user)).get(`/api/files/${pdfId}`)).statusCode).toBe(200);
    }
  });

  it("hides a unit's file from other units (404) and refuses other offices (403)", async () => {
    for (const user of ["badinh", "ngoctrao", "ximang"]) {
      const res = await (await t.as(user)).get(`/api/files/${pdfId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe("Không tìm thấy tệp.");
    }
    // ADR 0005: culture and finance read their own office's files; another unit's is 404.
    for (const user of ["vanhoa", "taichinh"]) {
      expect((await (await t.as(user)).get(`/api/files/${pdfId}`)).statusCode).toBe(404);
    }
    expect((await t.anonymous().get(`/api/files/${pdfId}`)).statusCode).toBe(401);
    const office = await t.as("vanphong");
    expect((await office.get("/api/files/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });
});

describe("size limit", () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ config: { uploadMaxBytes: 2048 } });
  });
  afterAll(() => small?.close());

  it("answers 413 for a file over the limit and stores nothing", async () => {
    // The demo data holds files already (generated dossier drafts): count what this call adds.
    const [before] = await small.database.db.select({ n: count() }).from(files);
    const big = Buffer.concat([samplePdf(), Buffer.alloc(4096, 0x20)]);
    const res = await upload(await small.as("badinh"), URL, { filename: "lon.pdf", content: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(res.json().error.message).toMatch(/dung lượng/u);
    const [n] = await small.database.db.select({ n: count() }).from(files);
    expect(n!.n).toBe(before!.n);
  });
});
