/**
 * The one reader of multipart uploads (issue #7 item 4; SPEC G2): one file field and
 * the text fields a route names, in any order, the file held to a size limit. Every
 * failure is a code of the error table with a Vietnamese message naming the field:
 * no file → 400, an empty file → 400, too large → 413.
 */
import type { FastifyRequest } from "fastify";
import { AppError } from "../http/errors.ts";

export type UploadSpec = {
  /** What the file is, as a user reads it: "tệp danh sách đơn vị (.xlsx)". */
  what: string;
  /** The file field (default "file"). */
  field?: string;
  /** Text fields kept besides the file; others are ignored. */
  fields?: readonly string[];
  /** Largest file, in bytes; named in the 413 message. Default: the server's upload limit. */
  maxBytes?: number;
};

export type Upload = { buffer: Buffer; filename: string; fields: Record<string, string> };

/** "20 MB", "512 KB". */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} KB`;
}

function tooLarge(filename: string, maxBytes: number | undefined): AppError {
  const limit = maxBytes === undefined ? "" : ` (${formatLimit(maxBytes)})`;
  return new AppError("PAYLOAD_TOO_LARGE", `Tệp "${filename}" vượt quá dung lượng cho phép${limit}.`);
}

const isTooLarge = (e: unknown) => (e as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE";

/** Reads the whole request; the file's bytes are only kept for the named field. */
export async function readUpload(req: FastifyRequest, spec: UploadSpec): Promise<Upload> {
  const field = spec.field ?? "file";
  const wanted = new Set(spec.fields ?? []);
  const limits = spec.maxBytes === undefined ? {} : { limits: { fileSize: spec.maxBytes } };
  let file: { buffer: Buffer; filename: string } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of req.parts(limits)) {
    if (part.type === "file") {
      if (part.fieldname !== field || file) {
        part.file.resume();
        continue;
      }
      try {
        file = { buffer: await part.toBuffer(), filename: part.filename };
      } catch (e) {
        if (isTooLarge(e)) throw tooLarge(part.filename, spec.maxBytes);
        throw e;
      }
    } else if (wanted.has(part.fieldname) && typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new AppError("BAD_REQUEST", `Hãy gửi ${spec.what} trong trường "${field}".`);
  if (file.buffer.length === 0)
    throw new AppError("BAD_REQUEST", `Tệp "${file.filename}" gửi lên rỗng (0 byte).`);
  return { ...file, fields };
}
