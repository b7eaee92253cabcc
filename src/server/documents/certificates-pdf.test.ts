/**
 * Certificates on pre-printed blanks (issue #14 item 3): one page per recipient at the blank's
 * size, Vietnamese text from the bundled font, fields where the layout puts them; the
 * calibration page names every field. PNGs go to <tmp>/docs-preview/.
 */
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { defaultFieldPositions } from "../../domain/certificates.ts";
import { calibrationPdf, certificatesPdf } from "./certificates-pdf.ts";
import { hasCommand, pdfTextLines, pdfToPngs, pdfToText } from "./pdf-render.ts";

const PATH = process.env.PATH ?? "";
const canRead = hasCommand("pdftotext", PATH) || process.env.CI === "true";
const MM = 72 / 25.4;

const cert = (name: string) => ({
  recipient: `Bà ${name}`,
  positionWorkplace: "Giáo viên, Trường Tiểu học Ba Đình",
  achievement:
    "Đã có thành tích xuất sắc trong phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”",
  placeDate: "Ba Đình, ngày 15 tháng 8 năm 2024",
  signerTitle: "CHỦ TỊCH",
  signerName: "Lê Văn Chủ",
  decisionNumber: "Quyết định số: 15/QĐ-UBND",
  registerNumber: "Số vào sổ: GK-07",
});

describe("certificatesPdf", () => {
  it("prints one A4-landscape page per recipient, sized to the blank", async () => {
    const pdf = await certificatesPdf(
      { widthMm: 297, heightMm: 210, fields: defaultFieldPositions(297, 210) },
      [cert("Trần Thị Bình"), cert("Nguyễn Thị Ánh Tuyết")],
      "Giấy khen",
    );
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(2);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width / MM)).toBe(297);
    expect(Math.round(height / MM)).toBe(210);
  });

  it.skipIf(!canRead)(
    "writes the Vietnamese text where the layout puts it",
    { timeout: 60_000 },
    async () => {
      const pdf = await certificatesPdf(
        { widthMm: 420, heightMm: 297, fields: defaultFieldPositions(420, 297) },
        [cert("Trần Thị Bình")],
        "Bằng khen",
      );
      const text = (await pdfToText(pdf)).normalize("NFC").replace(/\s+/gu, " ");
      expect(text).toContain("Bà Trần Thị Bình");
      expect(text).toContain("Ba Đình, ngày 15 tháng 8 năm 2024");
      expect(text).toContain("“Cả nước chung sức xây dựng nông thôn mới”");
      const lines = await pdfTextLines(pdf);
      const name = lines.find((l) => l.text.includes("Trần Thị Bình"));
      const signer = lines.find((l) => l.text.includes("Lê Văn Chủ"));
      expect(name && signer && name.yMin < signer.yMin).toBe(true);
      // The recipient line is centred in its box: 47–353 mm wide on a 420 mm blank.
      expect(Math.abs((name!.xMin + name!.xMax) / 2 - 210 * MM)).toBeLessThan(10);
      const dir = path.join(tmpdir(), "docs-preview");
      await mkdir(dir, { recursive: true });
      if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "bang-khen", 30);
    },
  );

  it.skipIf(!canRead)("makes a calibration page naming every field", { timeout: 60_000 }, async () => {
    const pdf = await calibrationPdf({
      widthMm: 297,
      heightMm: 210,
      fields: defaultFieldPositions(297, 210),
    });
    const text = (await pdfToText(pdf)).normalize("NFC");
    expect(text).toContain("Người được khen (Ông/Bà/Tập thể)");
    expect(text).toContain("Số vào sổ");
    expect(text).toContain("297 × 210 mm");
    const dir = path.join(tmpdir(), "docs-preview");
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "can-chinh", 30);
  });
});
