/**
 * Documents of a conference beyond the delegate list (issue #10 item 10, SPEC L1, D6, D7):
 * its programme (chương trình: agenda with times and presenters), the presidium list, and
 * one invitation letter (giấy mời) per guest — NĐ 30 docx from plain input; the service
 * gathers the data and the unit's document settings.
 */
import { cleanText } from "../../domain/text.ts";
import { buildNd30Bundle, buildNd30Document } from "./nd30.ts";
import { formatNumberSymbol } from "./nd30-format.ts";
import type { Block, Nd30Spec, SignatureSpec } from "./nd30-types.ts";

/** The unit's header and signer, from its document settings. */
export interface IssuerBlock {
  issuingBody: string;
  parentBody?: string;
  /** Ký hiệu cơ quan, e.g. "UBND"; the number is left blank for the clerk. */
  symbol: string;
  place: string;
  /** ISO date of issue, or null for a blank draft date. */
  date: string | null;
  signature: SignatureSpec;
}

export interface ConferenceFacts {
  /** e.g. "Hội nghị điển hình tiên tiến phường Ba Đình năm 2025". */
  title: string;
  /** ISO date of the conference, or null when not set yet. */
  date: string | null;
  /** "07:30" */
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
}

export interface ProgrammeItem {
  title: string;
  presenter: string | null;
  durationMinutes: number | null;
}

export interface PresidiumEntry {
  fullName: string;
  /** Title shown for the presidium, or the person's position. */
  title: string | null;
}

export interface Guest {
  fullName: string;
  gender: "male" | "female" | null;
  position: string | null;
}

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "07 giờ 30 phút, Thứ Sáu, ngày 20/3/2020" — or the parts that are known. */
export function conferenceWhen(c: Pick<ConferenceFacts, "date" | "startTime">): string {
  const parts: string[] = [];
  const hm = c.startTime ? /^(\d{1,2}):(\d{2})/u.exec(c.startTime) : null;
  if (hm) parts.push(`${hm[1]!.padStart(2, "0")} giờ ${hm[2]} phút`);
  const d = c.date ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(c.date) : null;
  if (d) {
    const weekday = WEEKDAYS[new Date(Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!)).getUTCDay()]!;
    parts.push(`${weekday}, ngày ${d[3]}/${d[2]}/${d[1]}`);
  }
  return parts.length > 0 ? parts.join(", ") : "(chưa định thời gian)";
}

/** "07:30" + minutes → "08:05"; null when the start is unknown. */
function addMinutes(hhmm: string | null, minutes: number): string | null {
  const m = hhmm ? /^(\d{1,2}):(\d{2})/u.exec(hhmm) : null;
  if (!m) return null;
  const total = +m[1]! * 60 + +m[2]! + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Rows of the programme: each item's time range from the start time and the durations before it. */
export function programmeRows(c: ConferenceFacts, items: readonly ProgrammeItem[]) {
  let offset = 0;
  let known = true;
  return items.map((item, i) => {
    const from = known ? addMinutes(c.startTime, offset) : null;
    if (item.durationMinutes === null) known = false;
    offset += item.durationMinutes ?? 0;
    const to = known ? addMinutes(c.startTime, offset) : null;
    return {
      stt: i + 1,
      time: from && to ? `${from} – ${to}` : (from ?? ""),
      title: cleanText(item.title),
      presenter: item.presenter ? cleanText(item.presenter) : "",
    };
  });
}

function header(issuer: IssuerBlock, kind: Nd30Spec["kind"]): Omit<Nd30Spec, "title" | "body"> {
  return {
    issuingBody: issuer.issuingBody,
    parentBody: issuer.parentBody,
    numberSymbol: formatNumberSymbol(kind, issuer.symbol),
    place: issuer.place,
    date: issuer.date,
    kind,
    signature: issuer.signature,
    recipients: ["Lưu: VT"],
  };
}

const placeLine = (c: ConferenceFacts): Block => ({
  type: "paragraph",
  text: [
    { text: "Thời gian: ", bold: true },
    conferenceWhen(c),
    ".\n",
    { text: "Địa điểm: ", bold: true },
    c.venue ? cleanText(c.venue) : "(chưa định địa điểm)",
    ".",
  ],
  align: "left",
  indent: true,
});

/** Chương trình hội nghị (CTr): time, content, presenter. */
export async function programmeDocx(
  issuer: IssuerBlock,
  c: ConferenceFacts,
  items: readonly ProgrammeItem[],
): Promise<Buffer> {
  const rows = programmeRows(c, items);
  return buildNd30Document({
    ...header(issuer, "CTr"),
    title: cleanText(c.title),
    body: [
      placeLine(c),
      { type: "spacer" },
      {
        type: "table",
        columns: [
          { header: "STT", width: 7, align: "center" },
          { header: "Thời gian", width: 20, align: "center" },
          { header: "Nội dung", width: 45 },
          { header: "Người thực hiện", width: 28 },
        ],
        rows: rows.map((r) => [r.stt, r.time, r.title, r.presenter]),
        size: 13,
      },
    ],
  });
}

/** Danh sách đoàn chủ tịch (chủ tọa) hội nghị (DS). */
export async function presidiumDocx(
  issuer: IssuerBlock,
  c: ConferenceFacts,
  members: readonly PresidiumEntry[],
): Promise<Buffer> {
  return buildNd30Document({
    ...header(issuer, "DS"),
    kindName: "DANH SÁCH ĐOÀN CHỦ TỊCH",
    title: cleanText(c.title),
    body: [
      {
        type: "table",
        columns: [
          { header: "STT", width: 8, align: "center" },
          { header: "Họ và tên", width: 37 },
          { header: "Chức vụ", width: 55 },
        ],
        rows: members.map((m, i) => [i + 1, cleanText(m.fullName), m.title ? cleanText(m.title) : ""]),
        size: 13,
      },
      { type: "paragraph", text: `Tổng số: ${members.length} người.`, italic: true },
    ],
  });
}

const honorific = (g: Guest["gender"]) => (g === "male" ? "Ông" : g === "female" ? "Bà" : "Ông/Bà");

/** One giấy mời (GM) per guest, in one file; with no guest, one letter with the name left blank. */
export async function invitationsDocx(
  issuer: IssuerBlock,
  c: ConferenceFacts,
  guests: readonly Guest[],
): Promise<Buffer> {
  const list: (Guest | null)[] = guests.length > 0 ? [...guests] : [null];
  const specs = list.map(
    (g): Nd30Spec => ({
      ...header(issuer, "GM"),
      title: `Dự ${cleanText(c.title)}`,
      body: [
        {
          type: "paragraph",
          text: "Trân trọng kính mời:",
          indent: true,
        },
        {
          type: "paragraph",
          text: g
            ? [
                { text: `${honorific(g.gender)} ${cleanText(g.fullName)}`, bold: true },
                g.position ? ` – ${cleanText(g.position)}` : "",
              ]
            : "Ông/Bà: ………………………………………………………………",
          align: "center",
        },
        {
          type: "paragraph",
          text: `Đến dự ${cleanText(c.title)}.`,
          indent: true,
        },
        placeLine(c),
        { type: "paragraph", text: "Rất mong được đón tiếp./.", indent: true },
      ],
    }),
  );
  return buildNd30Bundle(specs);
}
