/**
 * Creating a conference (D, II.2.3): one per plan, unit and kind. A unit user
 * creates its own for the current plan (pilot if the plan makes it a pilot unit);
 * the office creates any participant's, or the town conference (kind "town",
 * held by the plan's issuing unit). The agenda starts with the plan's core items.
 */
import { and, eq } from "drizzle-orm";
import type { ConferenceCreate, ConferenceDetail } from "../../../domain/conferences.ts";
import { type ConferenceKind, conferenceKindLabel, PlanRulesSchema } from "../../../domain/plan/rules.ts";
import { expectedBudgetSource } from "../../../domain/rules/budget.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import { agendaItems, conferences, planParticipants, plans, units } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { currentPlanId } from "../units/index.ts";
import { conferencePolicy } from "./policy.ts";
import { getConference } from "./read-service.ts";
import { checkBudgetSource } from "./update-service.ts";

async function resolveTarget(ctx: ServiceContext, input: ConferenceCreate, issuingUnitId: string | null) {
  const { actor } = ctx;
  if (!conferencePolicy.canCreateForAnyUnit(actor)) {
    if ((input.unitId && input.unitId !== actor.unitId) || input.kind === "town") {
      throw forbidden("Cán bộ đơn vị chỉ được tạo hội nghị của đơn vị mình.");
    }
    return { unitId: actor.unitId!, town: false };
  }
  if (input.kind === "town") {
    if (!issuingUnitId) throw new AppError("UNPROCESSABLE", "Kế hoạch chưa ghi đơn vị ban hành.");
    if (input.unitId && input.unitId !== issuingUnitId) {
      throw validation("Hội nghị cấp trên do đơn vị ban hành kế hoạch tổ chức.", {
        fields: { unitId: "Hãy để trống đơn vị: hội nghị cấp trên thuộc đơn vị ban hành kế hoạch." },
      });
    }
    return { unitId: issuingUnitId, town: true };
  }
  if (!input.unitId)
    throw validation("Hãy chọn đơn vị tổ chức hội nghị.", { fields: { unitId: "Đơn vị: bắt buộc chọn" } });
  return { unitId: input.unitId, town: false };
}

export async function createConference(
  ctx: ServiceContext,
  input: ConferenceCreate,
): Promise<ConferenceDetail> {
  if (!conferencePolicy.canCreate(ctx.actor)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ đơn vị được tạo hội nghị.");
  }
  const planId = await currentPlanId(ctx.db);
  const [plan] = planId ? await ctx.db.select().from(plans).where(eq(plans.id, planId)) : [];
  if (!plan) throw new AppError("UNPROCESSABLE", "Chưa có kế hoạch nào đang thực hiện.");
  const rules = PlanRulesSchema.parse(plan.rules ?? {});
  const target = await resolveTarget(ctx, input, plan.issuingUnitId);
  const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, target.unitId));
  if (!unit) throw validation("Đơn vị không tồn tại.", { fields: { unitId: "Đơn vị không tồn tại." } });

  let kind: ConferenceKind = "town";
  let invitees: string[] = [];
  if (!target.town) {
    const [participant] = await ctx.db
      .select()
      .from(planParticipants)
      .where(and(eq(planParticipants.planId, plan.id), eq(planParticipants.unitId, target.unitId)));
    if (!participant) {
      throw new AppError("UNPROCESSABLE", `${unit.name} không có trong danh sách đơn vị tham gia kế hoạch.`);
    }
    kind = participant.role === "pilot" ? "pilot" : "unit";
    if (input.kind && input.kind !== kind) {
      const is =
        kind === "pilot" ? "là đơn vị tổ chức Hội nghị điểm" : "không phải đơn vị tổ chức Hội nghị điểm";
      throw validation(`${unit.name} ${is} theo kế hoạch.`, {
        fields: { kind: `Loại hội nghị phải là "${kind}".` },
      });
    }
    invitees = kind === "pilot" ? participant.invitees : [];
  }
  if (input.budgetSource) checkBudgetSource(rules, input.budgetSource);
  const label = conferenceKindLabel(rules, kind);
  const duplicate = () =>
    new AppError("CONFLICT", `${unit.name} đã có ${label} trong kế hoạch này; hãy mở hội nghị đó để sửa.`);
  const [existing] = await ctx.db
    .select({ id: conferences.id })
    .from(conferences)
    .where(
      and(eq(conferences.planId, plan.id), eq(conferences.unitId, target.unitId), eq(conferences.kind, kind)),
    );
  if (existing) throw duplicate();

  const id = await ctx.db
    .transaction(async (tx) => {
      const now = ctx.clock.now();
      const values = {
        planId: plan.id,
        unitId: target.unitId,
        kind,
        form: input.form ?? null,
        title: input.title ?? null,
        date: input.date ?? null,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        venue: input.venue ?? null,
        budgetSource: input.budgetSource ?? expectedBudgetSource(rules, kind),
        invitees: input.invitees ?? invitees,
      };
      const [row] = await tx
        .insert(conferences)
        .values({ ...values, createdAt: now, updatedAt: now })
        .returning({ id: conferences.id });
      const agenda = rules.coreAgenda.map((item, i) => ({
        conferenceId: row!.id,
        order: i + 1,
        coreCode: item.code,
        title: item.title,
      }));
      if (agenda.length) await tx.insert(agendaItems).values(agenda);
      await recordAudit(tx, ctx, {
        action: "conference.create",
        entityType: "conference",
        entityId: row!.id,
        unitId: target.unitId,
        after: { ...values, status: "draft", agenda: agenda.map((a) => a.coreCode) },
      });
      return row!.id;
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    });
  return getConference(ctx, id);
}
