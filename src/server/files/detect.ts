/**
 * Content sniffing for the MIME table (issue #7 item 4; G2): what a file is, from its
 * first and last bytes — PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or MP4 video;
 * null for anything else. The name a user gave it plays no part.
 */
import { DOCX, type FileType, JPEG, MP4, PDF, PNG, XLSX } from "./file-types.ts";
import { zipEntryNames } from "./zip-entries.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF_SIGNATURE = Buffer.from("%PDF-", "latin1");

function startsWith(buf: Buffer, sig: Buffer): boolean {
  return buf.length >= sig.length && buf.subarray(0, sig.length).equals(sig);
}

/** OOXML packages: [Content_Types].xml plus the main part of a document or a workbook. */
function officeType(buf: Buffer): FileType | null {
  const names = zipEntryNames(buf);
  if (!names) return null;
  const set = new Set(names);
  if (!set.has("[Content_Types].xml")) return null;
  if (set.has("word/document.xml")) return DOCX;
  if (set.has("xl/workbook.xml")) return XLSX;
  return null;
}

/**
 * MP4 video brands (ISO/IEC 14496-12 and -14, Apple M4V). Only the major brand counts:
 * audio (M4A), QuickTime (qt), HEIF images (heic, mif1) and 3GP list these as compatible too.
 */
const MP4_BRANDS = new Set([
  "isom",
  "iso2",
  "iso4",
  "iso5",
  "iso6",
  "mp41",
  "mp42",
  "avc1",
  "M4V ",
  "M4VP",
  "mmp4",
]);

/** An ISO base media file opens with its `ftyp` box: size, "ftyp", major brand, minor version, brands. */
function isMp4(buf: Buffer): boolean {
  if (buf.length < 16 || buf.toString("latin1", 4, 8) !== "ftyp") return false;
  const size = buf.readUInt32BE(0);
  if (size < 16 || size > 1024 || size % 4 !== 0) return false;
  return MP4_BRANDS.has(buf.toString("latin1", 8, 12));
}

export function detectFileType(buf: Buffer): FileType | null {
  if (startsWith(buf, PDF_SIGNATURE)) return PDF;
  if (startsWith(buf, PNG_SIGNATURE)) return PNG;
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return JPEG;
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b) return officeType(buf);
  if (isMp4(buf)) return MP4;
  return null;
}
