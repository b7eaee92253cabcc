/**
 * A file's content as chunks of `file_chunks` (ADR 0008): written and read one chunk per
 * statement, yielding to the event loop between chunks, so that on PGlite (one connection in the
 * server's own thread) other requests' queries run between them, and on PostgreSQL no statement
 * or transaction lasts as long as the file.
 */
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { fileChunks } from "../../db/schema/index.ts";

/** 256 KB: a few milliseconds per statement on PGlite; 80 statements for a 20 MB file. */
export const CHUNK_BYTES = 256 * 1024;

/** Lets the event loop run (timers, sockets, other requests' queries) before the next chunk. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The chunk rows of `buffer` (views into it, no copy), seq from 0. */
export function chunkRows(fileId: string, buffer: Buffer) {
  const rows: { fileId: string; seq: number; data: Buffer }[] = [];
  for (let seq = 0; seq * CHUNK_BYTES < buffer.length; seq++) {
    rows.push({ fileId, seq, data: buffer.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES) });
  }
  return rows;
}

/**
 * Writes `buffer` as chunks of `fileId`, each its own statement (outside any transaction),
 * hashing as it goes; answers the SHA-256 in hex.
 */
export async function writeChunks(db: Db, fileId: string, buffer: Buffer): Promise<string> {
  const hash = createHash("sha256");
  for (const row of chunkRows(fileId, buffer)) {
    hash.update(row.data);
    await db.insert(fileChunks).values(row);
    await yieldToEventLoop();
  }
  return hash.digest("hex");
}

/**
 * The content of a file, chunk after chunk, each read by its own statement. Throws when the
 * chunks do not add up to `size` (a file is never changed once linked, so this means damage).
 */
export async function* readChunks(db: Db, fileId: string, size: number): AsyncGenerator<Buffer> {
  let sent = 0;
  for (let seq = 0; ; seq++) {
    const [row] = await db
      .select({ data: fileChunks.data })
      .from(fileChunks)
      .where(and(eq(fileChunks.fileId, fileId), eq(fileChunks.seq, seq)));
    if (!row) break;
    sent += row.data.length;
    yield row.data;
    await yieldToEventLoop();
  }
  if (sent !== size) throw new Error(`file ${fileId}: ${sent} bytes in chunks, ${size} expected`);
}
