/**
 * Documents of the compiled list of a higher conference (SPEC F4, L1; issue #9 item 5):
 * the office's Tờ trình (TTr) to the chairman proposing the list, the danh sách trích
 * ngang grouped by nominating unit (DS, annexed to the TTr) — both NĐ 30 docx — and the
 * same list as xlsx through the formula-safe writer. Pure: the service gathers the data.
 */
import { writeXlsxTable, type XlsxValue } from "../files/xlsx-write.ts";
import type { IssuerBlock } from "./conference-documents.ts";
import {
  type DelegateListPerson,
  delegateListHeading,
  delegateListRows,
  delegateListTotals,
  DELEGATE_LIST_HEADERS as H,
} from "./delegate-list.ts";
import { delegateListTable } from "./delegate-list-docx.ts";
import { buildNd30Document } from "./nd30.ts";
import { formatNumberSymbol } from "./nd30-format.ts";
import type { Block, Nd30Spec } from "./nd30-types.ts";

export interface NominationGroup {
  unitName: string;
  people: readonly DelegateListPerson[];
}

export interface NominationListInput {
  /** The office that proposes (its document settings). */
  issuer: IssuerBlock;
  /** e.g. "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn năm 2020". */
  conferenceTitle: string;
  /** The conference's unit, e.g. "Thị xã Bỉm Sơn" (the chairman is its chairman). */
  conferenceUnitName: string;
  plan: { numberSymbol: string; title: string; issuedOn: string | null };
  groups: readonly NominationGroup[];
  guests: readonly DelegateListPerson[];
  /** Published exemplar seats in total, when known. */
  exemplarSeats: number | null;
}

const GAP = "\u00a0".repeat(6);
const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase("vi") + s.slice(1) : s);
const chairmanOf = (unitName: string) => `Chủ tịch Ủy ban nhân dân ${lowerFirst(unitName.trim())}`;
const planRef = (p: NominationListInput["plan"]) => {
  const on = p.issuedOn ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(p.issuedOn) : null;
  const date = on ? ` ngày ${on[3]}/${on[2]}/${on[1]}` : "";
  const about = p.title
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^kế hoạch\s+/iu, "");
  return `Kế hoạch số ${p.numberSymbol}${date} ${lowerFirst(about)}`;
};

/** The people of every group and the guests: what the totals and the xlsx count. */
const everyone = (i: NominationListInput) => [...i.groups.flatMap((g) => g.people), ...i.guests];

function header(issuer: IssuerBlock, kind: Nd30Spec["kind"]) {
  return {
    parentBody: issuer.parentBody,
    issuingBody: issuer.issuingBody,
    numberSymbol: formatNumberSymbol(kind, issuer.symbol),
    place: issuer.place,
    date: issuer.date,
    signature: issuer.signature,
  };
}

/** Tờ trình đề nghị phê duyệt danh sách đại biểu dự hội nghị. */
export function proposalSpec(i: NominationListInput): Nd30Spec {
  const exemplars = i.groups.reduce((n, g) => n + g.people.length, 0);
  const all = everyone(i);
  const women = all.filter((p) => p.gender === "female").length;
  const seats = i.exemplarSeats !== null ? ` (chỉ tiêu ${i.exemplarSeats} đại biểu điển hình)` : "";
  const body: Block[] = [
    { type: "paragraph", text: `Căn cứ ${planRef(i.plan)};` },
    {
      type: "paragraph",
      text: `Căn cứ kết quả hội nghị điển hình tiên tiến của các đơn vị và đề cử của ${i.groups.length} đơn vị theo chỉ tiêu phân bổ;`,
    },
    {
      type: "paragraph",
      text: `${i.issuer.issuingBody.trim()} kính trình ${chairmanOf(i.conferenceUnitName)} xem xét, phê duyệt danh sách đại biểu dự ${i.conferenceTitle.trim()}, cụ thể như sau:`,
    },
    { type: "heading", level: 2, number: "1.", text: "Số lượng, cơ cấu đại biểu" },
    {
      type: "bullet",
      text: `Tổng số đại biểu: ${all.length} người, trong đó ${exemplars} đại biểu điển hình tiên tiến${seats} và ${i.guests.length} đại biểu khách mời.`,
    },
    { type: "bullet", text: `Đại biểu nữ: ${women} người.` },
    { type: "heading", level: 2, number: "2.", text: "Đại biểu điển hình tiên tiến theo đơn vị đề cử" },
    {
      type: "table",
      columns: [
        { header: "STT", width: 10, align: "center" },
        { header: "Đơn vị đề cử", width: 65 },
        { header: "Số đại biểu", width: 25, align: "center" },
      ],
      rows: [
        ...i.groups.map((g, n) => [n + 1, g.unitName, g.people.length]),
        [
          { text: "Cộng", bold: true, colSpan: 2, align: "center" },
          { text: exemplars, bold: true },
        ],
      ],
      size: 13,
    },
    {
      type: "paragraph",
      text: "(Có danh sách trích ngang đại biểu theo từng đơn vị kèm theo).",
      italic: true,
    },
    {
      type: "paragraph",
      text: `${i.issuer.issuingBody.trim()} kính trình ${chairmanOf(i.conferenceUnitName)} xem xét, phê duyệt./.`,
    },
  ];
  return {
    ...header(i.issuer, "TTr"),
    kind: "TTr",
    title: `Về việc đề nghị phê duyệt danh sách đại biểu dự ${i.conferenceTitle.trim()}`,
    addressees: [chairmanOf(i.conferenceUnitName)],
    body,
    recipients: ["Như trên", "Lưu: VT"],
  };
}

