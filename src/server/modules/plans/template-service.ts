/**
 * A new plan from a template (A2): the template's settings, rules, milestones (dates
 * shifted by N days, or given one by one) and — when it has any — participants. The
 * new plan is a draft, not a template, and remembers its template.
 */
import { eq } from "drizzle-orm";
import type { PlanFromTemplate } from "../../../domain/plan/from-template.ts";
import { shiftIsoDate } from "../../../domain/plan/milestones.ts";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { PlanRulesSchema } from "../../../domain/plan/rules.ts";
import { milestones as milestonesTable, planParticipants, plans } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { copyDossierRequirements } from "../dossiers/index.ts";
import { requirePlanManager } from "./policy.ts";
import { loadMilestones, loadPlanDetail, loadPlanRow } from "./queries.ts";

type TemplateMilestone = Awaited<ReturnType<typeof loadMilestones>>[number];

/** New due dates: shifted, or taken from `given`, which must name every milestone of the template once. */
function newDates(ms: TemplateMilestone[], input: PlanFromTemplate): string[] {
  if (!input.milestones) return ms.map((m) => shiftIsoDate(m.dueOn, input.dateShiftDays ?? 0));
  const given = new Map<string, string>();
  const fields: Record<string, string> = {};
  const codes = new Set(ms.map((m) => m.code));
  input.milestones.forEach((m, i) => {
    if (!codes.has(m.code)) fields[`milestones.${i}.code`] = `Kế hoạch mẫu không có mốc "${m.code}".`;
    else if (given.has(m.code)) fields[`milestones.${i}.code`] = `Mốc "${m.code}" được nhập hai lần.`;
    given.set(m.code, m.dueOn);
  });
  const missing = ms.filter((m) => !given.has(m.code));
  if (missing.length > 0) {
    fields.milestones = `Chưa nhập ngày cho các mốc: ${missing.map((m) => `${m.label} (${m.code})`).join(", ")}.`;
  }
  if (Object.keys(fields).length > 0) {
    throw validation(`Ngày của các mốc chưa hợp lệ: ${Object.values(fields).join(" ")}`, { fields });
  }
  return ms.map((m) => given.get(m.code)!);
}

export async function createPlanFromTemplate(
  ctx: ServiceContext,
  input: PlanFromTemplate,
): Promise<PlanDetail> {
  requirePlanManager(ctx);
  const template = await loadPlanRow(ctx.db, input.templateId);
  if (!template) throw notFound("Không tìm thấy kế hoạch mẫu.");
  if (!template.isTemplate) {
    throw validation("Kế hoạch được chọn không phải là kế hoạch mẫu.", {
      fields: { templateId: "Hãy chọn một kế hoạch mẫu." },
    });
  }
  const ms = await loadMilestones(ctx.db, template.id);
  const dates = newDates(ms, input);
  const participants = await ctx.db
    .select()
    .from(planParticipants)
    .where(eq(planParticipants.planId, template.id));
  const parsedRules = PlanRulesSchema.safeParse(template.rules);
  const rules = (parsedRules.success ? parsedRules.data : template.rules) as Record<string, unknown>;

  const id = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [plan] = await tx
      .insert(plans)
      .values({
        issuingUnitId: template.issuingUnitId,
        issuingBody: template.issuingBody,
        parentBody: template.parentBody,
        numberSymbol: template.numberSymbol,
        issuedOn: null,
        place: template.place,
        title: input.title ?? template.title,
        signerName: template.signerName,
        signerTitle: template.signerTitle,
        legalBases: template.legalBases,
        purposes: template.purposes,
        targetCongress: template.targetCongress,
        recipients: template.recipients,
        rules,
        status: "draft",
        isTemplate: false,
        templateId: template.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: plans.id });
    const newId = plan!.id;
    const newMilestones = ms.map((m, i) => ({
      planId: newId,
      code: m.code,
      label: m.label,
      dueOn: dates[i]!,
      appliesTo: m.appliesTo,
      section: m.section,
      sortOrder: m.sortOrder,
    }));
    if (newMilestones.length > 0) await tx.insert(milestonesTable).values(newMilestones);
    if (participants.length > 0) {
      await tx
        .insert(planParticipants)
        .values(
          participants.map((p) => ({ planId: newId, unitId: p.unitId, role: p.role, invitees: p.invitees })),
        );
    }
    await copyDossierRequirements(tx, template.id, newId);
    await recordAudit(tx, ctx, {
      action: "plan.create_from_template",
      entityType: "plan",
      entityId: newId,
      before: null,
      after: {
        templateId: template.id,
        title: input.title ?? template.title,
        dateShiftDays: input.dateShiftDays ?? null,
        milestones: newMilestones.map(({ code, dueOn }) => ({ code, dueOn })),
        participants: participants.length,
      },
    });
    return newId;
  });
  return (await loadPlanDetail(ctx.db, id))!;
}
