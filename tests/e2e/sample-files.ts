/** Small files a browser test uploads, written to a fresh temporary folder. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A minimal one-page PDF named `filename` (type checks read the content, not the name). */
export function samplePdfFile(filename: string): string {
  const body = [
    "%PDF-1.4",
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj",
    "trailer<</Root 1 0 R>>",
    "%%EOF",
  ].join("\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-e2e-")), filename);
  fs.writeFileSync(file, body);
  return file;
}
