/**
 * Checks the raw bytes of an uploaded .xlsx before any xlsx library touches them
 * (SPEC E3, G2): is it a ZIP at all, is its central directory sane, is it an Excel
 * workbook, and is it not a zip bomb (too many entries, too large once unpacked,
 * absurd compression ratios, sizes that lie). Pure: a Buffer in, a verdict out.
 */
import { inflateRawSync } from "node:zlib";
import { readCentralDirectory, type ZipEntry, ZipFormatError } from "./zip-directory.ts";

export interface XlsxGuardLimits {
  /** Largest accepted file, in bytes (default 25 MB). */
  maxFileBytes: number;
  /** Most entries in the ZIP (default 2,000). */
  maxEntries: number;
  /** Largest declared total once unpacked, in bytes (default 100 MB). */
  maxTotalUncompressedBytes: number;
  /** Largest compression ratio (default 200:1) … */
  maxCompressionRatio: number;
  /** … for entries larger than this once unpacked (default 1 MB). */
  ratioCheckMinBytes: number;
  /** Inflate every entry with a cap to catch sizes that lie (default true). */
  verifyContent: boolean;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxGuardLimits> = Object.freeze({
  maxFileBytes: 25 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 1024 * 1024,
  verifyContent: true,
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

  let entries: ZipEntry[];
  try {
    const dir = readCentralDirectory(buf, lim.maxEntries);
    if (dir.kind === "too-many") {
      return fail(
        "too-many-entries",
        `Tệp Excel có quá nhiều thành phần (${intVi.format(dir.declaredEntries)}, tối đa ${intVi.format(lim.maxEntries)}): tệp bị hỏng hoặc là tệp độc hại.`,
      );
    }
    entries = dir.entries;
  } catch (error) {
    if (error instanceof ZipFormatError) {
      return fail(
        "corrupt",
        `${NOT_XLSX_MESSAGE}: tệp bị hỏng hoặc không đầy đủ (${error.message}). ${RESAVE_HINT}`,
      );
    }
    throw error;
  }

  let total = 0;
  for (const e of entries) {
    if (e.encrypted) {
      return fail("encrypted", `${NOT_XLSX_MESSAGE}: tệp đã bị đặt mật khẩu. Hãy bỏ mật khẩu rồi lưu lại.`);
    }
    if (e.method !== 0 && e.method !== 8) {
      return fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp dùng kiểu nén không được hỗ trợ. ${RESAVE_HINT}`);
    }
    total += e.uncompressedSize;
    if (total > lim.maxTotalUncompressedBytes) {
      return fail(
        "too-large",
        `Tệp Excel khi giải nén quá lớn (hơn ${mb(lim.maxTotalUncompressedBytes)}): hãy bỏ bớt trang tính, hình ảnh không cần thiết, hoặc chia thành nhiều tệp.`,
      );
    }
    if (e.uncompressedSize > lim.ratioCheckMinBytes) {
      const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
      if (ratio > lim.maxCompressionRatio) {
        return fail(
          "compression-ratio",
          `Tệp Excel có thành phần nén bất thường (“${e.name}”, tỉ lệ ${intVi.format(ratio)}:1, tối đa ${intVi.format(lim.maxCompressionRatio)}:1): tệp có thể là tệp độc hại.`,
        );
      }
    }
  }

  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has("[content_types].xml") || !names.has("xl/workbook.xml")) {
    return fail("not-workbook", notWorkbookMessage(names));
  }

  if (lim.verifyContent) {
    const verdict = verifyEntries(buf, entries);
    if (verdict) return verdict;
  }
  return { ok: true };
}

function notWorkbookMessage(names: Set<string>): string {
  if (names.has("word/document.xml")) return `${NOT_XLSX_MESSAGE}: đây là tệp Word (.docx).`;
  if (names.has("ppt/presentation.xml")) return `${NOT_XLSX_MESSAGE}: đây là tệp PowerPoint (.pptx).`;
  if (names.has("mimetype") && names.has("content.xml")) {
    return `${NOT_XLSX_MESSAGE}: đây là tệp OpenDocument (.ods/.odt). ${RESAVE_HINT}`;
  }
  return `${NOT_XLSX_MESSAGE}: tệp nén không chứa sổ làm việc Excel ([Content_Types].xml, xl/workbook.xml).`;
}

/** Inflates each entry with its declared size as a hard cap: a size that lies is refused. */
function verifyEntries(buf: Buffer, entries: readonly ZipEntry[]): XlsxGuardResult | null {
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = localData(buf, e);
    if (!data)
      return fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp bị hỏng (thành phần “${e.name}”). ${RESAVE_HINT}`);
    if (e.method === 0) {
      if (data.length !== e.uncompressedSize) return sizeMismatch(e);
      continue;
    }
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      if (out.length !== e.uncompressedSize) return sizeMismatch(e);
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return sizeMismatch(e);
      return fail("corrupt", `${NOT_XLSX_MESSAGE}: tệp bị hỏng (thành phần “${e.name}”). ${RESAVE_HINT}`);
    }
  }
  return null;
}

function sizeMismatch(e: ZipEntry): XlsxGuardResult {
  return fail(
    "size-mismatch",
    `Tệp Excel có thành phần khai báo sai kích thước (“${e.name}”): tệp bị hỏng hoặc là tệp độc hại.`,
  );
}

function localData(buf: Buffer, e: ZipEntry): Buffer | null {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) return null;
  return buf.subarray(start, end);
}
