/**
 * Editing a conference's fields, presidium (D6) and agenda (D7). Only while it is
 * a draft or returned; every save carries the version read (409 STALE otherwise),
 * bumps it, and is audited in the same transaction (N2).
 */
import { eq } from "drizzle-orm";
import { CONTENT_EDITABLE } from "../../../domain/conference-lifecycle.ts";
import type {
  AgendaPut,
  ConferenceDetail,
  ConferenceUpdate,
  PresidiumPut,
} from "../../../domain/conferences.ts";
import type { PlanRules } from "../../../domain/plan/rules.ts";
import { unknownBudgetSource } from "../../../domain/rules/budget.ts";
import { agendaItems, presidiumMembers } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { checkAgendaFiles } from "./agenda-media-service.ts";
import { listAgendaRows, listDelegateRows, listPresidiumRows } from "./queries.ts";
import { getConference } from "./read-service.ts";
import { loadPlanContexts } from "./rule-input.ts";
import { bumpConference, editableConference } from "./write-support.ts";

/** D8: refuses a budget source the plan does not list (the decision is `unknownBudgetSource`). */
export function checkBudgetSource(rules: PlanRules, code: string): void {
  const refusal = unknownBudgetSource(rules, code);
  if (refusal) throw validation(refusal.message, { fields: { budgetSource: refusal.fieldMessage } });
}

const FIELDS = [
  "form",
  "title",
  "date",
  "startTime",
  "endTime",
  "venue",
  "budgetSource",
  "invitees",
] as const;

export async function updateConference(
  ctx: ServiceContext,
  id: string,
  input: ConferenceUpdate,
): Promise<ConferenceDetail> {
  const row = await editableConference(ctx, id, CONTENT_EDITABLE, input.version);
  if (input.budgetSource) {
    const plan = (await loadPlanContexts(ctx.db, [row.planId])).get(row.planId);
    if (plan) checkBudgetSource(plan.rules, input.budgetSource);
  }
  const set: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (input[f] === undefined) continue;
    set[f] = input[f];
    before[f] = row[f];
  }
  await ctx.db.transaction(async (tx) => {
    await bumpConference(tx, ctx, id, { statuses: CONTENT_EDITABLE, version: input.version, set });
    await recordAudit(tx, ctx, {
      action: "conference.update",
      entityType: "conference",
      entityId: id,
      unitId: row.unitId,
      before: { ...before, version: row.version },
      after: { ...set, version: input.version + 1 },
    });
  });
  return getConference(ctx, id);
}

export async function setPresidium(
  ctx: ServiceContext,
  id: string,
  input: PresidiumPut,
): Promise<ConferenceDetail> {
  const row = await editableConference(ctx, id, CONTENT_EDITABLE, input.version);
  const delegates = new Map((await listDelegateRows(ctx.db, [id])).map((d) => [d.id, d.fullName]));
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  input.members.forEach((m, i) => {
    if (!delegates.has(m.delegateId))
      fields[`members.${i}.delegateId`] = "Người này không có trong danh sách đại biểu.";
    else if (seen.has(m.delegateId))
      fields[`members.${i}.delegateId`] = `${delegates.get(m.delegateId)} bị chọn hai lần.`;
    seen.add(m.delegateId);
  });
  if (Object.keys(fields).length) {
    throw validation(`Đoàn Chủ tọa chưa hợp lệ: ${Object.values(fields).join(" ")}`, { fields });
  }
  const before = await listPresidiumRows(ctx.db, [id]);
  const members = input.members.map((m, i) => ({
    conferenceId: id,
    delegateId: m.delegateId,
    order: i + 1,
    titleShown: m.titleShown ?? null,
  }));
  await ctx.db.transaction(async (tx) => {
    await bumpConference(tx, ctx, id, { statuses: CONTENT_EDITABLE, version: input.version });
    await tx.delete(presidiumMembers).where(eq(presidiumMembers.conferenceId, id));
    if (members.length) await tx.insert(presidiumMembers).values(members);
    const show = (list: { delegateId: string; titleShown: string | null }[]) =>
      list.map((m) => ({
        delegateId: m.delegateId,
        fullName: delegates.get(m.delegateId),
        titleShown: m.titleShown,
      }));
    await recordAudit(tx, ctx, {
      action: "conference.presidium",
      entityType: "conference",
      entityId: id,
      unitId: row.unitId,
      before: { presidium: show(before), version: row.version },
      after: { presidium: show(members), version: input.version + 1 },
    });
  });
  return getConference(ctx, id);
}

export async function setAgenda(
  ctx: ServiceContext,
  id: string,
  input: AgendaPut,
): Promise<ConferenceDetail> {
  const row = await editableConference(ctx, id, CONTENT_EDITABLE, input.version);
  const existing = new Map((await listAgendaRows(ctx.db, [id])).map((a) => [a.id, a]));
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (!item.id) return;
    if (!existing.has(item.id) || seen.has(item.id))
      fields[`items.${i}.id`] = "Mục chương trình không hợp lệ.";
    seen.add(item.id);
  });
  if (Object.keys(fields).length) throw validation("Chương trình có mục không hợp lệ.", { fields });
  await checkAgendaFiles(ctx.db, row.unitId, input.items);
  const items = input.items.map((item, i) => ({
    ...(item.id ? { id: item.id } : {}),
    conferenceId: id,
    order: i + 1,
    coreCode: item.coreCode ?? null,
    title: item.title,
    presenter: item.presenter ?? null,
    durationMinutes: item.durationMinutes ?? null,
    minutes: item.id ? (existing.get(item.id)?.minutes ?? null) : null,
    media: item.media,
  }));
  const brief = (list: { coreCode: string | null; title: string }[]) =>
    list.map((a) => (a.coreCode ? `${a.coreCode}: ${a.title}` : a.title));
  await ctx.db.transaction(async (tx) => {
    await bumpConference(tx, ctx, id, { statuses: CONTENT_EDITABLE, version: input.version });
    await tx.delete(agendaItems).where(eq(agendaItems.conferenceId, id));
    if (items.length) await tx.insert(agendaItems).values(items);
    await recordAudit(tx, ctx, {
      action: "conference.agenda",
      entityType: "conference",
      entityId: id,
      unitId: row.unitId,
      before: { agenda: brief([...existing.values()]), version: row.version },
      after: { agenda: brief(items), version: input.version + 1 },
    });
  });
  return getConference(ctx, id);
}
