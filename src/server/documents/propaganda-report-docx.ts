/**
 * The month's propaganda report (SPEC J1, L1; plan III.3): counts per kind and per channel,
 * the units that ran items, and the list of items, as an NĐ 30 báo cáo from plain input.
 */
import { cleanText, formatDateVi } from "../../domain/text.ts";
import type { IssuerBlock } from "./conference-documents.ts";
import { buildNd30Document } from "./nd30.ts";
import { formatNumberSymbol } from "./nd30-format.ts";
import type { Block } from "./nd30-types.ts";

export type ReportInput = {
  issuer: IssuerBlock;
  /** "tháng 3/2020". */
  monthWords: string;
  /** Whose items: "các đơn vị trên địa bàn" or one unit's name. */
  scope: string;
  total: number;
  byKind: readonly { label: string; count: number }[];
  byChannel: readonly { label: string; count: number }[];
  byUnit: readonly { unitName: string; count: number }[];
  items: readonly {
    date: string;
    unitName: string;
    kind: string;
    channel: string;
    title: string;
    featured: string;
  }[];
};

const countTable = (head: string, rows: readonly { label: string; count: number }[]): Block => ({
  type: "table",
  columns: [
    { header: "STT", width: 10, align: "center" },
    { header: head, width: 65 },
    { header: "Số tin bài", width: 25, align: "center" },
  ],
  rows: rows.map((r, i) => [i + 1, r.label, r.count]),
  size: 12,
});

export async function propagandaReportDocx(input: ReportInput): Promise<Buffer> {
  const { issuer } = input;
  return buildNd30Document({
    issuingBody: issuer.issuingBody,
    parentBody: issuer.parentBody,
    numberSymbol: formatNumberSymbol("BC", issuer.symbol),
    place: issuer.place,
    date: issuer.date,
    kind: "BC",
    title: `Kết quả công tác tuyên truyền Hội nghị điển hình tiên tiến ${input.monthWords}`,
    signature: issuer.signature,
    recipients: ["Thường trực Hội đồng Thi đua – Khen thưởng", "Lưu: VT"],
    body: [
      {
        type: "paragraph",
        text: `Thực hiện mục III.3 của Kế hoạch tổ chức Hội nghị điển hình tiên tiến, trong ${input.monthWords}, ${cleanText(input.scope)} đã thực hiện ${input.total} tin, bài tuyên truyền, cụ thể như sau:`,
      },
      { type: "heading", level: 2, number: "1.", text: "Theo loại tin bài" },
      countTable("Loại tin bài", input.byKind),
      { type: "heading", level: 2, number: "2.", text: "Theo kênh" },
      countTable("Kênh", input.byChannel),
      { type: "heading", level: 2, number: "3.", text: "Theo đơn vị" },
      countTable(
        "Đơn vị",
        input.byUnit.map((u) => ({ label: u.unitName, count: u.count })),
      ),
      { type: "heading", level: 2, number: "4.", text: "Danh mục tin bài" },
      {
        type: "table",
        columns: [
          { header: "Ngày", width: 13, align: "center" },
          { header: "Đơn vị", width: 20 },
          { header: "Loại, kênh", width: 20 },
          { header: "Tiêu đề", width: 27 },
          { header: "Người, đơn vị được nêu", width: 20 },
        ],
        rows: input.items.map((i) => [
          formatDateVi(i.date),
          i.unitName,
          `${i.kind}; ${i.channel}`,
          cleanText(i.title),
          cleanText(i.featured),
        ]),
        size: 11,
      },
    ],
  });
}
