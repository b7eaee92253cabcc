/**
 * Files in chunks (ADR 0008, issue #11 item 4): uploads come back byte for byte through the
 * chunked download, staging lets other queries run between chunks, and a staged file never
 * linked is visible nowhere and is removed (at once when the business write fails, else by age).
 */
import { randomBytes } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { Actor } from "../../../domain/roles.ts";
import { fileChunks, files, stagedFiles, users } from "../../db/schema/index.ts";
import { PDF } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { CHUNK_BYTES } from "./chunks.ts";
import { cleanStagedFiles, STAGED_MAX_AGE_MS, stageFile } from "./staging.ts";
import { linkFile } from "./store.ts";
import { upload } from "./testing/upload.ts";

const URL = "/api/unit-plans/mine/file";
let t: TestApp;
let ctx: ServiceContext;
beforeAll(async () => {
  t = await createTestApp();
  const [u] = await t.database.db.select().from(users).where(eq(users.username, "badinh"));
  const actor: Actor = {
    userId: u!.id,
    username: u!.username,
    fullName: u!.fullName,
    role: "unit",
    unitId: u!.unitId,
  };
  ctx = { db: t.database.db, actor, clock: { now: () => new Date() }, logger: t.app.log };
});
afterAll(() => t?.close());

/** A body the sniffing takes for a PDF: the signature, then random (incompressible) bytes. */
function pdfOf(bytes: number): Buffer {
  const buf = randomBytes(bytes);
  buf.write("%PDF-1.7\n", 0, "latin1");
  return buf;
}

const kept = async () => {
  const n = async (table: typeof files | typeof stagedFiles | typeof fileChunks) =>
    (await t.database.db.select({ n: count() }).from(table))[0]!.n;
  return { files: await n(files), staged: await n(stagedFiles), chunks: await n(fileChunks) };
};

const chunksOf = async (id: string) =>
  (await t.database.db.select({ n: count() }).from(fileChunks).where(eq(fileChunks.fileId, id)))[0]!.n;

describe("upload → download, byte for byte (issue #11 item 4)", () => {
  const cases = [
    { what: "several chunks and a piece", size: 3 * CHUNK_BYTES + 12_345, chunks: 4 },
    { what: "an exact multiple of the chunk size", size: 2 * CHUNK_BYTES, chunks: 2 },
    { what: "less than one chunk", size: 1000, chunks: 1 },
  ];
  for (const c of cases) {
    it(`keeps a file of ${c.what} in ${c.chunks} chunk(s) and sends it back identical`, async () => {
      const content = pdfOf(c.size);
      const badinh = await t.as("badinh");
      const res = await upload(badinh, URL, { filename: "Kế hoạch lớn.pdf", content });
      expect(res.statusCode).toBe(200);
      const id = res.json().file.id as string;
      expect(await chunksOf(id)).toBe(c.chunks);

      const down = await badinh.get(`/api/files/${id}`);
      expect(down.statusCode).toBe(200);
      expect(down.headers["content-type"]).toBe(PDF.mime);
      expect(Number(down.headers["content-length"])).toBe(c.size);
      expect(down.rawPayload.length).toBe(c.size);
      expect(down.rawPayload.equals(content)).toBe(true);
    });
  }
});

describe("refusals write nothing, staged or not", () => {
  it("an empty file, a wrong content and a failed business write leave no row and no chunk", async () => {
    const c = await t.as("ngoctrao");
    const before = await kept();
    expect((await upload(c, URL, { filename: "rong.pdf", content: Buffer.alloc(0) })).statusCode).toBe(400);
    const text = Buffer.from("Văn bản thường mang đuôi .pdf ".repeat(20_000));
    expect((await upload(c, URL, { filename: "a.pdf", content: text })).statusCode).toBe(415);
    // Checked and staged, then the unit plan's version is stale: the staged file is dropped at once.
    const stale = await upload(c, `${URL}?version=999`, {
      filename: "b.pdf",
      content: pdfOf(CHUNK_BYTES + 1),
    });
    expect(stale.statusCode).toBe(409);
    expect(await kept()).toEqual(before);
  });

  it("a file over the limit (413) leaves nothing either", async () => {
    const small = await createTestApp({ config: { uploadMaxBytes: 2048 } });
    try {
      const rows = async () => (await small.database.db.select({ n: count() }).from(fileChunks))[0]!.n;
      const before = await rows();
      const res = await upload(await small.as("badinh"), URL, { filename: "lon.pdf", content: pdfOf(4096) });
      expect(res.statusCode).toBe(413);
      expect(await rows()).toBe(before);
    } finally {
      await small.close();
    }
  });
});

describe("a staged file (ADR 0008)", () => {
  it("lets other queries run between its chunks", async () => {
    let staged = false;
    const staging = stageFile(ctx, {
      buffer: pdfOf(8 * CHUNK_BYTES),
      originalName: "a.pdf",
      unitId: ctx.actor.unitId,
      allowed: [PDF.mime],
    }).then((s) => {
      staged = true;
      return s;
    });
    // A reader's queries, one after another while the chunks are written: they are answered
    // between the chunks, not after the last one.
    // Each comes after a turn of the event loop, as a request off a socket does.
    let answered = 0;
    for (let i = 0; i < 10_000 && !staged; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      await t.database.db.execute(sql`select 1`);
      if (!staged) answered++;
    }
    expect(answered).toBeGreaterThanOrEqual(4);
    const s = await staging;
    expect(await chunksOf(s.id)).toBe(8);
    await t.database.db.transaction((tx) => linkFile(tx, ctx, s));
  });

  it("is visible nowhere until linked, kept while young, removed with its chunks when old", async () => {
    const before = await kept();
    const s = await stageFile(ctx, {
      buffer: pdfOf(CHUNK_BYTES + 5),
      originalName: "bỏ dở.pdf",
      unitId: ctx.actor.unitId,
      allowed: [PDF.mime],
    });
    expect(await chunksOf(s.id)).toBe(2);
    for (const user of ["badinh", "vanphong"]) {
      expect((await (await t.as(user)).get(`/api/files/${s.id}`)).statusCode).toBe(404);
    }
    expect(await t.database.db.select().from(files).where(eq(files.id, s.id))).toEqual([]);

    expect(await cleanStagedFiles(t.database.db, new Date())).toBe(0);
    expect(await chunksOf(s.id)).toBe(2);
    const later = new Date(Date.now() + STAGED_MAX_AGE_MS + 60_000);
    expect(await cleanStagedFiles(t.database.db, later)).toBe(1);
    expect(await kept()).toEqual(before);
  });

  it("once removed as abandoned cannot be linked (409), and a linked file is never cleaned", async () => {
    const input = {
      buffer: pdfOf(100),
      originalName: "x.pdf",
      unitId: ctx.actor.unitId,
      allowed: [PDF.mime],
    };
    const late = await stageFile(ctx, input);
    const linked = await stageFile(ctx, input);
    await t.database.db.transaction((tx) => linkFile(tx, ctx, linked));
    await cleanStagedFiles(t.database.db, new Date(Date.now() + 2 * STAGED_MAX_AGE_MS));
    const err = await t.database.db.transaction((tx) => linkFile(tx, ctx, late)).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect(await t.database.db.select().from(files).where(eq(files.id, late.id))).toEqual([]);
    expect(await chunksOf(linked.id)).toBe(1);
    const down = await (await t.as("badinh")).get(`/api/files/${linked.id}`);
    expect(down.rawPayload.equals(input.buffer)).toBe(true);
  });
});
