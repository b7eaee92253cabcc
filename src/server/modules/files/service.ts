import { Readable } from "node:stream";
import { fileTypeOf } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { readChunks } from "./chunks.ts";
import { downloadName } from "./names.ts";
import { filePolicy } from "./policy.ts";
import { loadFileMeta } from "./queries.ts";

const NOT_FOUND = "Không tìm thấy tệp.";

/**
 * A file the actor may download, with the name and type to send it under and its content as
 * chunks read one statement at a time while the answer is sent (ADR 0008).
 */
export async function openFile(ctx: ServiceContext, id: string) {
  const meta = await loadFileMeta(ctx.db, id);
  if (!meta) throw notFound(NOT_FOUND);
  const access = filePolicy.access(ctx.actor, meta);
  if (access === "hidden") throw notFound(NOT_FOUND);
  if (access === "forbidden") throw forbidden("Bạn không có quyền tải tệp này.");
  return {
    ...meta,
    content: Readable.from(readChunks(ctx.db, id, meta.size), { objectMode: false }),
    filename: downloadName(meta.originalName, fileTypeOf(meta.mime)),
  };
}
