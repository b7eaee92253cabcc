/**
 * Builder of administrative documents in the layout of Nghị định 30/2020/NĐ-CP,
 * Phụ lục I (SPEC L1): A4, margins 20/20/30/15 mm, Times New Roman, header with
 * the issuing body and Quốc hiệu – Tiêu ngữ, number and symbol, place and date,
 * kind name and summary title, body, "Nơi nhận" and signature. Page numbers are
 * centred at the top from page 2 on.
 *
 * Every generated document (kế hoạch, tờ trình, biên bản, báo cáo, danh sách …)
 * is an Nd30Spec handed to buildNd30Document.
 */
import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { bodyChildren } from "./nd30-blocks.ts";
import { closingBlock } from "./nd30-closing.ts";
import { FONT } from "./nd30-docx.ts";
import { contentWidth, PAGE, safeText } from "./nd30-format.ts";
import { addresseeBlock, headerTable, titleBlock } from "./nd30-header.ts";
import type { Nd30Spec } from "./nd30-types.ts";

export { formatNumberSymbol, formatPlaceDate, formatRecipients } from "./nd30-format.ts";
export { QUOC_HIEU, TIEU_NGU } from "./nd30-header.ts";
export * from "./nd30-types.ts";

function pageNumberHeader(size: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size * 2 })],
      }),
    ],
  });
}

function nd30Section(spec: Nd30Spec): ISectionOptions {
  const landscape = spec.landscape ?? false;
  const size = spec.fontSize === 13 ? 13 : 14;
  const width = contentWidth(landscape);
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: PAGE.margin,
        // Each document of a bundle numbers its own pages.
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      default: pageNumberHeader(size),
      first: new Header({ children: [new Paragraph({})] }),
    },
    children: [
      headerTable(spec),
      ...titleBlock(spec),
      ...addresseeBlock(spec),
      ...bodyChildren(spec.body, { size, width }),
      ...closingBlock(spec),
    ],
  };
}

/** Builds the .docx file for a document described by `spec`. */
export async function buildNd30Document(spec: Nd30Spec): Promise<Buffer> {
  return buildNd30Bundle([spec]);
}

/**
 * Several documents in one .docx (e.g. one giấy mời per guest), each in its own section
 * starting on a new page with its own header and page numbers. `specs` must not be empty.
 */
export async function buildNd30Bundle(specs: readonly Nd30Spec[]): Promise<Buffer> {
  const first = specs[0];
  if (!first) throw new Error("buildNd30Bundle: no document");
  const size = first.fontSize === 13 ? 13 : 14;
  const doc = new Document({
    creator: "thidua",
    title: safeText(first.kindName ?? first.title)
      .replace(/\s+/gu, " ")
      .trim(),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: size * 2, language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: "auto" } },
        },
      },
    },
    sections: specs.map(nd30Section),
  });
  return Packer.toBuffer(doc);
}
