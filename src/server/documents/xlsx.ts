/**
 * The "danh sách trích ngang" of a conference as xlsx (SPEC E4, E3), written by the one
 * formula-safe writer (src/server/files/xlsx-write.ts): the two-row header Năm sinh over
 * Nam | Nữ, people in Vietnamese order, the unit's signature.
 */

import { writeXlsxTable, type XlsxLine, type XlsxValue } from "../files/xlsx-write.ts";
import {
  type DelegateListInput,
  delegateListHeading,
  delegateListRows,
  delegateListSubtitle,
  delegateListTotals,
  DELEGATE_LIST_HEADERS as H,
} from "./delegate-list.ts";
import { formatPlaceDate, upperVi } from "./nd30-format.ts";

function signatureLines(input: DelegateListInput): XlsxLine[] {
  const right = (text: string, o: Partial<XlsxLine> = {}): XlsxLine => ({
    text,
    span: "right",
    align: "center",
    ...o,
  });
  const lines: XlsxLine[] = [right(formatPlaceDate(input.place, input.date), { italic: true })];
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
    }),
  );
  return writeXlsxTable({
    sheetName: "Danh sách trích ngang",
    titleLines: [
      { text: upperVi(input.issuingBody), span: "left", size: 12 },
      { text: delegateListHeading(input.conferenceTitle), size: 14 },
      { text: delegateListSubtitle(input.unitName), size: 13 },
    ],
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
      { header: H.achievement, key: "achievement", width: 40 },
    ],
    rows,
    footer: [{ text: delegateListTotals(input.delegates), italic: true }, ...signatureLines(input)],
    landscape: true,
  });
}
