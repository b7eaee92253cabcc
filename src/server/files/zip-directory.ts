/**
 * Reads a ZIP's End Of Central Directory (plain and ZIP64) and its central
 * directory with bounds-checked Buffer reads — no dependency, no inflating.
 * Used by the xlsx guard; every malformed structure raises ZipFormatError.
 */

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type CentralDirectory =
  | { kind: "ok"; entries: ZipEntry[] }
  | { kind: "too-many"; declaredEntries: number };

export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
}

function need(buf: Buffer, at: number, length: number, what: string): void {
  if (!Number.isFinite(at) || at < 0 || at + length > buf.length) throw new ZipFormatError(what);
}

function findEocd(buf: Buffer): number {
  const last = buf.length - 22;
  const first = Math.max(0, last - MAX16);
  for (let at = last; at >= first; at--) {
    if (buf.readUInt32LE(at) === SIG_EOCD && at + 22 + buf.readUInt16LE(at + 20) <= buf.length) return at;
  }
  throw new ZipFormatError("không tìm thấy mục lục cuối tệp");
}

interface DirectoryInfo {
  entries: number;
  offset: number;
  size: number;
  /** Where the central directory must end (start of the EOCD records). */
  limit: number;
}

function readEocd(buf: Buffer): DirectoryInfo {
  if (buf.length < 22) throw new ZipFormatError("tệp quá ngắn");
  const at = findEocd(buf);
  if (buf.readUInt16LE(at + 4) !== 0 || buf.readUInt16LE(at + 6) !== 0) {
    throw new ZipFormatError("tệp nén nhiều phần");
  }
  const info: DirectoryInfo = {
    entries: buf.readUInt16LE(at + 10),
    size: buf.readUInt32LE(at + 12),
    offset: buf.readUInt32LE(at + 16),
    limit: at,
  };
  const isZip64 = info.entries === MAX16 || info.size === MAX32 || info.offset === MAX32;
  if (!isZip64) return info;

  const loc = at - 20;
  need(buf, loc, 20, "thiếu mục lục ZIP64");
  if (buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw new ZipFormatError("thiếu mục lục ZIP64");
  const z = u64(buf, loc + 8);
  need(buf, z, 56, "mục lục ZIP64 sai vị trí");
  if (buf.readUInt32LE(z) !== SIG_ZIP64_EOCD) throw new ZipFormatError("mục lục ZIP64 sai");
  return { entries: u64(buf, z + 32), size: u64(buf, z + 40), offset: u64(buf, z + 48), limit: z };
}

/** ZIP64 extended information (extra field 0x0001) replaces the 32-bit values that are 0xFFFFFFFF. */
function applyZip64Extra(buf: Buffer, from: number, to: number, e: ZipEntry): void {
  let p = from;
  while (p + 4 <= to) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    const end = p + 4 + size;
    if (end > to) throw new ZipFormatError("trường mở rộng sai");
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > end) throw new ZipFormatError("trường ZIP64 sai");
        const v = u64(buf, q);
        q += 8;
        return v;
      };
      if (e.uncompressedSize === MAX32) e.uncompressedSize = take();
      if (e.compressedSize === MAX32) e.compressedSize = take();
      if (e.localHeaderOffset === MAX32) e.localHeaderOffset = take();
      return;
    }
    p = end;
  }
}

/**
 * Lists the entries. Refuses (kind "too-many") before walking when the declared
 * count exceeds maxEntries, so a directory claiming millions of entries costs nothing.
 */
export function readCentralDirectory(buf: Buffer, maxEntries: number): CentralDirectory {
  const dir = readEocd(buf);
  if (dir.entries > maxEntries) return { kind: "too-many", declaredEntries: dir.entries };
  const end = dir.offset + dir.size;
  if (!Number.isFinite(end) || end > dir.limit) throw new ZipFormatError("mục lục nằm ngoài tệp");

  const entries: ZipEntry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipFormatError("mục lục bị hỏng");
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const nameStart = p + 46;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > end) throw new ZipFormatError("mục lục bị hỏng");
    const entry: ZipEntry = {
      name: buf.toString(flags & 0x0800 ? "utf8" : "latin1", nameStart, nameStart + nameLength),
      method: buf.readUInt16LE(p + 10),
      encrypted: (flags & 0x0001) !== 0,
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64Extra(buf, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    p = next;
  }
  return { kind: "ok", entries };
}
