/**
 * A refused file as a typed error (issue #7 item 4; SPEC G2): the guard's reason decides
 * the code of the one error table — too large or a ZIP bomb → 413, empty → 400, anything
 * that is not the expected file → 415. Callers test `instanceof` and `reason`, never messages.
 */
import { AppError, type ErrorCode } from "../http/errors.ts";
import type { XlsxGuardReason } from "./xlsx-guard.ts";
import type { ZipRefusal } from "./zip-guard.ts";

export type FileRefusalReason = XlsxGuardReason | "unreadable";

const TOO_LARGE: ReadonlySet<FileRefusalReason> = new Set([
  "file-too-large",
  "too-many-entries",
  "too-large",
  "compression-ratio",
]);

export function refusalCode(reason: FileRefusalReason): ErrorCode {
  if (reason === "empty") return "BAD_REQUEST";
  return TOO_LARGE.has(reason) ? "PAYLOAD_TOO_LARGE" : "UNSUPPORTED_MEDIA_TYPE";
}

export class FileRefusedError extends AppError {
  constructor(
    readonly reason: FileRefusalReason,
    message: string,
  ) {
    super(refusalCode(reason), message);
    this.name = "FileRefusedError";
  }
}

const ZIP_TROUBLE: Record<ZipRefusal["reason"], string> = {
  corrupt: "tệp nén bị hỏng hoặc không đầy đủ",
  encrypted: "tệp đã bị đặt mật khẩu",
  "unsupported-method": "tệp dùng kiểu nén không được hỗ trợ",
  "bad-entry-name": "tệp chứa thành phần có tên không hợp lệ",
  "too-many-entries": "tệp có quá nhiều thành phần",
  "too-large": "tệp khi giải nén quá lớn",
  "compression-ratio": "tệp có thành phần nén bất thường",
  "size-mismatch": "tệp có thành phần khai báo sai kích thước",
};

/** A Word or Excel package the ZIP guard refused, named as the user sent it. */
export function zipRefused(filename: string, refusal: ZipRefusal): FileRefusedError {
  const reason: FileRefusalReason = refusal.reason === "unsupported-method" ? "corrupt" : refusal.reason;
  const entry = "entry" in refusal && refusal.entry ? ` (thành phần “${refusal.entry.name}”)` : "";
  return new FileRefusedError(
    reason,
    `Tệp "${filename}" không nhận được: ${ZIP_TROUBLE[refusal.reason]}${entry}; tệp bị hỏng hoặc là tệp độc hại. Hãy mở tệp và lưu lại rồi gửi lại.`,
  );
}