export const proposalDocx = (i: NominationListInput) => buildNd30Document(proposalSpec(i));

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const roman = (n: number): string => {
  if (n <= ROMAN.length) return ROMAN[n - 1]!;
  return String(n);
};

/** Danh sách trích ngang grouped by nominating unit, then the guests; annexed to the TTr. */
export function groupedListSpec(i: NominationListInput): Nd30Spec {
  const body: Block[] = [
    {
      type: "paragraph",
      text: `(Kèm theo Tờ trình số${GAP}/TTr-${i.issuer.symbol} của ${i.issuer.issuingBody.trim()})`,
      align: "center",
      italic: true,
    },
  ];
  const sections: { title: string; people: readonly DelegateListPerson[] }[] = [
    ...i.groups.map((g) => ({ title: g.unitName, people: g.people })),
    ...(i.guests.length > 0 ? [{ title: "Đại biểu khách mời", people: i.guests }] : []),
  ];
  sections.forEach((s, n) => {
    body.push({
      type: "heading",
      level: 2,
      number: `${roman(n + 1)}.`,
      text: `${s.title} (${s.people.length} người)`,
    });
    body.push(delegateListTable({ delegates: s.people }));
  });
  body.push({ type: "paragraph", text: delegateListTotals(everyone(i)), italic: true });
  return {
    ...header(i.issuer, "DS"),
    numberSymbol: undefined,
    kind: "DS",
    kindName: delegateListHeading(i.conferenceTitle),
    title: "Theo đơn vị đề cử",
    body,
    landscape: true,
  };
}

export const groupedListDocx = (i: NominationListInput) => buildNd30Document(groupedListSpec(i));

/** The compiled list as one xlsx table with the nominating unit on each row. */
export async function groupedListXlsx(i: NominationListInput): Promise<Buffer> {
  const rows: Record<string, XlsxValue>[] = [];
  let stt = 0;
  const push = (people: readonly DelegateListPerson[], unit: string, role: string) => {
    for (const r of delegateListRows(people)) {
      stt += 1;
      rows.push({
        stt,
        fullName: r.fullName,
        male: r.unknownGenderYear ?? r.maleYear,
        female: r.femaleYear,
        ethnicity: r.ethnicity,
        position: r.position,
        achievement: r.achievement,
        unit,
        role,
      });
    }
  };
  for (const g of i.groups) push(g.people, g.unitName, "Điển hình tiên tiến");
  push(i.guests, "", "Khách mời");
  return writeXlsxTable({
    sheetName: "Danh sách đại biểu",
    titleLines: [
      { text: delegateListHeading(i.conferenceTitle), size: 14 },
      { text: "Theo đơn vị đề cử", size: 13, bold: false, italic: true },
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
      { header: H.position, key: "position", width: 36 },
      { header: H.achievement, key: "achievement", width: 36 },
      { header: "Đơn vị đề cử", key: "unit", width: 28 },
      { header: "Thành phần", key: "role", width: 16 },
    ],
    rows,
    footer: [{ text: delegateListTotals(everyone(i)), italic: true }],
    landscape: true,
    pageNumbers: true,
    autoFilter: true,
  });
}
