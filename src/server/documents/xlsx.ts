/**
 * The "danh sách trích ngang" of a conference as xlsx (SPEC E4, E3, L1), written by the one
 * formula-safe writer (src/server/files/xlsx-write.ts): the NĐ 30 header block (issuing body
 * beside Quốc hiệu – Tiêu ngữ, "Số: …" beside place and date), the two-row header Năm sinh over
 * Nam | Nữ, a Ghi chú column, people in Vietnamese order, page numbers in the print header
 * from page 2, the unit's signature.
 */

import { writeXlsxTable, type XlsxLine, type XlsxTitle, type XlsxValue } from "../files/xlsx-write.ts";
import {
  type DelegateListInput,
  delegateListAnnexLine,
  delegateListHeading,
  delegateListRows,
  delegateListSubtitle,
  delegateListTotals,
  DELEGATE_LIST_HEADERS as H,
} from "./delegate-list.ts";
import { formatPlaceDate, upperVi } from "./nd30-format.ts";
import { QUOC_HIEU, TIEU_NGU } from "./nd30-header.ts";

/** NĐ 30 ô 1–4 as spreadsheet rows: left half the issuer and "Số", right half Quốc hiệu and the date. */
function headerRows(input: DelegateListInput): XlsxTitle[] {
  const left = (text: string, o: Partial<XlsxLine> = {}): XlsxLine => ({
    text,
    span: "left",
    size: 12,
    bold: false,
    ...o,
  });
  const right = (text: string, o: Partial<XlsxLine> = {}): XlsxLine => ({
    text,
    span: "right",
    size: 12,
    ...o,
  });
  const issuer = [
    ...(input.parentBody?.trim() ? [upperVi(input.parentBody)] : []),
    upperVi(input.issuingBody),
  ];
  const rightLines = [right(QUOC_HIEU, { bold: true }), right(TIEU_NGU, { bold: true, size: 13 })];
  const rows: XlsxTitle[] = [];
  const n = Math.max(issuer.length, rightLines.length);
  for (let i = 0; i < n; i++) {
    // The issuing body (last issuer line) is bold; a parent body above it is not.
    const l = issuer[i];
    const row: XlsxLine[] = [];
    if (l !== undefined) row.push(left(l, { bold: i === issuer.length - 1 }));
    const r = rightLines[i];
    if (r) row.push(r);
    rows.push(row);
  }
  const annex = delegateListAnnexLine(input);
  const number = !annex && input.numberSymbol?.trim() ? `Số: ${input.numberSymbol}` : "";
  rows.push([
    left(number),
    right(formatPlaceDate(input.place, input.date), { bold: false, italic: true, size: 13 }),
  ]);
  rows.push({ text: "" });
  rows.push({ text: delegateListHeading(input.conferenceTitle), size: 14 });
  rows.push({ text: delegateListSubtitle(input.unitName), size: 13 });
  if (annex) rows.push({ text: annex, size: 13, bold: false, italic: true });
  return rows;
}

function signatureLines(input: DelegateListInput): XlsxLine[] {
  const right = (text: string, o: Partial<XlsxLine> = {}): XlsxLine => ({
    text,
    span: "right",
    align: "center",
    ...o,
  });
  const lines: XlsxLine[] = [];
  const sig = input.signature;
  if (!sig) return lines;
  for (const a of sig.authority ?? []) lines.push(right(upperVi(a), { bold: true }));
  lines.push(right(upperVi(sig.title), { bold: true }));
  lines.push(right(""), right(""), right(""));
  lines.push(right(sig.name, { bold: true }));
  return lines;
}

/** The delegate summary list as an .xlsx file (A4 landscape). */
export async function delegateListXlsx(input: DelegateListInput): Promise<Buffer> {
  const rows = delegateListRows(input.delegates).map(
    (r): Record<string, XlsxValue> => ({
      stt: r.stt,
      fullName: r.fullName,
      // A person whose gender is not recorded: the year is shown across Nam | Nữ.
      male:
        r.unknownGenderYear !== null
          ? { value: r.unknownGenderYear, colSpan: 2, align: "center" }
          : r.maleYear,
      female: r.femaleYear,
      ethnicity: r.ethnicity,
      position: r.position,
      achievement: r.achievement,
      note: "",
    }),
  );
  return writeXlsxTable({
    sheetName: "Danh sách trích ngang",
    titleLines: headerRows(input),
    columns: [
      { header: H.stt, key: "stt", width: 6, align: "center" },
      { header: H.fullName, key: "fullName", width: 24 },
      {
        header: H.birthYear,
        subHeaders: [
          { header: H.male, key: "male", width: 8, align: "center" },
          { header: H.female, key: "female", width: 8, align: "center" },
        ],
      },
      { header: H.ethnicity, key: "ethnicity", width: 10, align: "center" },
      { header: H.position, key: "position", width: 38 },
      { header: H.achievement, key: "achievement", width: 36 },
      { header: H.note, key: "note", width: 12 },
    ],
    rows,
    footer: [{ text: delegateListTotals(input.delegates), italic: true }, ...signatureLines(input)],
    landscape: true,
    pageNumbers: true,
  });
}
