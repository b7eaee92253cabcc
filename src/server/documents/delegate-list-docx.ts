/**
 * The "danh sách trích ngang" of a conference as .docx (SPEC E4): A4 landscape,
 * NĐ 30 header, the table STT | Họ và tên | Năm sinh (Nam | Nữ) | Dân tộc |
 * Chức vụ – đơn vị công tác | Thành tích, people in Vietnamese order, the unit's signature.
 */
import {
  type DelegateListInput,
  delegateListAnnexLine,
  delegateListHeading,
  delegateListRows,
  delegateListSubtitle,
  delegateListTotals,
  DELEGATE_LIST_HEADERS as H,
} from "./delegate-list.ts";
import { buildNd30Document } from "./nd30.ts";
import type { TableBlock, TableCellSpec } from "./nd30-types.ts";

export function delegateListTable(input: Pick<DelegateListInput, "delegates">): TableBlock {
  const rows = delegateListRows(input.delegates).map((r) => {
    const years: TableCellSpec[] =
      r.unknownGenderYear !== null
        ? [{ text: r.unknownGenderYear, colSpan: 2, align: "center" }]
        : [{ text: r.maleYear }, { text: r.femaleYear }];
    return [r.stt, r.fullName, ...years, r.ethnicity, r.position, r.achievement];
  });
  return {
    type: "table",
    columns: [
      { width: 5, align: "center" },
      { width: 17, align: "left" },
      { width: 7, align: "center" },
      { width: 7, align: "center" },
      { width: 8, align: "center" },
      { width: 27, align: "left" },
      { width: 29, align: "left" },
    ],
    headerRows: [
      [
        { text: H.stt, rowSpan: 2 },
        { text: H.fullName, rowSpan: 2 },
        { text: H.birthYear, colSpan: 2 },
        { text: H.ethnicity, rowSpan: 2 },
        { text: H.position, rowSpan: 2 },
        { text: H.achievement, rowSpan: 2 },
      ],
      [{ text: H.male }, { text: H.female }],
    ],
    rows,
    size: 12,
  };
}

export async function delegateListDocx(input: DelegateListInput): Promise<Buffer> {
  const annex = delegateListAnnexLine(input);
  return buildNd30Document({
    parentBody: input.parentBody,
    issuingBody: input.issuingBody,
    // An annexed list carries the number of the document it goes with, not its own.
    numberSymbol: annex ? undefined : input.numberSymbol,
    place: input.place,
    date: input.date,
    kind: "DS",
    kindName: delegateListHeading(input.conferenceTitle),
    title: delegateListSubtitle(input.unitName),
    body: [
      ...(annex ? [{ type: "paragraph" as const, text: annex, align: "center" as const, italic: true }] : []),
      delegateListTable(input),
      { type: "paragraph", text: delegateListTotals(input.delegates), italic: true },
    ],
    recipients: input.recipients,
    signature: input.signature,
    landscape: true,
  });
}
