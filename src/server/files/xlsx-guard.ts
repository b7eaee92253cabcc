/**
 * Checks the raw bytes of an uploaded .xlsx before any xlsx library touches them
 * (SPEC E3, G2): is it a ZIP at all, is its central directory sane, is it an Excel
 * workbook, and is it not a zip bomb (too many entries, too large once unpacked,
 * absurd compression ratios, sizes that lie). Pure: a Buffer in, a verdict out.
 */
import {
  checkZipDirectory,
  DEFAULT_ZIP_LIMITS,
  verifyZipContent,
  type ZipLimits,
  type ZipRefusal,
} from "./zip-guard.ts";

export interface XlsxGuardLimits extends ZipLimits {
  /** Largest accepted file, in bytes (default 25 MB). */
  maxFileBytes: number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxGuardLimits> = Object.freeze({
  ...DEFAULT_ZIP_LIMITS,
  maxFileBytes: 25 * 1024 * 1024,
});

export type XlsxGuardReason =
  | "empty"
  | "file-too-large"
  | "not-zip"
  | "legacy-or-protected"
  | "corrupt"
  | "encrypted"
  | "too-many-entries"
  | "too-large"
  | "compression-ratio"
  | "size-mismatch"
  | "bad-entry-name"
  | "not-workbook";

export type XlsxGuardResult = { ok: true } | { ok: false; reason: XlsxGuardReason; message: string };

export const NOT_XLSX_MESSAGE = "Tệp không phải là tệp Excel (.xlsx) hợp lệ";
const RESAVE_HINT = "Hãy mở tệp bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const intVi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const mbVi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
const mb = (bytes: number) => `${mbVi.format(bytes / (1024 * 1024))} MB`;

function startsWith(buf: Uint8Array, sig: readonly number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

function fail(reason: XlsxGuardReason, message: string): XlsxGuardResult {
  return { ok: false, reason, message };
}

/** The check. Limits default to DEFAULT_XLSX_LIMITS; pass some to override them. */
export function checkXlsxBuffer(input: Uint8Array, limits: Partial<XlsxGuardLimits> = {}): XlsxGuardResult {
  const lim: XlsxGuardLimits = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);

  if (buf.length === 0) return fail("empty", "Tệp rỗng (0 byte): hãy chọn lại tệp Excel (.xlsx).");
  if (buf.length > lim.maxFileBytes) {
    return fail(
      "file-too-large",
      `Tệp quá lớn (${mb(buf.length)}): chỉ nhận tệp đến ${mb(lim.maxFileBytes)}.`,
    );
  }
  if (startsWith(buf, CFB)) {
    return fail(
      "legacy-or-protected",
      `${NOT_XLSX_MESSAGE}: đây là tệp Excel 97–2003 (.xls) hoặc tệp đã đặt mật khẩu. Hãy bỏ mật khẩu (nếu có) rồi lưu lại dưới dạng .xlsx.`,
    );
  }
  if (!startsWith(buf, ZIP_LOCAL)) return fail("not-zip", `${NOT_XLSX_MESSAGE}. ${RESAVE_HINT}`);

  const declared = checkZipDirectory(buf, lim);
  if (!declared.ok) return zipRefused(declared.refusal, lim);
  const names = new Set(declared.entries.map((e) => e.name.toLowerCase()));
  if (!names.has("[content_types].xml") || !names.has("xl/workbook.xml")) {
    return fail("not-workbook", notWorkbookMessage(names));
  }
  if (lim.verifyContent) {
    const content = verifyZipContent(buf, declared.entries);
    if (!content.ok) return zipRefused(content.refusal, lim);
  }
  return { ok: true };
}

/** The ZIP guard's refusal, told about an Excel file. */
function zipRefused(r: ZipRefusal, lim: XlsxGuardLimits): XlsxGuardResult {
  switch (r.reason) {
    case "too-many-entries":
      return fail(
        "too-many-entries",
        `Tệp Excel có quá nhiều thành phần (${intVi.format(r.declaredEntries)}, tối đa ${intVi.format(lim.maxEntries)}): tệp bị hỏng hoặc là tệp độc hại.`,
      );
    case "corrupt":
      return r.entry
        ? fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp bị hỏng (thành phần “${r.entry.name}”). ${RESAVE_HINT}`)
        : fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp bị hỏng hoặc không đầy đủ (${r.detail}). ${RESAVE_HINT}`);
    case "encrypted":
      return fail("encrypted", `${NOT_XLSX_MESSAGE}: tệp đã bị đặt mật khẩu. Hãy bỏ mật khẩu rồi lưu lại.`);
    case "unsupported-method":
      return fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp dùng kiểu nén không được hỗ trợ. ${RESAVE_HINT}`);
    case "bad-entry-name":
      return fail(
        "bad-entry-name",
        `${NOT_XLSX_MESSAGE}: tệp chứa thành phần có tên không hợp lệ (“${r.entry.name}”): tệp có thể là tệp độc hại.`,
      );
    case "too-large":
      return fail(
        "too-large",
        `Tệp Excel khi giải nén quá lớn (hơn ${mb(lim.maxTotalUncompressedBytes)}): hãy bỏ bớt trang tính, hình ảnh không cần thiết, hoặc chia thành nhiều tệp.`,
      );
    case "compression-ratio":
      return fail(
        "compression-ratio",
        `Tệp Excel có thành phần nén bất thường (“${r.entry.name}”, tỉ lệ ${intVi.format(r.ratio)}:1, tối đa ${intVi.format(lim.maxCompressionRatio)}:1): tệp có thể là tệp độc hại.`,
      );
    case "size-mismatch":
      return fail(
        "size-mismatch",
        `Tệp Excel có thành phần khai báo sai kích thước (“${r.entry.name}”): tệp bị hỏng hoặc là tệp độc hại.`,
      );
  }
}

function notWorkbookMessage(names: Set<string>): string {
  if (names.has("word/document.xml")) return `${NOT_XLSX_MESSAGE}: đây là tệp Word (.docx).`;
  if (names.has("ppt/presentation.xml")) return `${NOT_XLSX_MESSAGE}: đây là tệp PowerPoint (.pptx).`;
  if (names.has("mimetype") && names.has("content.xml")) {
    return `${NOT_XLSX_MESSAGE}: đây là tệp OpenDocument (.ods/.odt). ${RESAVE_HINT}`;
  }
  return `${NOT_XLSX_MESSAGE}: tệp nén không chứa sổ làm việc Excel ([Content_Types].xml, xl/workbook.xml).`;
}
