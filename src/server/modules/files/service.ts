import { fileTypeOf } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { downloadName } from "./names.ts";
import { filePolicy } from "./policy.ts";
import { loadFileContent, loadFileMeta } from "./queries.ts";

const NOT_FOUND = "Không tìm thấy tệp.";

/** A file the actor may download, with the name and type to send it under. */
export async function openFile(ctx: ServiceContext, id: string) {
  const meta = await loadFileMeta(ctx.db, id);
  if (!meta) throw notFound(NOT_FOUND);
  const access = filePolicy.access(ctx.actor, meta);
  if (access === "hidden") throw notFound(NOT_FOUND);
  if (access === "forbidden") throw forbidden("Bạn không có quyền tải tệp này.");
  const content = await loadFileContent(ctx.db, id);
  if (!content) throw notFound(NOT_FOUND);
  return { ...meta, content, filename: downloadName(meta.originalName, fileTypeOf(meta.mime)) };
}
