/**
 * The multipart upload of a delegate list (E3), read by the one upload reader: the
 * `file` part and the optional fields `mapping` (JSON), `sheetName` and `headerRow`,
 * in any order. The file's content is judged by the import (readXlsx).
 */
import type { FastifyRequest } from "fastify";
import { readUpload } from "../../files/multipart.ts";
import { validation } from "../../http/errors.ts";
import type { ColumnMapping } from "../../imports/delegate-list.ts";
import { MappingOverrideSchema } from "./schemas.ts";

export type DelegateListUpload = {
  buffer: Buffer;
  filename: string;
  mapping?: Partial<ColumnMapping>;
  sheetName?: string;
  headerRow?: number;
};

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

export async function readDelegateListUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<DelegateListUpload> {
  const { buffer, filename, fields } = await readUpload(req, {
    what: "tệp danh sách đại biểu (.xlsx, .xls hoặc .csv)",
    fields: ["mapping", "sheetName", "headerRow"],
    maxBytes,
  });
  const upload: DelegateListUpload = { buffer, filename };
  if (fields.mapping?.trim()) upload.mapping = parseMapping(fields.mapping);
  if (fields.sheetName?.trim()) upload.sheetName = fields.sheetName.trim();
  if (fields.headerRow?.trim()) {
    const n = Number(fields.headerRow);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw validation('Trường "headerRow": dòng tiêu đề phải là số nguyên từ 1 đến 1000.');
    upload.headerRow = n;
  }
  return upload;
}
