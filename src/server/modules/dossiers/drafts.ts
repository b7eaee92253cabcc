/**
 * Drafts the product generates for a unit's dossier (G4, plan II.3.3), as Nghị định 30
 * documents: the tờ trình and the biên bản filled from the unit's conference, and the
 * summary-report skeleton following the plan's outline (Đề cương: results of the
 * movement over five years, limits, lessons, direction for the next five years).
 * Pure: the caller loads the source; blanks are left for what the product does not know.
 */
import { formatDateVi } from "../../../domain/text.ts";
import type { Block, Nd30Spec } from "../../documents/nd30.ts";
import type { DraftSource } from "./conference-source.ts";

const GAP = "\u00a0".repeat(6);
const DOTS = "…………………………………";
const UNIT_SIGNATURE = { title: "Thủ trưởng đơn vị", name: "", note: "(Ký, ghi rõ họ tên, đóng dấu)" };

function header(s: DraftSource) {
  return {
    parentBody: s.unit.parentName ?? undefined,
    issuingBody: s.unit.name,
    place: s.plan.place,
    date: null,
  };
}

const planRef = (s: DraftSource) =>
  `Kế hoạch số ${s.plan.numberSymbol}${s.plan.issuedOn ? ` ngày ${formatDateVi(s.plan.issuedOn)}` : ""} của ${s.plan.issuingBody}`;

/** "Phường Ba Đình" → "phường Ba Đình" inside a sentence; other names stay as written. */
const inSentence = (name: string) => name.replace(/^(Phường|Xã|Thị trấn) /u, (w) => w.toLowerCase());

const conferenceName = (s: DraftSource) =>
  s.conference?.title ?? `Hội nghị điển hình tiên tiến ${inSentence(s.unit.name)}`;

/** The conference's year (else the year after the plan's issue): the five-year periods are counted from it. */
function campaignYear(s: DraftSource): number | null {
  if (s.conference?.date) return Number(s.conference.date.slice(0, 4));
  return s.plan.issuedOn ? Number(s.plan.issuedOn.slice(0, 4)) + 1 : null;
}

const period = (from: number | null, to: number | null) => (from && to ? ` giai đoạn ${from}–${to}` : "");

/** "07:30" → "07 giờ 30 phút"; blanks to fill in when the time is not known. */
const hour = (t: string | null | undefined) => {
  const m = t ? /^(\d{1,2}):(\d{2})/u.exec(t) : null;
  return m ? `${m[1]!.padStart(2, "0")} giờ ${m[2]} phút` : `${GAP} giờ ${GAP} phút`;
};

const when = (s: DraftSource) => {
  const c = s.conference;
  const day = c?.date ? formatDateVi(c.date) : DOTS;
  return `${hour(c?.startTime)}, ngày ${day}`;
};

/** Tờ trình of the unit to the plan's issuing body, proposing its delegates to the higher conference. */
export function submissionSpec(s: DraftSource): Nd30Spec {
  const held = s.conference?.date ? ` ngày ${formatDateVi(s.conference.date)}` : "";
  return {
    ...header(s),
    numberSymbol: `${GAP}/TTr`,
    kind: "TTr",
    title: `Về việc đề nghị công nhận đại biểu dự Hội nghị điển hình tiên tiến cấp trên`,
    addressees: [s.plan.issuingBody],
    body: [
      { type: "paragraph", text: `Căn cứ ${planRef(s)} về ${s.plan.title.replace(/\s+/gu, " ")};` },
      {
        type: "paragraph",
        text: `Căn cứ kết quả ${conferenceName(s)}${held}, ${inSentence(s.unit.name)} kính trình ${s.plan.issuingBody} xem xét, công nhận ${GAP} đại biểu dự Hội nghị điển hình tiên tiến cấp trên (có danh sách trích ngang, biên bản Hội nghị và báo cáo thành tích của từng đại biểu kèm theo).`,
      },
      { type: "paragraph", text: `Kính trình ${s.plan.issuingBody} xem xét, quyết định./.` },
    ],
    recipients: ["Như trên", "Thường trực Hội đồng Thi đua – Khen thưởng (qua Phòng Nội vụ)", "Lưu: VT"],
    signature: UNIT_SIGNATURE,
  };
}

