/**
 * Demo dossiers (SPEC G1–G4, "Demo data"): the seed plan's checklist (II.3.3) on the
 * template and the running plan, and three units at different steps — Công ty Môi
 * trường's dossier complete and accepted, Hội LH Phụ nữ's sent with its biên bản
 * returned with a comment, phường Bắc Sơn's partly sent. Files are the drafts the
 * product generates, so they open in Word. Dates are counted from the `dossier`
 * milestone, so the demo stays consistent when the plan is re-dated.
 */
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { SEED_DOSSIER_REQUIREMENTS } from "../../../domain/dossiers.ts";
import { ethnicityName } from "../../../domain/people/ethnicities.ts";
import {
  loadDraftSource,
  minutesSpec,
  seedDossierRequirements,
  submissionSpec,
  summaryReportSpec,
} from "../../modules/dossiers/index.ts";
import { chunkRows } from "../../modules/files/index.ts";
import type { Db } from "../client.ts";
import {
  conferences,
  delegates,
  dossierItems,
  fileChunks,
  files,
  milestones,
  persons,
  users,
} from "../schema/index.ts";

const DAY = 86_400_000;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type Opts = { planIds: string[]; planId: string; unitIds: Map<string, string>; now: Date };
type Step = "draft" | "submitted" | "accepted" | "returned";

async function storeDocx(tx: Db, unitId: string, name: string, buffer: Buffer, at: Date): Promise<string> {
  const [row] = await tx
    .insert(files)
    .values({
      unitId,
      sha256: createHash("sha256").update(buffer).digest("hex"),
      originalName: name,
      mime: DOCX,
      size: buffer.length,
      uploadedAt: at,
    })
    .returning({ id: files.id });
  // A few small drafts inside the seed's transaction: their chunks in one statement (ADR 0008).
  await tx.insert(fileChunks).values(chunkRows(row!.id, buffer));
  return row!.id;
}

/** The first exemplars of the unit's conference: the people it sends up, each with a báo cáo thành tích. */
async function nominees(tx: Db, planId: string, unitId: string, n: number) {
  return tx
    .select({
      id: persons.id,
      fullName: persons.fullName,
      gender: persons.gender,
      birthYear: persons.birthYear,
      ethnicityCode: persons.ethnicityCode,
      position: persons.position,
      titles: persons.titles,
      achievement: persons.achievement,
    })
    .from(delegates)
    .innerJoin(conferences, eq(conferences.id, delegates.conferenceId))
    .innerJoin(persons, eq(persons.id, delegates.personId))
    .where(
      and(eq(conferences.planId, planId), eq(conferences.unitId, unitId), eq(delegates.role, "exemplar")),
    )
    .orderBy(asc(delegates.createdAt), asc(persons.fullName))
    .limit(n);
}

