/** Files on the agenda (D7, G2): upload for a conference, attach to an item, download; who may, what, how big. */
import zlib from "node:zlib";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";
import { auditEvents, files } from "../../db/schema/index.ts";
import { sampleXlsx } from "../../files/testing/samples.ts";
import { upload } from "../files/testing/upload.ts";

let t: TestApp;
let office: Client;
let badinh: Client;
let units: Map<string, string>;
let badinhId: string;
let confs: ConferenceSummary[];

/** A 1×1 PNG: signature, IHDR, one IDAT row, IEND (CRCs by zlib). */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.from([0, 0xc8, 0x10, 0x2e]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The opening of an MP4 (ftyp isom) and an mdat box. */
function tinyMp4(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write("ftypisom", 4, "latin1");
  ftyp.writeUInt32BE(512, 12);
  ftyp.write("isommp41", 16, "latin1");
  const mdat = Buffer.alloc(32);
  mdat.writeUInt32BE(32, 0);
  mdat.write("mdat", 4, "latin1");
  return Buffer.concat([ftyp, mdat]);
}

const url = (id: string) => `/api/conferences/${id}/agenda/media`;
const load = async (c: Client, id: string) =>
  (await c.get(`/api/conferences/${id}`)).json() as ConferenceDetail;
const audits = (action: string, id: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, id)));
const itemsOf = (c: ConferenceDetail) =>
  c.agenda.map((a) => ({
    id: a.id,
    coreCode: a.coreCode,
    title: a.title,
    media: a.media.map((m) =>
      m.kind === "file"
        ? { kind: "file", fileId: m.fileId, label: m.label }
        : { kind: "link", label: m.label, url: m.url },
    ),
  }));

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  badinh = await t.as("badinh");
  const list = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  units = new Map(list.map((u) => [u.code, u.id]));
  confs = (await office.get("/api/conferences")).json().items as ConferenceSummary[];
  badinhId = confs.find((c) => c.unitId === units.get("badinh"))!.id;
});
afterAll(() => t?.close());

