/**
 * The bytes of ZIP entries (issue #7 item 4; SPEC G2): found through the local header,
 * inflated with the declared size as a hard cap, so an entry that lies about its size
 * costs at most what it declared. Stored (0) and deflated (8) entries only.
 */
import { inflateRawSync } from "node:zlib";
import { readCentralDirectory, type ZipEntry, ZipFormatError } from "./zip-directory.ts";

const SIG_LOCAL = 0x04034b50;
/** Entries listed by the readers below (the guard has its own, lower limit). */
const LIST_MAX_ENTRIES = 50_000;

export type Inflated =
  | { kind: "ok"; data: Buffer }
  /** The entry unpacks to more, or fewer, bytes than its central directory declares. */
  | { kind: "size-mismatch" }
  | { kind: "corrupt" };

/** The entry's bytes as stored (compressed), or null when its local header is missing or cut. */
export function storedBytes(buf: Buffer, e: ZipEntry): Buffer | null {
  const at = e.localHeaderOffset;
  if (!Number.isFinite(at) || at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (!Number.isFinite(end) || end > buf.length) return null;
  return buf.subarray(start, end);
}

/** Unpacks one entry, never past its declared size. */
export function inflateEntry(buf: Buffer, e: ZipEntry): Inflated {
  const data = storedBytes(buf, e);
  if (!data || e.encrypted) return { kind: "corrupt" };
  if (e.method === 0) {
    return data.length === e.uncompressedSize ? { kind: "ok", data } : { kind: "size-mismatch" };
  }
  if (e.method !== 8) return { kind: "corrupt" };
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    return out.length === e.uncompressedSize ? { kind: "ok", data: out } : { kind: "size-mismatch" };
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { kind: "size-mismatch" };
    return { kind: "corrupt" };
  }
}

/** Every entry of the central directory; ZipFormatError for anything that is not a sound ZIP. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  const dir = readCentralDirectory(buf, LIST_MAX_ENTRIES);
  if (dir.kind === "too-many") throw new ZipFormatError("quá nhiều thành phần");
  return dir.entries;
}

/** The names of the entries, or null for anything that is not a sound ZIP (content sniffing). */
export function zipEntryNames(buf: Buffer): string[] | null {
  if (buf.length < 30 || buf.readUInt32LE(0) !== SIG_LOCAL) return null;
  try {
    return listZipEntries(buf).map((e) => e.name);
  } catch (error) {
    if (error instanceof ZipFormatError) return null;
    throw error;
  }
}

/** The unpacked bytes of one entry; ZipFormatError when it is damaged or lies about its size. */
export function readZipEntry(buf: Buffer, e: ZipEntry): Buffer {
  const out = inflateEntry(buf, e);
  if (out.kind === "ok") return out.data;
  throw new ZipFormatError(`thành phần “${e.name}” bị hỏng hoặc khai báo sai kích thước`);
}

/** The UTF-8 text of the entry named `name`, or null when the archive has no such entry. */
export function readZipText(buf: Buffer, name: string): string | null {
  const entry = listZipEntries(buf).find((e) => e.name === name);
  return entry ? readZipEntry(buf, entry).toString("utf8") : null;
}
