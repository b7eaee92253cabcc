/**
 * Renders generated documents with LibreOffice and reads them back as a reader
 * would: the text on the page, the order of names, the header on every page.
 * PNG previews of each page are left in <tmp>/docs-preview/ for a human look.
 * Skipped only when LibreOffice is not installed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { invitationsDocx, presidiumDocx, programmeDocx } from "./conference-documents.ts";
import { delegateListDocx } from "./delegate-list-docx.ts";
import {
  SAMPLE_AGENDA,
  SAMPLE_CONFERENCE,
  SAMPLE_DELEGATE_ORDER,
  SAMPLE_ISSUER,
  SAMPLE_PRESIDIUM,
  sampleDelegateList,
  samplePlan,
  sampleSubmission,
} from "./fixtures.ts";
import { buildNd30Document, QUOC_HIEU, TIEU_NGU } from "./nd30.ts";
import {
  hasCommand,
  officeToPdf,
  overlappingLines,
  pdfPageCount,
  pdfTextLines,
  pdfToPngs,
  pdfToText,
} from "./pdf-render.ts";

const canRender =
  hasCommand("libreoffice", process.env.PATH ?? "") && hasCommand("pdftotext", process.env.PATH ?? "");
const previewDir = path.join(tmpdir(), "docs-preview");
const canPreview = hasCommand("pdftoppm", process.env.PATH ?? "");

/** Renders, keeps the files and PNG pages for a look, and checks that no two text lines overlap. */
async function render(name: string, docx: Buffer): Promise<string> {
  const pdf = await officeToPdf(docx);
  await writeFile(path.join(previewDir, `${name}.docx`), docx);
  await writeFile(path.join(previewDir, `${name}.pdf`), pdf);
  if (canPreview) await pdfToPngs(pdf, previewDir, name, 60);
  const overlaps = overlappingLines(await pdfTextLines(pdf)).map(([a, b]) => `${a.text} ⟂ ${b.text}`);
  expect(overlaps, `${name}: text lines printed over each other`).toEqual([]);
  return (await pdfToText(pdf)).normalize("NFC");
}

/** Collapses the line breaks and spaces pdftotext puts inside wrapped text. */
const flat = (s: string) => s.replace(/\s+/gu, " ");

/** "Số:" with the blank left for the clerk, then the symbol (pdftotext may split them apart). */
const numberLine = (symbol: string) => new RegExp(`Số:[\\s\\S]{0,200}?/${symbol}`, "u");

// On CI (.ci/run installs LibreOffice) the render test must run: a missing LibreOffice fails it there.
const onCi = process.env.CI === "true";
describe.skipIf(!canRender && !onCi)("rendered documents (LibreOffice)", () => {
  beforeAll(async () => {
    await mkdir(previewDir, { recursive: true });
  });

  it("renders the delegate list with Quốc hiệu, Tiêu ngữ and names in Vietnamese order", {
    timeout: 120_000,
  }, async () => {
    const text = await render("delegate-list", await delegateListDocx(sampleDelegateList));
    expect(text).toContain(QUOC_HIEU);
    expect(text).toContain(TIEU_NGU);
    expect(flat(text)).toContain("DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN");
    expect(text).toContain("Ba Đình, ngày 20 tháng 3 năm 2020");
    // Header of the ward's own settings: its People's Committee, its Số line, its signer.
    expect(flat(text.slice(0, text.indexOf(QUOC_HIEU)))).toContain("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(text).not.toContain("BỈM SƠN\nỦY BAN");
    expect(text).toMatch(numberLine("DS-UBND"));
    expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    const positions = SAMPLE_DELEGATE_ORDER.map((n) => text.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("Nguyễn Văn Minh");
  });

  it("renders a tờ trình and a kế hoạch with Nơi nhận and signature", { timeout: 120_000 }, async () => {
    const tt = await render("to-trinh", await buildNd30Document(sampleSubmission));
    expect(tt).toContain(QUOC_HIEU);
    expect(tt).toContain(TIEU_NGU);
    expect(tt).toContain("TỜ TRÌNH");
    expect(tt).toContain("Kính gửi: Ủy ban nhân dân thị xã Bỉm Sơn.");
    expect(tt).toContain("Nơi nhận");
    expect(tt.indexOf("Nơi nhận")).toBeLessThan(tt.indexOf("Nguyễn Văn Minh"));

    const kh = await render("ke-hoach", await buildNd30Document(samplePlan));
    expect(kh).toContain("Số: 165/KH-UBND");
    expect(kh).toContain("Bỉm Sơn, ngày 05 tháng 10 năm 2019");
    expect(kh).toContain("PHÓ CHỦ TỊCH");
    expect(kh).toContain("Bùi Huy Hùng");
  });

  it("repeats the table header on every page of a long list and keeps the signature with text", {
    timeout: 120_000,
  }, async () => {
    const delegates = Array.from({ length: 40 }, (_, i) => ({
      ...sampleDelegateList.delegates[i % sampleDelegateList.delegates.length]!,
      fullName: `Nguyễn Văn Người ${String(i + 1).padStart(2, "0")}`,
    }));
    const docx = await delegateListDocx({ ...sampleDelegateList, delegates });
    const pdf = await officeToPdf(docx);
    const pages = (await pdfToText(pdf))
      .normalize("NFC")
      .split("\f")
      .slice(0, await pdfPageCount(pdf));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(0, -1)) expect(page).toContain("Họ và tên");
    // Page numbers from page 2 on; none on page 1.
    expect(pages[1]).toMatch(/^\s*2\s/u);
    expect(pages.at(-1)).toContain("Tổng số: 40 đại biểu");
    expect(pages.at(-1)).toContain("Nguyễn Văn Minh");
  });

  it("renders the programme, presidium list and invitations with the unit's header and signer", {
    timeout: 180_000,
  }, async () => {
    const ctr = await render(
      "chuong-trinh",
      await programmeDocx(SAMPLE_ISSUER, SAMPLE_CONFERENCE, SAMPLE_AGENDA),
    );
    expect(flat(ctr)).toContain("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(ctr).toMatch(numberLine("CTr-UBND"));
    expect(ctr).toContain("CHƯƠNG TRÌNH");
    expect(ctr).toContain("07:30 – 07:45");
    expect(ctr).toContain("Nguyễn Văn Minh");

    const ds = await render(
      "doan-chu-tich",
      await presidiumDocx(SAMPLE_ISSUER, SAMPLE_CONFERENCE, SAMPLE_PRESIDIUM),
    );
    expect(ds).toContain("DANH SÁCH ĐOÀN CHỦ TỊCH");
    expect(ds).toContain("Trần Thị Hoa");

    const guests = [
      { fullName: "Bùi Huy Hùng", gender: "male" as const, position: "Phó Chủ tịch UBND thị xã" },
      { fullName: "Lê Thị Mai", gender: "female" as const, position: "Chủ tịch Hội LHPN thị xã" },
    ];
    const gm = await render("giay-moi", await invitationsDocx(SAMPLE_ISSUER, SAMPLE_CONFERENCE, guests));
    expect(gm).toContain("GIẤY MỜI");
    expect(gm).toContain("Ông Bùi Huy Hùng");
    expect(gm).toContain("Bà Lê Thị Mai");
    expect(gm).toMatch(numberLine("GM-UBND"));
    // One letter per guest, each starting on its own page.
    expect(gm.split("\f").filter((p) => p.includes("GIẤY MỜI"))).toHaveLength(2);
  });
});
