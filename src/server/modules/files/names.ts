/** File names: cleaned on the way in (NFC, no path, no control or bidi characters), safe on the way out. */
import type { FileType } from "../../files/file-types.ts";

const MAX_NAME = 200;

/** Control characters and bidirectional marks (U+202E shows "hoso\u202Efdp.exe" as "hosoexe.pdf"). */
function isHidden(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    c < 0x20 ||
    c === 0x7f ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/u).at(-1) ?? "";
  const cleaned = [...base]
    .filter((ch) => !isHidden(ch))
    .join("")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^\.+/u, "");
  if (!cleaned) return "tep";
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

/** The stored name with the extension of the type found in the content ("a.pdf" holding a docx → "a.docx"). */
export function downloadName(name: string, type: FileType | undefined): string {
  if (!type) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const same = ext === type.ext || (type.ext === "jpg" && ext === "jpeg");
  if (same) return name;
  const base = dot > 0 && ext.length <= 5 && /^[a-z0-9]+$/u.test(ext) ? name.slice(0, dot) : name;
  return `${base}.${type.ext}`;
}
