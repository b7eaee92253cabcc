/**
 * The "danh sách trích ngang" of a conference (SPEC E4), independent of the file
 * format: input shape, Vietnamese order (given name, middle, family name), rows
 * numbered after sorting, and the totals line. Used by the docx and xlsx exports.
 */
import { cleanText, sortByPersonName } from "../../domain/text.ts";
import type { SignatureSpec } from "./nd30-types.ts";

export interface DelegateListPerson {
  fullName: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  ethnicityName: string | null;
  /** Chức vụ – đơn vị công tác. */
  position: string | null;
  /** Thành tích (titles, commendations, achievement summary). */
  achievement: string | null;
}

export interface DelegateListInput {
  issuingBody: string;
  parentBody?: string;
  /** "    /DS-UBND" (number left blank for the clerk); ignored when the list is annexed. */
  numberSymbol?: string;
  /**
   * When the list is annexed to a document: what it is annexed to, e.g.
   * "Tờ trình số      /TTr-UBND ngày      tháng      năm 2026"; printed "(Kèm theo …)" under the title.
   */
  annexedTo?: string;
  place: string;
  /** ISO date, or null for a blank draft date. */
  date: string | null;
  /** e.g. "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn năm 2020". */
  conferenceTitle: string;
  /** The unit sending the list, e.g. "Phường Ba Đình". */
  unitName: string;
  delegates: readonly DelegateListPerson[];
  signature?: SignatureSpec;
  recipients?: readonly string[];
}

export interface DelegateListRow {
  stt: number;
  fullName: string;
  /** Birth year in the column of the person's gender. */
  maleYear: number | null;
  femaleYear: number | null;
  /** Birth year of a person whose gender is not recorded (shown across Nam | Nữ). */
  unknownGenderYear: number | null;
  ethnicity: string;
  position: string;
  achievement: string;
}

const text = (v: string | null | undefined): string => (v ? cleanText(v) : "");

/** Sorted the Vietnamese way and numbered after sorting. */
export function delegateListRows(delegates: readonly DelegateListPerson[]): DelegateListRow[] {
  return sortByPersonName(delegates, (d) => d.fullName).map((d, i) => ({
    stt: i + 1,
    fullName: text(d.fullName),
    maleYear: d.gender === "male" ? d.birthYear : null,
    femaleYear: d.gender === "female" ? d.birthYear : null,
    unknownGenderYear: d.gender === null ? d.birthYear : null,
    ethnicity: text(d.ethnicityName),
    position: text(d.position),
    achievement: text(d.achievement),
  }));
}

/** "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN …" */
export function delegateListHeading(conferenceTitle: string): string {
  const conference = cleanText(conferenceTitle).replace(/^dự\s+/iu, "");
  return `DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ ${conference.toLocaleUpperCase("vi")}`;
}

/** "Đơn vị: Phường Ba Đình" */
export function delegateListSubtitle(unitName: string): string {
  return `Đơn vị: ${cleanText(unitName)}`;
}

const MAJORITY = new Set(["kinh", "việt"]);

/** "Tổng số: 12 đại biểu (nữ: 5; dân tộc thiểu số: 2)." */
export function delegateListTotals(delegates: readonly DelegateListPerson[]): string {
  const women = delegates.filter((d) => d.gender === "female").length;
  const minority = delegates.filter((d) => {
    const e = text(d.ethnicityName).toLocaleLowerCase("vi");
    return e !== "" && !MAJORITY.has(e);
  }).length;
  return `Tổng số: ${delegates.length} đại biểu (nữ: ${women}; dân tộc thiểu số: ${minority}).`;
}

/** "(Kèm theo Tờ trình số …/TTr-UBND ngày … tháng … năm …)", or null when the list stands alone. */
export function delegateListAnnexLine(input: Pick<DelegateListInput, "annexedTo">): string | null {
  const to = input.annexedTo ? cleanText(input.annexedTo).replace(/^kèm theo\s+/iu, "") : "";
  return to ? `(Kèm theo ${to})` : null;
}

/** Column titles, shared by docx and xlsx so both exports read the same. */
export const DELEGATE_LIST_HEADERS = {
  stt: "STT",
  fullName: "Họ và tên",
  birthYear: "Năm sinh",
  male: "Nam",
  female: "Nữ",
  ethnicity: "Dân tộc",
  position: "Chức vụ – đơn vị công tác",
  achievement: "Thành tích",
  note: "Ghi chú",
} as const;