/** Biên bản of the conference: time, venue, attendance, presidium and agenda from the conference's data. */
export function minutesSpec(s: DraftSource): Nd30Spec {
  const c = s.conference;
  const total = s.counts.exemplar + s.counts.guest;
  const body: Block[] = [
    {
      type: "paragraph",
      text: `Hồi ${when(s)}, tại ${c?.venue ?? DOTS}, ${inSentence(s.unit.name)} tổ chức ${c?.form ?? conferenceName(s)}.`,
    },
    { type: "heading", level: 2, number: "1.", text: "Thành phần tham dự:" },
    {
      type: "bullet",
      text: `Tổng số đại biểu được triệu tập: ${total} người, trong đó đại biểu điển hình tiên tiến: ${s.counts.exemplar} người; đại biểu khách mời: ${s.counts.guest} người.`,
    },
    { type: "bullet", text: `Số đại biểu có mặt: ${s.counts.attended > 0 ? s.counts.attended : GAP} người.` },
    { type: "heading", level: 2, number: "2.", text: "Chủ tọa Hội nghị:" },
    ...(s.presidium.length > 0
      ? s.presidium.map(
          (p): Block => ({
            type: "bullet",
            text: p.title ? `Ông (bà) ${p.name} – ${p.title}` : `Ông (bà) ${p.name}`,
          }),
        )
      : [{ type: "bullet", text: DOTS } as Block]),
    { type: "bullet", text: `Thư ký Hội nghị: ${DOTS}` },
    { type: "heading", level: 2, number: "3.", text: "Nội dung Hội nghị:" },
    ...(s.agenda.length > 0
      ? s.agenda.map(
          (a, i): Block => ({
            type: "paragraph",
            text: `3.${i + 1}. ${a.title}${a.presenter ? ` (${a.presenter})` : ""}: ${DOTS}`,
          }),
        )
      : [{ type: "paragraph", text: DOTS } as Block]),
    { type: "heading", level: 2, number: "4.", text: "Kết quả:" },
    {
      type: "paragraph",
      text: `Hội nghị đã thông qua danh sách ${GAP} đại biểu đi dự Hội nghị điển hình tiên tiến cấp trên (có danh sách kèm theo) với ${GAP}/${GAP} đại biểu có mặt nhất trí, đạt ${GAP}%.`,
    },
    {
      type: "paragraph",
      text: `Hội nghị kết thúc vào hồi ${hour(c?.endTime)} cùng ngày. Biên bản đã được đọc lại trước Hội nghị và được Hội nghị nhất trí thông qua./.`,
    },
  ];
  return {
    ...header(s),
    date: c?.date ?? null,
    kind: "BB",
    title: conferenceName(s),
    body,
    leftSignature: { title: "Thư ký", name: "", note: "(Ký, ghi rõ họ tên)" },
    signature: { title: "Chủ tọa", name: s.presidium[0]?.name ?? "", note: "(Ký, ghi rõ họ tên)" },
  };
}

const prompt = (text: string): Block => ({ type: "paragraph", text: [{ text, italic: true }] });

/** Summary-report skeleton after the plan's Đề cương (II.3.1): headings with what to write under each. */
export function summaryReportSpec(s: DraftSource): Nd30Spec {
  const y = campaignYear(s);
  return {
    ...header(s),
    numberSymbol: `${GAP}/BC`,
    kind: "BC",
    title: `Tổng kết phong trào thi đua, công tác thi đua, khen thưởng${period(y && y - 5, y)}\nvà phương hướng, nhiệm vụ${period(y, y && y + 5)}`,
    body: [
      { type: "paragraph", text: `Thực hiện ${planRef(s)}, ${inSentence(s.unit.name)} báo cáo như sau:` },
      {
        type: "heading",
        level: 1,
        number: "I.",
        text: "Kết quả phong trào thi đua và công tác khen thưởng 5 năm qua",
      },
      {
        type: "heading",
        level: 2,
        number: "1.",
        text: "Công tác lãnh đạo, chỉ đạo, tổ chức phong trào thi đua",
      },
      prompt(
        "(Nêu việc quán triệt, triển khai các văn bản về thi đua, khen thưởng; các phong trào thi đua đã phát động.)",
      ),
      { type: "heading", level: 2, number: "2.", text: "Kết quả các phong trào thi đua" },
      prompt(
        "(Kết quả nổi bật của từng phong trào; số liệu chứng minh; tác dụng đối với nhiệm vụ chính trị của đơn vị.)",
      ),
      {
        type: "heading",
        level: 2,
        number: "3.",
        text: "Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến và khen thưởng",
      },
      prompt(
        `(Số tập thể, cá nhân được khen thưởng theo từng hình thức; ${s.counts.exemplar > 0 ? `${s.counts.exemplar} đại biểu điển hình tiên tiến được mời dự Hội nghị;` : ""} các gương điển hình tiêu biểu.)`,
      ),
      { type: "heading", level: 1, number: "II.", text: "Hạn chế, nguyên nhân" },
      prompt(
        "(Những hạn chế, khuyết điểm trong tổ chức phong trào thi đua và công tác khen thưởng; nguyên nhân chủ quan, khách quan.)",
      ),
      { type: "heading", level: 1, number: "III.", text: "Bài học kinh nghiệm" },
      prompt("(Những bài học rút ra từ thực tiễn tổ chức phong trào thi đua của đơn vị.)"),
      {
        type: "heading",
        level: 1,
        number: "IV.",
        text: `Phương hướng, nhiệm vụ 5 năm tới${period(y, y && y + 5)}`,
      },
      prompt("(Mục tiêu, chỉ tiêu, các phong trào thi đua trọng tâm và giải pháp chủ yếu.)"),
      { type: "heading", level: 1, number: "V.", text: "Đề xuất, kiến nghị" },
      prompt("(Kiến nghị với cấp trên, nếu có.)"),
    ],
    recipients: [`${s.plan.issuingBody} (qua Phòng Nội vụ)`, "Lưu: VT"],
    signature: UNIT_SIGNATURE,
  };
}
