/**
 * Files on a conference's agenda (D7: phóng sự, video clip, hình ảnh minh họa; G2).
 * Whoever may edit the conference's content uploads a file for it (kept as the
 * conference unit's file, so the unit, the office, the Council and the chairman may
 * download it); the agenda then refers to it as `{ kind: "file", fileId, label }`,
 * and only to files of the conference's own unit.
 */
import { inArray } from "drizzle-orm";
import { CONTENT_EDITABLE } from "../../../domain/conference-lifecycle.ts";
import type { AgendaMediaUpload, AgendaPut } from "../../../domain/conferences.ts";
import type { Db } from "../../db/client.ts";
import { files } from "../../db/schema/index.ts";
import { DOCX, JPEG, MP4, PDF, PNG } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { editableConference } from "./write-support.ts";

/** Documents, images and MP4 video clips (checked from the content, never the name). */
export const AGENDA_MEDIA_TYPES: readonly string[] = [PDF, DOCX, PNG, JPEG, MP4].map((t) => t.mime);

/**
 * Loads the conference first (404 unseen, 403 not theirs, 409 not draft/returned), then
 * reads the upload, so nobody's bytes are taken for a conference they may not change.
 */
export async function uploadAgendaMedia(
  ctx: ServiceContext,
  conferenceId: string,
  readUpload: () => Promise<{ buffer: Buffer; filename: string }>,
): Promise<AgendaMediaUpload> {
  const conference = await editableConference(ctx, conferenceId, CONTENT_EDITABLE);
  const upload = await readUpload();
  const input = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId: conference.unitId,
    allowed: AGENDA_MEDIA_TYPES,
  };
  return withStagedFile(ctx, input, (staged) =>
    ctx.db.transaction(async (tx) => {
      const file = await linkFile(tx, ctx, staged);
      await recordAudit(tx, ctx, {
        action: "conference.agenda_media",
        entityType: "conference",
        entityId: conference.id,
        unitId: conference.unitId,
        after: { fileId: file.id, name: file.originalName, mime: file.mime, size: file.size },
      });
      return { fileId: file.id, label: file.originalName, mime: file.mime, size: file.size };
    }),
  );
}

/** 400 unless every file on the agenda exists and belongs to the conference's unit. */
export async function checkAgendaFiles(db: Db, unitId: string, items: AgendaPut["items"]): Promise<void> {
  const refs: { field: string; fileId: string }[] = [];
  items.forEach((item, i) => {
    item.media.forEach((m, j) => {
      if (m.kind === "file") refs.push({ field: `items.${i}.media.${j}.fileId`, fileId: m.fileId });
    });
  });
  if (refs.length === 0) return;
  const ids = [...new Set(refs.map((r) => r.fileId))];
  const found = await db
    .select({ id: files.id, unitId: files.unitId })
    .from(files)
    .where(inArray(files.id, ids));
  const ownerOf = new Map(found.map((f) => [f.id, f.unitId]));
  const fields: Record<string, string> = {};
  for (const r of refs) {
    if (!ownerOf.has(r.fileId)) fields[r.field] = "Không tìm thấy tệp tư liệu này; hãy tải tệp lên lại.";
    else if (ownerOf.get(r.fileId) !== unitId)
      fields[r.field] = "Tệp tư liệu này không thuộc đơn vị tổ chức hội nghị.";
  }
  if (Object.keys(fields).length === 0) return;
  throw validation(`Chương trình có tư liệu không hợp lệ: ${[...new Set(Object.values(fields))].join(" ")}`, {
    fields,
  });
}
