import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { files } from "../../db/schema/index.ts";

export async function loadFileMeta(db: Db, id: string) {
  const [row] = await db
    .select({
      id: files.id,
      unitId: files.unitId,
      originalName: files.originalName,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
      uploadedBy: files.uploadedBy,
      uploadedAt: files.uploadedAt,
    })
    .from(files)
    .where(eq(files.id, id))
    .limit(1);
  return row ?? null;
}
