/**
 * The giao ban report (SPEC K3, L1) as a Nghị định 30 báo cáo (BC) from the standing office
 * to the chairman: counts per milestone, late and overdue units by name with days, and what
 * awaits a decision. Pure description; `buildNd30Document` lays it out.
 */
import { awaitingUnits, type Briefing, milestoneSummary, unitsWithDays } from "../../domain/briefing.ts";
import { daysLeftLabel } from "../../domain/reminders.ts";
import { formatDateVi } from "../../domain/text.ts";
import { type Block, buildNd30Document, type Nd30Spec } from "./nd30.ts";

const GAP = "\u00a0".repeat(6);
export const BRIEFING_ISSUER = "Thường trực Hội đồng Thi đua – Khen thưởng";

function countsTable(b: Briefing): Block {
  return {
    type: "table",
    columns: [
      { header: "STT", width: 8, align: "center" },
      { header: "Mốc thời gian", width: 32 },
      { header: "Hạn", width: 13, align: "center" },
      { header: "Đúng hạn", width: 11, align: "center" },
      { header: "Muộn", width: 9, align: "center" },
      { header: "Quá hạn", width: 10, align: "center" },
      { header: "Chưa đến hạn", width: 11, align: "center" },
    ],
    rows: b.milestones.map((m, i) => [
      i + 1,
      m.label,
      formatDateVi(m.dueOn),
      m.counts.on_time,
      m.counts.late,
      m.counts.overdue,
      m.counts.not_due,
    ]),
  };
}

function lateness(b: Briefing): Block[] {
  const blocks: Block[] = [];
  b.milestones.forEach((m, i) => {
    if (m.applicable === 0) return;
    blocks.push({
      type: "heading",
      level: 2,
      number: `${i + 1}.`,
      text: `${m.label} (hạn ${formatDateVi(m.dueOn)}, ${daysLeftLabel(m.daysLeft)})`,
    });
    blocks.push({ type: "paragraph", text: `${milestoneSummary(m)}.` });
    if (m.overdue.length > 0)
      blocks.push({
        type: "bullet",
        text: [{ text: "Quá hạn: ", bold: true }, `${unitsWithDays(m.overdue)}.`],
      });
    if (m.late.length > 0)
      blocks.push({
        type: "bullet",
        text: [{ text: "Hoàn thành muộn: ", bold: true }, `${unitsWithDays(m.late)}.`],
      });
    if (m.overdue.length === 0 && m.late.length === 0)
      blocks.push({ type: "bullet", text: "Không có đơn vị chậm." });
  });
  return blocks;
}

function awaiting(b: Briefing): Block[] {
  const open = b.awaiting.filter((a) => a.count > 0);
  if (open.length === 0) return [{ type: "paragraph", text: "Không có việc nào đang chờ quyết định." }];
  return open.map((a) => ({
    type: "bullet",
    text: [{ text: `${a.what}: ${a.count}`, bold: true }, ` (${a.who})${awaitingUnits(a)}.`],
  }));
}

export function briefingSpec(b: Briefing): Nd30Spec {
  const day = formatDateVi(b.date);
  const body: Block[] = [
    {
      type: "paragraph",
      text: `Thực hiện ${b.planTitle.replace(/\s+/gu, " ")}, ${BRIEFING_ISSUER} báo cáo Chủ tịch Hội đồng tình hình thực hiện của ${b.units} đơn vị tính đến ngày ${day} như sau:`,
    },
    ...(b.demo
      ? [{ type: "paragraph", italic: true, text: "(Số liệu mẫu, không phải số liệu thật.)" } as Block]
      : []),
    { type: "heading", level: 1, number: "I.", text: "Kết quả thực hiện các mốc thời gian" },
    countsTable(b),
    { type: "heading", level: 1, number: "II.", text: "Đơn vị hoàn thành muộn, quá hạn" },
    ...lateness(b),
    { type: "heading", level: 1, number: "III.", text: "Việc chờ quyết định" },
    ...awaiting(b),
    {
      type: "paragraph",
      text: `Trên đây là báo cáo giao ban ngày ${day} của ${BRIEFING_ISSUER}, kính báo cáo Chủ tịch Hội đồng xem xét, chỉ đạo./.`,
    },
  ];
  return {
    parentBody: b.issuingBody,
    issuingBody: BRIEFING_ISSUER,
    numberSymbol: `${GAP}/BC-HĐTĐKT`,
    place: b.place,
    date: b.date,
    kind: "BC",
    title: `Giao ban tình hình tổ chức Hội nghị điển hình tiên tiến ngày ${day}`,
    body,
    recipients: [
      "Chủ tịch Hội đồng Thi đua – Khen thưởng (để báo cáo)",
      "Các thành viên Hội đồng",
      "Lưu: VT",
    ],
    signature: {
      authority: ["TM. THƯỜNG TRỰC HỘI ĐỒNG"],
      title: "Trưởng phòng Nội vụ",
      name: "",
      note: "(Ký, ghi rõ họ tên)",
    },
  };
}

export const briefingDocx = (b: Briefing): Promise<Buffer> => buildNd30Document(briefingSpec(b));
