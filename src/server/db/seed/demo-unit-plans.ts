/**
 * Demo unit plans (C1, issue #8 item 1): the unit_plan milestone falls on 15/11/2019 of
 * the story; some units sent on time (accepted or waiting), some late, one was returned
 * and not sent again, two pilots wait for the Council's review, Phòng Văn hóa – Thông tin
 * (an office that is also a participant, ADR 0005) waits for the office's, and every other
 * unit has not sent one. The units the tests write
 * to (Ba Đình, Ngọc Trạo, Bắc Sơn, Lam Sơn, Đông Sơn) are left without a plan.
 */
import { unitPlanSubmissions } from "../schema/index.ts";
import type { SeedContext, SeedStep } from "./steps.ts";

type Sent = {
  unit: string;
  sent: [string, string];
  status: "submitted" | "accepted" | "returned";
  reviewer?: string;
  reviewed?: [string, string];
  comment?: string;
};

const SENT: Sent[] = [
  {
    unit: "ttvhtt",
    sent: ["2019-11-12", "09:30"],
    status: "accepted",
    reviewer: "vanphong",
    reviewed: ["2019-11-14", "14:00"],
  },
  {
    unit: "ximang",
    sent: ["2019-11-14", "10:15"],
    status: "accepted",
    reviewer: "vanphong",
    reviewed: ["2019-11-18", "08:45"],
  },
  // ADR 0005: Phòng Văn hóa – Thông tin sent its own plan (its staff act for their office's
  // duties); Phòng Tài chính – Kế hoạch has not, and is shown overdue like any other unit.
  { unit: "vhtt", sent: ["2019-11-11", "16:45"], status: "submitted" },
  { unit: "hoiphunu", sent: ["2019-11-13", "15:00"], status: "submitted" },
  { unit: "moitruong", sent: ["2019-11-15", "23:10"], status: "submitted" },
  { unit: "khvina", sent: ["2019-11-15", "16:20"], status: "submitted" },
  { unit: "phuson", sent: ["2019-11-22", "08:05"], status: "submitted" },
  {
    unit: "thidoan",
    sent: ["2019-11-19", "11:40"],
    status: "accepted",
    reviewer: "vanphong",
    reviewed: ["2019-11-21", "15:30"],
  },
  {
    unit: "quangtrung",
    sent: ["2019-11-18", "09:00"],
    status: "returned",
    reviewer: "vanphong",
    reviewed: ["2019-11-20", "10:30"],
    comment: "Đề nghị bổ sung thời gian, địa điểm và số đại biểu dự kiến của Hội nghị.",
  },
];

function answers(unitName: string) {
  return {
    conferenceForm: "Hội nghị tuyên dương điển hình tiên tiến",
    plannedDate: null,
    expectedDelegates: 100,
    contactName: `Cán bộ thi đua ${unitName}`,
    contactPhone: "0237 3824 100",
  };
}

export const seedDemoUnitPlans: SeedStep = async (tx, ctx: SeedContext) => {
  const rows = SENT.filter((s) => ctx.unitIds.has(s.unit)).map((s) => {
    const reviewed = s.reviewed ? ctx.at(...s.reviewed) : null;
    return {
      planId: ctx.planId,
      unitId: ctx.unitIds.get(s.unit)!,
      answers: answers(s.unit) as Record<string, unknown>,
      status: s.status,
      submittedAt: ctx.at(...s.sent),
      reviewedAt: reviewed,
      reviewedBy: s.reviewer ? (ctx.userIds.get(s.reviewer) ?? null) : null,
      reviewComment: s.comment ?? null,
      version: s.reviewed ? 3 : 2,
      createdAt: ctx.at(s.sent[0], "08:00"),
      updatedAt: reviewed ?? ctx.at(...s.sent),
    };
  });
  if (rows.length > 0) await tx.insert(unitPlanSubmissions).values(rows);
};
