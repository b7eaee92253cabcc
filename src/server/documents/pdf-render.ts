/**
 * Office file → PDF through LibreOffice (headless), and PDF → text / PNG through
 * poppler-utils. Used by the render tests and available for PDF exports. Each
 * conversion runs with its own LibreOffice profile so several can run at once.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** True when `command` is an executable in one of the directories of `pathList` (a PATH value). */
export function hasCommand(command: string, pathList: string): boolean {
  return pathList
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(path.join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "thidua-render-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Converts a .docx/.xlsx buffer to PDF. `ext` is the input's extension. */
export async function officeToPdf(
  input: Buffer,
  ext: "docx" | "xlsx" = "docx",
  timeoutMs = 120_000,
): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const src = path.join(dir, `document.${ext}`);
    await writeFile(src, input);
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    await run(
      "libreoffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, src],
      { timeout: timeoutMs },
    );
    return readFile(path.join(dir, "document.pdf"));
  });
}

/** The text of a PDF, laid out as on the page (pdftotext -layout). */
export async function pdfToText(pdf: Buffer, layout = false): Promise<string> {
  return withTempDir(async (dir) => {
    const src = path.join(dir, "document.pdf");
    await writeFile(src, pdf);
    const { stdout } = await run("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", src, "-"], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
}

/** Number of pages of a PDF (pdfinfo is not needed: counts pdftotext's page breaks). */
export async function pdfPageCount(pdf: Buffer): Promise<number> {
  const text = await pdfToText(pdf);
  return text.split("\f").length - 1;
}

/** Renders every page to PNG files `<prefix>-<n>.png` in `outDir`; returns their paths. */
export async function pdfToPngs(pdf: Buffer, outDir: string, prefix: string, dpi = 60): Promise<string[]> {
  return withTempDir(async (dir) => {
    const src = path.join(dir, "document.pdf");
    await writeFile(src, pdf);
    await run("pdftoppm", ["-png", "-r", String(dpi), src, path.join(outDir, prefix)]);
    const files = await readdir(outDir);
    return files
      .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
      .sort()
      .map((f) => path.join(outDir, f));
  });
}

export interface PdfTextLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every text line of a PDF with its box in points (pdftotext -bbox-layout). */
export async function pdfTextLines(pdf: Buffer): Promise<PdfTextLine[]> {
  const html = await withTempDir(async (dir) => {
    const src = path.join(dir, "document.pdf");
    await writeFile(src, pdf);
    const { stdout } = await run("pdftotext", ["-bbox-layout", "-enc", "UTF-8", src, "-"], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  });
  const out: PdfTextLine[] = [];
  const pages = html.split(/<page /u).slice(1);
  pages.forEach((page, p) => {
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/gu,
    )) {
      const text = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/gu)].map((w) => w[1]).join(" ");
      out.push({ page: p + 1, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text });
    }
  });
  return out;
}

/**
 * Pairs of lines on the same page whose boxes overlap (text printed over text, as when a line
 * height is read as "exact" and too small). pdftotext's boxes span the font's whole ascent and
 * descent (about 1.3 em) while single spacing advances about 1.15 em, so neighbouring lines
 * always touch a little; an overlap counts when it is more than `fraction` of the lower box's
 * height (a 12 pt exact pitch under 14 pt text overlaps by about a third).
 */
export function overlappingLines(
  lines: readonly PdfTextLine[],
  fraction = 0.2,
): [PdfTextLine, PdfTextLine][] {
  const found: [PdfTextLine, PdfTextLine][] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.page !== b.page) continue;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (dx > 1 && dy > fraction * height) found.push([a, b]);
    }
  }
  return found;
}
