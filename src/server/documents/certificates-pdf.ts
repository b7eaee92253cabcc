/**
 * Giấy khen / Bằng khen printed on the unit's pre-printed blanks (issue #14 item 3): one page
 * per recipient at the blank's size, each field at its saved position (mm from the top-left),
 * wrapped to its box; and a calibration page (a 10 mm grid with crosshairs and each field's
 * box) to check the printer's alignment. The font is the bundled Liberation Serif (SIL OFL
 * 1.1, `fonts/README.md`), never a system font.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateField,
  type FieldPosition,
} from "../../domain/certificates.ts";

const MM = 72 / 25.4;

function fontDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, "fonts");
  try {
    readFileSync(path.join(beside, "LiberationSerif-Regular.ttf"), { flag: "r" });
    return beside;
  } catch {
    // The built server (build/) runs from the repository: the fonts stay in the sources.
    return path.resolve(process.cwd(), "src/server/documents/fonts");
  }
}

let cache: Record<"regular" | "bold" | "italic", Uint8Array> | null = null;
function fontBytes() {
  if (!cache) {
    const dir = fontDir();
    cache = {
      regular: readFileSync(path.join(dir, "LiberationSerif-Regular.ttf")),
      bold: readFileSync(path.join(dir, "LiberationSerif-Bold.ttf")),
      italic: readFileSync(path.join(dir, "LiberationSerif-Italic.ttf")),
    };
  }
  return cache;
}

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

async function newDocument(title: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setCreator("thidua");
  const b = fontBytes();
  const fonts = {
    regular: await doc.embedFont(b.regular, { subset: true }),
    bold: await doc.embedFont(b.bold, { subset: true }),
    italic: await doc.embedFont(b.italic, { subset: true }),
  };
  return { doc, fonts };
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/u).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

function drawField(page: PDFPage, fonts: Fonts, pos: FieldPosition, text: string, heightPt: number) {
  if (!text.trim()) return;
  const font = pos.bold ? fonts.bold : pos.italic ? fonts.italic : fonts.regular;
  const size = pos.fontSizePt;
  const width = pos.widthMm * MM;
  const lines = wrap(text.normalize("NFC"), font, size, width);
  lines.forEach((line, i) => {
    const w = font.widthOfTextAtSize(line, size);
    const x = pos.xMm * MM + (pos.align === "center" ? Math.max(0, (width - w) / 2) : 0);
    // yMm is the top of the box; the first baseline sits one font size below it.
    const y = heightPt - pos.yMm * MM - size * (i + 1) * 1.15;
    page.drawText(line, { x, y, size, font, color: rgb(0, 0, 0) });
  });
}

export type CertificateText = Record<CertificateField, string>;

export async function certificatesPdf(
  blank: { widthMm: number; heightMm: number; fields: readonly FieldPosition[] },
  certificates: readonly CertificateText[],
  title: string,
): Promise<Buffer> {
  const { doc, fonts } = await newDocument(title);
  const w = blank.widthMm * MM;
  const h = blank.heightMm * MM;
  for (const c of certificates) {
    const page = doc.addPage([w, h]);
    for (const pos of blank.fields) drawField(page, fonts, pos, c[pos.field] ?? "", h);
  }
  if (certificates.length === 0) doc.addPage([w, h]);
  return Buffer.from(await doc.save());
}

/** A 10 mm grid, crosshairs at the centre and corners, and each field's box with its name. */
export async function calibrationPdf(blank: {
  widthMm: number;
  heightMm: number;
  fields: readonly FieldPosition[];
}): Promise<Buffer> {
  const { doc, fonts } = await newDocument("Trang căn chỉnh phôi");
  const w = blank.widthMm * MM;
  const h = blank.heightMm * MM;
  const page = doc.addPage([w, h]);
  const grey = rgb(0.75, 0.75, 0.75);
  for (let x = 0; x <= blank.widthMm; x += 10) {
    page.drawLine({
      start: { x: x * MM, y: 0 },
      end: { x: x * MM, y: h },
      thickness: x % 50 ? 0.3 : 0.8,
      color: grey,
    });
    if (x % 50 === 0)
      page.drawText(`${x}`, { x: x * MM + 1, y: h - 8, size: 6, font: fonts.regular, color: grey });
  }
  for (let y = 0; y <= blank.heightMm; y += 10) {
    page.drawLine({
      start: { x: 0, y: h - y * MM },
      end: { x: w, y: h - y * MM },
      thickness: y % 50 ? 0.3 : 0.8,
      color: grey,
    });
    if (y % 50 === 0)
      page.drawText(`${y}`, { x: 1, y: h - y * MM - 7, size: 6, font: fonts.regular, color: grey });
  }
  const cross = (cx: number, cy: number) => {
    page.drawLine({ start: { x: cx - 15, y: cy }, end: { x: cx + 15, y: cy }, thickness: 1 });
    page.drawLine({ start: { x: cx, y: cy - 15 }, end: { x: cx, y: cy + 15 }, thickness: 1 });
  };
  cross(w / 2, h / 2);
  for (const [cx, cy] of [
    [10 * MM, 10 * MM],
    [w - 10 * MM, 10 * MM],
    [10 * MM, h - 10 * MM],
    [w - 10 * MM, h - 10 * MM],
  ] as const)
    cross(cx, cy);
  for (const pos of blank.fields) {
    const boxH = pos.fontSizePt * 1.4;
    page.drawRectangle({
      x: pos.xMm * MM,
      y: h - pos.yMm * MM - boxH,
      width: pos.widthMm * MM,
      height: boxH,
      borderColor: rgb(0.8, 0.1, 0.1),
      borderWidth: 0.8,
    });
    page.drawText(CERTIFICATE_FIELD_LABELS[pos.field], {
      x: pos.xMm * MM + 2,
      y: h - pos.yMm * MM - boxH + 3,
      size: Math.min(9, pos.fontSizePt),
      font: fonts.italic,
      color: rgb(0.8, 0.1, 0.1),
    });
  }
  page.drawText(
    `Trang căn chỉnh: ${blank.widthMm} × ${blank.heightMm} mm — in trên giấy trắng, đặt lên phôi để so`,
    {
      x: 20 * MM,
      y: 20 * MM,
      size: 10,
      font: fonts.regular,
    },
  );
  return Buffer.from(await doc.save());
}
