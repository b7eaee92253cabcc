/**
 * A conference budget's documents (SPEC I1, L1; plan III.4): the dự toán (lines, quantity ×
 * unit price, total and the total in words) and the quyết toán (estimate beside actual,
 * variance per line and in total, the actual total in words), NĐ 30 layout from plain input.
 */
import { cleanText } from "../../domain/text.ts";
import type { IssuerBlock } from "./conference-documents.ts";
import { buildNd30Document } from "./nd30.ts";
import { formatNumberSymbol } from "./nd30-format.ts";
import type { Block, CellValue, TableCellSpec } from "./nd30-types.ts";

export type BudgetDocLine = {
  label: string;
  unit: string;
  quantity: number;
  unitPrice: number;
  estimate: number;
  actual: number | null;
};
export type BudgetDocInput = {
  issuer: IssuerBlock;
  conferenceTitle: string;
  /** "Thời gian, địa điểm" line, already in words. */
  when: string;
  delegates: number;
  lines: readonly BudgetDocLine[];
  totalEstimate: number;
  totalActual: number;
  /** "Bằng chữ: …" of the total the document is about. */
  totalInWords: string;
  /** Norm warnings still standing, quoted under the table of the estimate. */
  notes: readonly string[];
};

const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const money = (v: number | null) => (v === null ? "" : nf.format(v));
const signed = (v: number) => (v > 0 ? `+${nf.format(v)}` : nf.format(v));
const bold = (text: string, align: TableCellSpec["align"] = "right"): TableCellSpec => ({
  text,
  bold: true,
  align,
});

function base(input: BudgetDocInput, kindName: string) {
  const { issuer } = input;
  return {
    issuingBody: issuer.issuingBody,
    parentBody: issuer.parentBody,
    numberSymbol: formatNumberSymbol("BC", issuer.symbol),
    place: issuer.place,
    date: issuer.date,
    kind: "BC" as const,
    kindName,
    title: `Kinh phí tổ chức ${cleanText(input.conferenceTitle)}`,
    signature: issuer.signature,
    recipients: ["Phòng Tài chính – Kế hoạch", "Lưu: VT"],
  };
}

const intro = (input: BudgetDocInput): Block => ({
  type: "paragraph",
  text: [
    { text: "Thời gian, địa điểm: ", bold: true },
    input.when,
    ".\n",
    { text: "Số đại biểu: ", bold: true },
    `${nf.format(input.delegates)} người.`,
  ],
  align: "left",
  indent: true,
});

const words = (label: string, text: string): Block => ({
  type: "paragraph",
  text: [
    { text: `${label}: `, bold: true },
    { text, italic: true },
  ],
  indent: true,
});

/** Dự toán kinh phí: STT, nội dung, đơn vị tính, số lượng, đơn giá, thành tiền. */
export async function estimateDocx(input: BudgetDocInput): Promise<Buffer> {
  const rows: (CellValue | TableCellSpec)[][] = input.lines.map((l, i) => [
    i + 1,
    cleanText(l.label),
    l.unit,
    nf.format(l.quantity),
    money(l.unitPrice),
    money(l.estimate),
  ]);
  rows.push([
    { text: "Tổng cộng", bold: true, colSpan: 5, align: "center" },
    bold(money(input.totalEstimate)),
  ]);
  return buildNd30Document({
    ...base(input, "DỰ TOÁN"),
    body: [
      intro(input),
      { type: "spacer" },
      {
        type: "table",
        columns: [
          { header: "STT", width: 8, align: "center" },
          { header: "Nội dung chi", width: 38 },
          { header: "Đơn vị tính", width: 11, align: "center" },
          { header: "Số lượng", width: 10, align: "right" },
          { header: "Đơn giá (đồng)", width: 15, align: "right" },
          { header: "Thành tiền (đồng)", width: 20, align: "right" },
        ],
        rows,
        size: 12,
      },
      words("Bằng chữ", input.totalInWords),
      ...input.notes.map((n): Block => ({ type: "bullet", text: n })),
    ],
  });
}

/** Quyết toán kinh phí: dự toán, thực chi and chênh lệch per line and in total. */
export async function settlementDocx(input: BudgetDocInput): Promise<Buffer> {
  const rows: (CellValue | TableCellSpec)[][] = input.lines.map((l, i) => [
    i + 1,
    cleanText(l.label),
    money(l.estimate),
    money(l.actual),
    l.actual === null ? "" : signed(l.actual - l.estimate),
  ]);
  rows.push([
    { text: "Tổng cộng", bold: true, colSpan: 2, align: "center" },
    bold(money(input.totalEstimate)),
    bold(money(input.totalActual)),
    bold(signed(input.totalActual - input.totalEstimate)),
  ]);
  return buildNd30Document({
    ...base(input, "QUYẾT TOÁN"),
    body: [
      intro(input),
      { type: "spacer" },
      {
        type: "table",
        columns: [
          { header: "STT", width: 8, align: "center" },
          { header: "Nội dung chi", width: 40 },
          { header: "Dự toán (đồng)", width: 18, align: "right" },
          { header: "Thực chi (đồng)", width: 18, align: "right" },
          { header: "Chênh lệch (đồng)", width: 18, align: "right" },
        ],
        rows,
        size: 12,
      },
      words("Tổng số thực chi bằng chữ", input.totalInWords),
    ],
  });
}
