/**
 * What an upload must be before a byte of it is written (G2): not empty, within the caller's
 * limit, of a type found from its content (src/server/files/) that the caller allows, and a Word
 * or Excel file also past the ZIP guard. Refusals are 400, 413 and 415 with Vietnamese messages.
 */
import { detectFileType } from "../../files/detect.ts";
import { DOCX, describeTypes, type FileType, XLSX } from "../../files/file-types.ts";
import { zipRefused } from "../../files/refusal.ts";
import { checkZip } from "../../files/zip-guard.ts";
import { AppError } from "../../http/errors.ts";
import { cleanFileName } from "./names.ts";

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

/** The cleaned name and the type found in the content; throws the refusal otherwise. */
export function checkUpload(input: StoreFileInput): { originalName: string; type: FileType } {
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
  return { originalName, type };
}
