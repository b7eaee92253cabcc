/**
 * Names of the entries of a ZIP container, read from its central directory at the
 * end of the buffer (plain and ZIP64). No inflating and no dependency: enough to tell
 * a Word document from a workbook. Returns null for anything that is not a sound ZIP.
 */
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const MAX_ENTRIES = 50_000;

type Directory = { entries: number; offset: number; end: number };

function findEocd(buf: Buffer): number {
  const last = buf.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (buf.readUInt32LE(at) === SIG_EOCD && at + 22 + buf.readUInt16LE(at + 20) === buf.length) return at;
  }
  // Some writers pad after the comment; accept the last record that fits.
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (buf.readUInt32LE(at) === SIG_EOCD && at + 22 + buf.readUInt16LE(at + 20) <= buf.length) return at;
  }
  return -1;
}

function safeNumber(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
}

function readDirectory(buf: Buffer): Directory | null {
  if (buf.length < 22) return null;
  const at = findEocd(buf);
  if (at < 0) return null;
  const dir = { entries: buf.readUInt16LE(at + 10), offset: buf.readUInt32LE(at + 16), end: at };
  if (dir.entries !== 0xffff && dir.offset !== 0xffffffff) return dir;
  const loc = at - 20;
  if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) return null;
  const z = safeNumber(buf.readBigUInt64LE(loc + 8));
  if (z < 0 || z + 56 > loc || buf.readUInt32LE(z) !== SIG_ZIP64_EOCD) return null;
  return {
    entries: safeNumber(buf.readBigUInt64LE(z + 32)),
    offset: safeNumber(buf.readBigUInt64LE(z + 48)),
    end: z,
  };
}

export function zipEntryNames(buf: Buffer): string[] | null {
  if (buf.length < 30 || buf.readUInt32LE(0) !== SIG_LOCAL) return null;
  const dir = readDirectory(buf);
  if (!dir || dir.entries < 0 || dir.entries > MAX_ENTRIES || dir.offset < 0) return null;
  const names: string[] = [];
  let p = dir.offset;
  for (let n = 0; n < dir.entries; n++) {
    if (p + 46 > dir.end || buf.readUInt32LE(p) !== SIG_CENTRAL) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const next = p + 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (next > dir.end) return null;
    names.push(buf.toString("utf8", p + 46, p + 46 + nameLen));
    p = next;
  }
  return names;
}
