/**
 * Test helper: writes ZIP files by hand, including malformed and hostile ones
 * (declared sizes that lie, huge declared counts, ZIP64 records), which no ZIP
 * library will produce on purpose.
 */
import { createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipEntrySpec {
  name: string;
  data?: Uint8Array | string;
  /** 8 = deflate (default), 0 = stored. */
  method?: 0 | 8;
  /** Declared size once unpacked, when it must differ from the truth. */
  declaredUncompressedSize?: number;
  encrypted?: boolean;
  /** Bytes already deflated, written as they are (for entries too large to hold unpacked); `data` is then ignored. */
  deflated?: Uint8Array;
}

export interface ZipSpec {
  entries: readonly ZipEntrySpec[];
  /** Entry count written in the end records, when it must differ from the truth. */
  declaredEntryCount?: number;
  /** Write ZIP64 end records and ZIP64 sizes. */
  zip64?: boolean;
  /** Archive comment after the end record. */
  comment?: string;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function buildZip(spec: ZipSpec): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const MAX32 = 0xffffffff;

  for (const e of spec.entries) {
    const raw =
      typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data ?? new Uint8Array());
    const method = e.method ?? 8;
    const body = e.deflated ? Buffer.from(e.deflated) : method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, "utf8");
    const uncompressed = e.declaredUncompressedSize ?? raw.length;
    const flags = 0x0800 | (e.encrypted ? 1 : 0);
    const crc = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(uncompressed, MAX32), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    let extra = Buffer.alloc(0);
    if (spec.zip64) {
      extra = Buffer.alloc(4 + 24);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(uncompressed), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(spec.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(spec.zip64 ? MAX32 : body.length, 20);
    central.writeUInt32LE(spec.zip64 ? MAX32 : Math.min(uncompressed, MAX32), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(spec.zip64 ? MAX32 : offset, 42);
    centrals.push(central, name, extra);

    offset += local.length + name.length + body.length;
  }

  const cd = Buffer.concat(centrals);
  const count = spec.declaredEntryCount ?? spec.entries.length;
  const tail: Buffer[] = [];
  if (spec.zip64) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(count), 24);
    z.writeBigUInt64LE(BigInt(count), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(spec.zip64 ? 0xffff : Math.min(count, 0xffff), 8);
  eocd.writeUInt16LE(spec.zip64 ? 0xffff : Math.min(count, 0xffff), 10);
  eocd.writeUInt32LE(spec.zip64 ? MAX32 : cd.length, 12);
  eocd.writeUInt32LE(spec.zip64 ? MAX32 : offset, 16);
  const comment = Buffer.from(spec.comment ?? "", "utf8");
  eocd.writeUInt16LE(comment.length, 20);
  tail.push(eocd, comment);
  return Buffer.concat([...locals, cd, ...tail]);
}

/** The two parts the guard insists on, so a test reaches the check it aims at. */
export const MINIMAL_XLSX_PARTS: readonly ZipEntrySpec[] = [
  { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types/>' },
  { name: "xl/workbook.xml", data: '<?xml version="1.0"?><workbook/>' },
];

/**
 * `size` bytes of `fill` deflated in 1 MB steps, without ever holding them unpacked:
 * the body of a ZIP entry that lies about its size.
 */
export async function deflatedRepeat(fill: string, size: number): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, fill);
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => z.on("end", resolve).on("error", reject));
  for (let left = size; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!z.write(piece)) await new Promise((resolve) => z.once("drain", resolve));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

/** Deterministic pseudo-random bytes (xorshift32), so a failing test can be replayed. */
export function pseudoRandomBytes(length: number, seed = 0x2468ace): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