export async function seedDemoDossiers(tx: Db, opts: Opts): Promise<void> {
  for (const id of opts.planIds) await seedDossierRequirements(tx, id, SEED_DOSSIER_REQUIREMENTS);
  const [due] = await tx
    .select({ dueOn: milestones.dueOn })
    .from(milestones)
    .where(and(eq(milestones.planId, opts.planId), eq(milestones.code, "dossier")));
  if (!due) return;
  const dueAt = new Date(`${due.dueOn}T09:00:00+07:00`).getTime();
  const [office] = await tx.select({ id: users.id }).from(users).where(eq(users.username, "vanphong"));

  const put = async (
    unit: string,
    code: string,
    step: Step,
    daysBeforeDue: number,
    doc: { name: string; buffer: Buffer },
    extra: { personId?: string; comment?: string } = {},
  ) => {
    const unitId = opts.unitIds.get(unit);
    if (!unitId) return;
    const sentAt = new Date(dueAt - daysBeforeDue * DAY);
    const fileId = await storeDocx(tx, unitId, doc.name, doc.buffer, sentAt);
    const reviewed = step === "accepted" || step === "returned";
    await tx.insert(dossierItems).values({
      planId: opts.planId,
      unitId,
      requirementCode: code,
      personId: extra.personId ?? null,
      fileId,
      generated: false,
      status: step,
      submittedAt: step === "draft" ? null : sentAt,
      reviewedAt: reviewed ? new Date(sentAt.getTime() + DAY) : null,
      reviewedBy: reviewed ? (office?.id ?? null) : null,
      reviewComment: extra.comment ?? null,
      createdAt: sentAt,
      updatedAt: opts.now,
    });
  };

  const drafts = async (unit: string) => {
    const s = await loadDraftSource(tx, opts.planId, opts.unitIds.get(unit)!);
    return {
      summary_report: {
        name: `Báo cáo tổng kết Hội nghị - ${s.unit.name}.docx`,
        buffer: await (await import("../../documents/nd30.ts")).buildNd30Document(summaryReportSpec(s)),
      },
      delegate_list: {
        name: `Danh sách trích ngang - ${s.unit.name}.docx`,
        buffer: await (await import("../../documents/delegate-list-docx.ts")).delegateListDocx({
          issuingBody: s.unit.name,
          parentBody: s.unit.parentName ?? undefined,
          place: s.plan.place,
          date: null,
          conferenceTitle: "Hội nghị điển hình tiên tiến thị xã",
          unitName: s.unit.name,
          delegates: (await nominees(tx, opts.planId, opts.unitIds.get(unit)!, 6)).map((p) => ({
            fullName: p.fullName,
            gender: p.gender === "male" || p.gender === "female" ? p.gender : null,
            birthYear: p.birthYear,
            ethnicityName: p.ethnicityCode ? ethnicityName(p.ethnicityCode) : null,
            position: p.position,
            achievement: p.titles ?? p.achievement,
          })),
          signature: { title: "Thủ trưởng đơn vị", name: "" },
        }),
      },
      submission: {
        name: `Tờ trình - ${s.unit.name}.docx`,
        buffer: await (await import("../../documents/nd30.ts")).buildNd30Document(submissionSpec(s)),
      },
      minutes: {
        name: `Biên bản Hội nghị - ${s.unit.name}.docx`,
        buffer: await (await import("../../documents/nd30.ts")).buildNd30Document(minutesSpec(s)),
      },
    };
  };
  const report = async (p: { fullName: string; position: string | null; achievement: string | null }) => ({
    name: `Báo cáo thành tích - ${p.fullName}.docx`,
    buffer: await (await import("../../documents/nd30.ts")).buildNd30Document({
      issuingBody: p.position ?? p.fullName,
      place: "Bỉm Sơn",
      date: null,
      kind: "BC",
      title: `Thành tích của ông (bà) ${p.fullName}`,
      body: [{ type: "paragraph", text: p.achievement ?? "Tóm tắt thành tích đạt được trong 5 năm qua." }],
      signature: { title: "Người báo cáo", name: p.fullName },
    }),
  });

  // Complete and accepted, five days before the due date.
  const mt = await drafts("moitruong");
  for (const code of ["summary_report", "delegate_list", "submission", "minutes"] as const) {
    await put("moitruong", code, "accepted", 5, mt[code]);
  }
  for (const p of await nominees(tx, opts.planId, opts.unitIds.get("moitruong")!, 2)) {
    await put("moitruong", "achievement_report", "accepted", 5, await report(p), { personId: p.id });
  }

  // Everything sent three days before the due date; the biên bản returned with a comment.
  const pn = await drafts("hoiphunu");
  await put("hoiphunu", "summary_report", "submitted", 3, pn.summary_report);
  await put("hoiphunu", "delegate_list", "accepted", 3, pn.delegate_list);
  await put("hoiphunu", "submission", "submitted", 3, pn.submission);
  await put("hoiphunu", "minutes", "returned", 3, pn.minutes, {
    comment: "Biên bản chưa có chữ ký của thư ký và chưa ghi số đại biểu có mặt. Đề nghị bổ sung và gửi lại.",
  });
  for (const p of await nominees(tx, opts.planId, opts.unitIds.get("hoiphunu")!, 1)) {
    await put("hoiphunu", "achievement_report", "submitted", 3, await report(p), { personId: p.id });
  }

  // Partly sent: the summary report and the tờ trình; the biên bản is still a draft.
  const bs = await drafts("bacson");
  await put("bacson", "summary_report", "submitted", 1, bs.summary_report);
  await put("bacson", "submission", "submitted", 1, bs.submission);
  await put("bacson", "minutes", "draft", 1, bs.minutes);
}
