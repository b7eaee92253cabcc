/**
 * Keeps an uploaded file (G2): its type is found from the content (src/server/files/),
 * checked against what the caller allows (Word and Excel also by the ZIP guard), and stored with its SHA-256, size and cleaned name, inside
 * the caller's transaction (the audit row commits with it).
 */
import { createHash } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { files } from "../../db/schema/index.ts";
import { detectFileType } from "../../files/detect.ts";
import { DOCX, describeTypes, XLSX } from "../../files/file-types.ts";
import { zipRefused } from "../../files/refusal.ts";
import { checkZip } from "../../files/zip-guard.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { cleanFileName } from "./names.ts";

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

export type StoreFileInput = {
  buffer: Buffer;
  originalName: string;
  /** The unit the file belongs to (its users may download it); null for the office's own files. */
  unitId: string | null;
  /** Accepted mime types (see file-types.ts). */
  allowed: readonly string[];
  /** Optional tighter limit than the upload limit of the server. */
  maxBytes?: number;
};

export function unsupportedType(name: string, allowed: readonly string[], found?: string): AppError {
  const what = found ? `là tệp ${found}` : "không thuộc loại nào được chấp nhận";
  return new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    `Tệp "${name}" ${what}. Chỉ nhận tệp ${describeTypes(allowed)}; loại tệp được nhận biết theo nội dung, không theo đuôi tên tệp.`,
    { allowed: [...allowed] },
  );
}

export async function storeFile(tx: Db, ctx: ServiceContext, input: StoreFileInput): Promise<StoredFile> {
  const originalName = cleanFileName(input.originalName);
  if (input.buffer.length === 0) throw new AppError("BAD_REQUEST", `Tệp "${originalName}" rỗng.`);
  if (input.maxBytes !== undefined && input.buffer.length > input.maxBytes) {
    const mb = Math.floor(input.maxBytes / (1024 * 1024));
    throw new AppError("PAYLOAD_TOO_LARGE", `Tệp "${originalName}" vượt quá dung lượng cho phép (${mb} MB).`);
  }
  const type = detectFileType(input.buffer);
  if (!type) throw unsupportedType(originalName, input.allowed);
  if (!input.allowed.includes(type.mime)) throw unsupportedType(originalName, input.allowed, type.label);
  if (type === DOCX || type === XLSX) {
    // Word and Excel files are ZIPs: the bomb guard, before anyone downloads and opens one.
    const zip = checkZip(input.buffer);
    if (!zip.ok) throw zipRefused(originalName, zip.refusal);
  }

  const sha256 = createHash("sha256").update(input.buffer).digest("hex");
  const [row] = await tx
    .insert(files)
    .values({
      unitId: input.unitId,
      sha256,
      originalName,
      mime: type.mime,
      size: input.buffer.length,
      content: input.buffer,
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
    unitId: input.unitId,
    after: { name: originalName, mime: type.mime, size: row!.size, sha256 },
  });
  return row!;
}
