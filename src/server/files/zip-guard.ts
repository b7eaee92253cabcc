/**
 * The ZIP bomb guard (issue #7 item 4; SPEC E3, G2), for every upload that is a ZIP
 * container (.xlsx, .docx): entry count, total unpacked size, compression ratio and
 * entry names, judged first on what the central directory declares, then on the real
 * inflated bytes (bounded by the declared sizes), so a ZIP that lies is refused before
 * any library unpacks it. Pure: a Buffer in, a verdict out; messages are the caller's.
 */
import { readCentralDirectory, type ZipEntry, ZipFormatError } from "./zip-directory.ts";
import { inflateEntry } from "./zip-entries.ts";

export interface ZipLimits {
  /** Most entries in the ZIP (default 2,000). */
  maxEntries: number;
  /** Largest declared total once unpacked, in bytes (default 100 MB). */
  maxTotalUncompressedBytes: number;
  /** Largest compression ratio (default 200:1) … */
  maxCompressionRatio: number;
  /** … for entries larger than this once unpacked (default 1 MB). */
  ratioCheckMinBytes: number;
  /** Inflate every entry with its declared size as a cap, to catch sizes that lie (default true). */
  verifyContent: boolean;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 2000,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 1024 * 1024,
  verifyContent: true,
});

export type ZipRefusal =
  | { reason: "corrupt"; detail: string; entry?: ZipEntry }
  | { reason: "encrypted"; entry: ZipEntry }
  | { reason: "unsupported-method"; entry: ZipEntry }
  | { reason: "bad-entry-name"; entry: ZipEntry }
  | { reason: "too-many-entries"; declaredEntries: number }
  | { reason: "too-large" }
  | { reason: "compression-ratio"; entry: ZipEntry; ratio: number }
  | { reason: "size-mismatch"; entry: ZipEntry };

export type ZipVerdict = { ok: true; entries: ZipEntry[] } | { ok: false; refusal: ZipRefusal };

const refuse = (refusal: ZipRefusal): ZipVerdict => ({ ok: false, refusal });

/** Absolute paths, "..", backslashes, drive letters and control characters have no place in a package. */
export function isSafeEntryName(name: string): boolean {
  if (name === "" || name.length > 1024) return false;
  if (name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/u.test(name)) return false;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return !name.split("/").some((part) => part === "..");
}

/** What the central directory declares: count, names, methods, sizes and ratios. */
export function checkZipDirectory(buf: Buffer, limits: Partial<ZipLimits> = {}): ZipVerdict {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  let entries: ZipEntry[];
  try {
    const dir = readCentralDirectory(buf, lim.maxEntries);
    if (dir.kind === "too-many")
      return refuse({ reason: "too-many-entries", declaredEntries: dir.declaredEntries });
    entries = dir.entries;
  } catch (error) {
    if (error instanceof ZipFormatError) return refuse({ reason: "corrupt", detail: error.message });
    throw error;
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) return refuse({ reason: "encrypted", entry });
    if (entry.method !== 0 && entry.method !== 8) return refuse({ reason: "unsupported-method", entry });
    if (!isSafeEntryName(entry.name)) return refuse({ reason: "bad-entry-name", entry });
    total += entry.uncompressedSize;
    if (total > lim.maxTotalUncompressedBytes) return refuse({ reason: "too-large" });
    if (entry.uncompressedSize > lim.ratioCheckMinBytes) {
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (ratio > lim.maxCompressionRatio) return refuse({ reason: "compression-ratio", entry, ratio });
    }
  }
  return { ok: true, entries };
}

/** The real bytes: each entry inflates to exactly its declared size, never past it. */
export function verifyZipContent(buf: Buffer, entries: readonly ZipEntry[]): ZipVerdict {
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const out = inflateEntry(buf, entry);
    if (out.kind === "size-mismatch") return refuse({ reason: "size-mismatch", entry });
    if (out.kind === "corrupt") return refuse({ reason: "corrupt", detail: "", entry });
  }
  return { ok: true, entries: [...entries] };
}

/** Both checks, in order; the content check only when `verifyContent` (the default). */
export function checkZip(buf: Buffer, limits: Partial<ZipLimits> = {}): ZipVerdict {
  const declared = checkZipDirectory(buf, limits);
  if (!declared.ok || limits.verifyContent === false) return declared;
  return verifyZipContent(buf, declared.entries);
}
