/**
 * Reading the multipart upload of a delegate list: the `file` part and the optional
 * fields `mapping` (JSON), `sheetName` and `headerRow`, in any order. The file is
 * judged by its content: not an xlsx → 415, a zip bomb or too large → 413.
 */
import type { FastifyRequest } from "fastify";
import { AppError, validation } from "../../http/errors.ts";
import type { ColumnMapping } from "../../imports/delegate-list.ts";
import { checkXlsxBuffer, type XlsxGuardReason } from "../../imports/xlsx-guard.ts";
import { MappingOverrideSchema } from "./schemas.ts";

export type DelegateListUpload = {
  buffer: Buffer;
  filename: string;
  mapping?: Partial<ColumnMapping>;
  sheetName?: string;
  headerRow?: number;
};

const TOO_LARGE: ReadonlySet<XlsxGuardReason> = new Set([
  "file-too-large",
  "too-many-entries",
  "too-large",
  "compression-ratio",
]);

/** 415 (not an xlsx by content) or 413 (too large, zip bomb); null when the bytes look right. */
export function fileVerdict(buffer: Buffer): AppError | null {
  const verdict = checkXlsxBuffer(buffer);
  if (verdict.ok) return null;
  if (verdict.reason === "empty") return new AppError("BAD_REQUEST", verdict.message);
  return new AppError(
    TOO_LARGE.has(verdict.reason) ? "PAYLOAD_TOO_LARGE" : "UNSUPPORTED_MEDIA_TYPE",
    verdict.message,
  );
}

function parseMapping(raw: string): Partial<ColumnMapping> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw validation('Trường "mapping" phải là JSON, ví dụ {"fullName": "B", "position": "F"}.');
  }
  const parsed = MappingOverrideSchema.safeParse(json);
  if (!parsed.success) {
    throw validation(
      `Trường "mapping" không hợp lệ: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return parsed.data as Partial<ColumnMapping>;
}

export async function readUpload(req: FastifyRequest): Promise<DelegateListUpload> {
  let file: { buffer: Buffer; filename: string } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of req.parts()) {
    if (part.type === "file") {
      if (part.fieldname !== "file" || file) {
        part.file.resume();
        continue;
      }
      file = { buffer: await part.toBuffer(), filename: part.filename };
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new AppError("BAD_REQUEST", 'Hãy gửi tệp danh sách đại biểu (.xlsx) trong trường "file".');
  const upload: DelegateListUpload = { ...file };
  if (fields.mapping?.trim()) upload.mapping = parseMapping(fields.mapping);
  if (fields.sheetName?.trim()) upload.sheetName = fields.sheetName.trim();
  if (fields.headerRow?.trim()) {
    const n = Number(fields.headerRow);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw validation("Dòng tiêu đề phải là số nguyên từ 1 đến 1000.");
    upload.headerRow = n;
  }
  return upload;
}
