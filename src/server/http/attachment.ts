import { asciiSlug } from "../../domain/text.ts";

/**
 * Content-Disposition for a download: an ASCII fallback and the exact Vietnamese
 * name (RFC 6266, RFC 5987), e.g. `danh-sach-trich-ngang.xlsx` / `Danh sách trích ngang.xlsx`.
 */
export function attachmentDisposition(filename: string): string {
  const dot = filename.lastIndexOf(".");
  const base = dot > 0 ? filename.slice(0, dot) : filename;
  const ext = dot > 0 ? filename.slice(dot).replace(/[^A-Za-z0-9.]/gu, "") : "";
  const ascii = `${asciiSlug(base, "-") || "tep"}${ext}`;
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/gu,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