describe("agenda media files", () => {
  it("the unit uploads a PNG, attaches it to an item, the conference shows it and it downloads", async () => {
    const png = tinyPng();
    const res = await upload(badinh, url(badinhId), {
      filename: "Ảnh minh họa.png",
      content: png,
      contentType: "image/png",
    });
    expect(res.statusCode).toBe(201);
    const media = res.json();
    expect(media).toMatchObject({ label: "Ảnh minh họa.png", mime: "image/png", size: png.length });
    expect(media.fileId).toMatch(/^[0-9a-f-]{36}$/u);
    const [file] = await t.database.db.select().from(files).where(eq(files.id, media.fileId));
    expect(file).toMatchObject({ unitId: units.get("badinh"), mime: "image/png" });
    expect(await audits("file.upload", media.fileId)).toHaveLength(1);
    const [audit] = await audits("conference.agenda_media", badinhId);
    expect(audit?.after).toMatchObject({ fileId: media.fileId, mime: "image/png" });

    const c = await load(badinh, badinhId);
    const items = itemsOf(c);
    items[2]!.media.push({ kind: "file", fileId: media.fileId, label: media.label });
    const put = await badinh.put(`/api/conferences/${badinhId}/agenda`, { items, version: c.version });
    expect(put.statusCode, put.body).toBe(200);

    const after = await load(badinh, badinhId);
    expect(after.agenda[2]!.media).toContainEqual({ kind: "file", fileId: media.fileId, label: media.label });
    expect((await load(office, badinhId)).agenda[2]!.media).toContainEqual(
      expect.objectContaining({ kind: "file", fileId: media.fileId }),
    );

    for (const who of [badinh, office, await t.as("hoidong")]) {
      const dl = await who.get(`/api/files/${media.fileId}`);
      expect(dl.statusCode).toBe(200);
      expect(dl.headers["content-type"]).toBe("image/png");
      expect(dl.rawPayload.equals(png)).toBe(true);
    }
    expect((await (await t.as("ngoctrao")).get(`/api/files/${media.fileId}`)).statusCode).toBe(404);
  });

  it("the office uploads too; MP4 video, PDF accepted; the file belongs to the conference's unit", async () => {
    const res = await upload(office, url(badinhId), { filename: "phong-su.mp4", content: tinyMp4() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ label: "phong-su.mp4", mime: "video/mp4" });
    const [file] = await t.database.db.select().from(files).where(eq(files.id, res.json().fileId));
    expect(file?.unitId).toBe(units.get("badinh"));
    const dl = await badinh.get(`/api/files/${res.json().fileId}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers["content-type"]).toBe("video/mp4");
  });

  it("refuses by content: a text file named .png → 415 in Vietnamese, nothing stored", async () => {
    const [before] = await t.database.db.select({ n: count() }).from(files);
    const res = await upload(badinh, url(badinhId), {
      filename: "anh.png",
      content: Buffer.from("Đây không phải là ảnh", "utf8"),
      contentType: "image/png",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(res.json().error.message).toMatch(/anh\.png.*video MP4/u);
    const xlsx = await upload(badinh, url(badinhId), {
      filename: "bang.xlsx",
      content: sampleXlsx(),
    });
    expect(xlsx.statusCode).toBe(415);
    expect(xlsx.json().error.message).toMatch(/là tệp Excel/u);
    const [after] = await t.database.db.select({ n: count() }).from(files);
    expect(after!.n).toBe(before!.n);
  });

  it("needs the field 'file'", async () => {
    const res = await upload(badinh, url(badinhId), { filename: "a.png", content: tinyPng(), field: "anh" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/trường "file"/u);
  });

  it("another unit 404; roles that do not edit conferences 403; anonymous 401", async () => {
    const other = await upload(await t.as("ngoctrao"), url(badinhId), {
      filename: "a.png",
      content: tinyPng(),
    });
    expect(other.statusCode).toBe(404);
    for (const who of ["hoidong", "chutich", "vanhoa", "taichinh"]) {
      const res = await upload(await t.as(who), url(badinhId), { filename: "a.png", content: tinyPng() });
      expect(res.statusCode, who).toBe(403);
    }
    const anon = t.anonymous();
    await anon.fetchCsrf();
    expect((await upload(anon, url(badinhId), { filename: "a.png", content: tinyPng() })).statusCode).toBe(
      401,
    );
  });

  it("after approval → 409 (content is frozen)", async () => {
    const approved = confs.find((c) => c.status === "approved")!;
    const res = await upload(office, url(approved.id), { filename: "a.png", content: tinyPng() });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Đã duyệt/u);
  });

  it("the agenda refuses unknown files and files of another unit (400 in Vietnamese)", async () => {
    const created = await office.post("/api/conferences", { unitId: units.get("ngoctrao") });
    expect(created.statusCode).toBe(201);
    const theirs = await upload(await t.as("ngoctrao"), url(created.json().id), {
      filename: "cua-ngoc-trao.png",
      content: tinyPng(),
    });
    expect(theirs.statusCode).toBe(201);

    const c = await load(badinh, badinhId);
    const tryWith = async (fileId: string) => {
      const items = itemsOf(c);
      items[0]!.media.push({ kind: "file", fileId, label: "Tư liệu" });
      return badinh.put(`/api/conferences/${badinhId}/agenda`, { items, version: c.version });
    };
    const foreign = await tryWith(theirs.json().fileId);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/không thuộc đơn vị tổ chức hội nghị/u);
    expect(Object.keys(foreign.json().error.details.fields)[0]).toMatch(/^items\.0\.media\.\d+\.fileId$/u);
    const unknown = await tryWith("00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/Không tìm thấy tệp tư liệu/u);
    const bad = await tryWith("khong-phai-ma");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/mã tệp không hợp lệ/u);
    expect((await load(badinh, badinhId)).version).toBe(c.version);
  });
});

describe("agenda media size limit", () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ config: { uploadMaxBytes: 2048 } });
  });
  afterAll(() => small?.close());

  it("answers 413 over the configured upload limit and stores nothing", async () => {
    const s = await small.as("badinh");
    const list = (await s.get("/api/conferences")).json().items as ConferenceSummary[];
    // The demo data holds files already (generated dossier drafts): count what this call adds.
    const [before] = await small.database.db.select({ n: count() }).from(files);
    const big = Buffer.concat([tinyMp4(), Buffer.alloc(4096)]);
    const res = await upload(s, url(list[0]!.id), { filename: "video-dai.mp4", content: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(res.json().error.message).toMatch(/video-dai\.mp4.*dung lượng/u);
    const [n] = await small.database.db.select({ n: count() }).from(files);
    expect(n!.n).toBe(before!.n);
  });
});
