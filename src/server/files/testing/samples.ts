/**
 * Small files of each kind for tests: stored (uncompressed) ZIP packages shaped like
 * a Word document or a workbook, a minimal PDF, PNG and JPEG.
 */
import { buildZip } from "./zip-builder.ts";

/** A ZIP of `entries` (name → content), stored without compression, optional archive comment. */
export function storedZip(entries: Record<string, string | Buffer>, comment = ""): Buffer {
  return buildZip({
    entries: Object.entries(entries).map(([name, data]) => ({ name, data, method: 0 as const })),
    comment,
  });
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function sampleDocx(text = "Kế hoạch tổ chức Hội nghị điển hình tiên tiến"): Buffer {
  return storedZip({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    "word/document.xml": `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

export function sampleXlsx(): Buffer {
  return storedZip({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    "xl/workbook.xml": "<workbook/>",
    "xl/worksheets/sheet1.xml": "<worksheet/>",
  });
}

export function samplePdf(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}

export function samplePng(): Buffer {
  return Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
}

export function sampleJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from("JFIF\0"),
    Buffer.alloc(32),
    Buffer.from([0xff, 0xd9]),
  ]);
}
