/**
 * Keeps an uploaded file (G2): checked and written as a staged file first (staging.ts, outside
 * any transaction), then linked here inside the business write's transaction: the `files` row
 * (its SHA-256, size, cleaned name and the type found from its content) and the `file.upload`
 * audit row commit with the business rows, or none of them does (ADR 0008).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { files, stagedFiles } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import type { StagedFile } from "./staging.ts";

export type StoredFile = {
  id: string;
  unitId: string | null;
  sha256: string;
  originalName: string;
  mime: string;
  size: number;
  uploadedBy: string | null;
  uploadedAt: Date;
};

/**
 * Makes a staged file a file, in the caller's transaction `tx`. The staged row goes first (so
 * the age cleanup cannot take its chunks once this commits); when it is gone already (removed
 * as abandoned), the upload must be sent again.
 */
export async function linkFile(tx: Db, ctx: ServiceContext, staged: StagedFile): Promise<StoredFile> {
  const taken = await tx
    .delete(stagedFiles)
    .where(eq(stagedFiles.id, staged.id))
    .returning({ id: stagedFiles.id });
  if (taken.length === 0) {
    throw new AppError(
      "CONFLICT",
      `Tệp "${staged.originalName}" tải lên đã quá lâu chưa được lưu nên đã bị hủy. Hãy tải tệp lên lại.`,
    );
  }
  const [row] = await tx
    .insert(files)
    .values({
      id: staged.id,
      unitId: staged.unitId,
      sha256: staged.sha256,
      originalName: staged.originalName,
      mime: staged.mime,
      size: staged.size,
      uploadedBy: ctx.actor.userId,
      uploadedAt: ctx.clock.now(),
    })
    .returning({
      id: files.id,
      unitId: files.unitId,
      sha256: files.sha256,
      originalName: files.originalName,
      mime: files.mime,
      size: files.size,
      uploadedBy: files.uploadedBy,
      uploadedAt: files.uploadedAt,
    });
  await recordAudit(tx, ctx, {
    action: "file.upload",
    entityType: "file",
    entityId: row!.id,
    unitId: staged.unitId,
    after: { name: staged.originalName, mime: staged.mime, size: staged.size, sha256: staged.sha256 },
  });
  return row!;
}
