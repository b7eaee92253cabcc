/**
 * A minimal reader of zip archives (the container of .docx and .xlsx), with
 * node:zlib only: reads the central directory, inflates stored or deflated
 * entries. No zip64, no encryption — enough to look inside generated files.
 */
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function endOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new Error("Không phải tệp zip (không tìm thấy thư mục trung tâm).");
}

/** The entries listed in the archive's central directory. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  const eocd = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error("Thư mục trung tâm của tệp zip bị hỏng.");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry. */
export function readZipEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new Error(`Mục ${entry.name} của tệp zip bị hỏng.`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`Mục ${entry.name} dùng kiểu nén ${entry.method} không hỗ trợ.`);
}

/** The text of the entry named `name` (UTF-8), or null when the archive has no such entry. */
export function readZipText(buf: Buffer, name: string): string | null {
  const entry = listZipEntries(buf).find((e) => e.name === name);
  return entry ? readZipEntry(buf, entry).toString("utf8") : null;
}

/** Visible text of a WordprocessingML part: the w:t runs, paragraphs on separate lines. */
export function docxPlainText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/gu, "\n")
    .replace(/<w:tab\/>/gu, "\t")
    .replace(/<w:br\/>/gu, "\n")
    .replace(/<(?!\/?w:t[ >])[^>]*>/gu, "")
    .replace(/<\/?w:t[^>]*>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");
}
