/**
 * An upload in two steps (ADR 0008). `stageFile` checks it exactly as before (size, content
 * sniffing, ZIP guard), then writes its chunks in small separate statements as a staged file,
 * visible nowhere; the business write links it (`linkFile`, store.ts) in its own short
 * transaction with its audit rows. A staged file never linked is dropped: at once when the
 * business write fails (`withStagedFile`), else by age (`cleanStagedFiles`, a background job
 * run at start and every quarter of an hour).
 */
import { randomUUID } from "node:crypto";
import { asc, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { fileChunks, stagedFiles } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { checkUpload, type StoreFileInput } from "./check.ts";
import { writeChunks, yieldToEventLoop } from "./chunks.ts";

/** A checked upload whose chunks are written, waiting to be linked. */
export type StagedFile = {
  id: string;
  unitId: string | null;
  sha256: string;
  originalName: string;
  mime: string;
  size: number;
};

/** Older staged files are taken for abandoned (a crash, a lost link); staging 20 MB takes seconds. */
export const STAGED_MAX_AGE_MS = 60 * 60_000;

type StageContext = Pick<ServiceContext, "db" | "actor" | "clock">;

export async function stageFile(ctx: StageContext, input: StoreFileInput): Promise<StagedFile> {
  const { originalName, type } = checkUpload(input);
  const id = randomUUID();
  await ctx.db.insert(stagedFiles).values({ id, stagedBy: ctx.actor.userId, stagedAt: ctx.clock.now() });
  try {
    const sha256 = await writeChunks(ctx.db, id, input.buffer);
    return { id, unitId: input.unitId, sha256, originalName, mime: type.mime, size: input.buffer.length };
  } catch (err) {
    await discardStagedFile(ctx.db, id).catch(() => undefined);
    throw err;
  }
}

/**
 * Drops a staged file and its chunks in one statement, only while it is staged: a file linked
 * meanwhile keeps its chunks, and a link racing this finds no staged row and fails (store.ts).
 */
export async function discardStagedFile(db: Db, id: string): Promise<void> {
  await db.execute(sql`
    with gone as (delete from ${stagedFiles} where ${stagedFiles.id} = ${id} returning ${stagedFiles.id})
    delete from ${fileChunks} where ${fileChunks.fileId} in (select id from gone)`);
}

/**
 * Stages the upload, then runs `link` (the business write's transaction, which calls
 * `linkFile`); when `link` fails the staged file is dropped at once.
 */
export async function withStagedFile<T>(
  ctx: StageContext & Pick<ServiceContext, "logger">,
  input: StoreFileInput,
  link: (staged: StagedFile) => Promise<T>,
): Promise<T> {
  const staged = await stageFile(ctx, input);
  try {
    return await link(staged);
  } catch (err) {
    await discardStagedFile(ctx.db, staged.id).catch((e) =>
      ctx.logger.warn({ err: e, fileId: staged.id }, "không xóa được tệp tải lên dở"),
    );
    throw err;
  }
}

/**
 * Removes staged files older than `maxAgeMs` with their chunks, one file per statement with a
 * yield between; answers how many went.
 */
export async function cleanStagedFiles(
  db: Db,
  now: Date,
  maxAgeMs: number = STAGED_MAX_AGE_MS,
): Promise<number> {
  const old = await db
    .select({ id: stagedFiles.id })
    .from(stagedFiles)
    .where(lt(stagedFiles.stagedAt, new Date(now.getTime() - maxAgeMs)))
    .orderBy(asc(stagedFiles.stagedAt))
    .limit(1000);
  let removed = 0;
  for (const { id } of old) {
    await discardStagedFile(db, id);
    removed++;
    await yieldToEventLoop();
  }
  return removed;
}
