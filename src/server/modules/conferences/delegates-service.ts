/**
 * A conference's delegate list (E2): add a person (existing or new) or a collective,
 * change role / status / seat / note, remove. Content changes only while draft or
 * returned; attendance status also once approved or held. Each bumps the version.
 */
import { and, eq } from "drizzle-orm";
import { ATTENDANCE_EDITABLE, CONTENT_EDITABLE } from "../../../domain/conference-lifecycle.ts";
import type { Delegate, DelegateAdd, DelegateUpdate } from "../../../domain/conferences.ts";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import { delegates, presidiumMembers } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { insertPerson, readableCollective, readablePerson } from "../people/index.ts";
import { type DelegateRow, listDelegateRows } from "./queries.ts";
import { toDelegate } from "./view.ts";
import { bumpConference, editableConference } from "./write-support.ts";

const DELEGATE_NOT_FOUND = "Không tìm thấy đại biểu này trong hội nghị.";

async function loadDelegate(db: Db, conferenceId: string, delegateId: string): Promise<DelegateRow> {
  const [d] = await listDelegateRows(db, [conferenceId], [delegateId]);
  if (!d) throw notFound(DELEGATE_NOT_FOUND);
  return d;
}

const auditShape = (d: DelegateRow) => ({
  fullName: d.fullName,
  personId: d.personId,
  collectiveId: d.collectiveId,
  role: d.role,
  status: d.status,
  seat: d.seat,
  note: d.note,
});

function alreadyListed(name: string) {
  return new AppError("CONFLICT", `${name} đã có trong danh sách đại biểu của hội nghị này.`);
}

export async function addDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  input: DelegateAdd,
): Promise<{ delegate: Delegate; version: number }> {
  const conf = await editableConference(ctx, conferenceId, CONTENT_EDITABLE, input.version);
  const result = await ctx.db
    .transaction(async (tx) => {
      const version = await bumpConference(tx, ctx, conferenceId, {
        statuses: CONTENT_EDITABLE,
        version: input.version,
      });
      let personId: string | null = null;
      let collectiveId: string | null = null;
      let name = "";
      if (input.personId) {
        const p = await readablePerson(ctx, tx, input.personId);
        [personId, name] = [p.id, p.fullName];
      } else if (input.person) {
        personId = await insertPerson(tx, ctx, conf.unitId, input.person);
        name = input.person.fullName;
      } else if (input.collectiveId) {
        const c = await readableCollective(ctx, tx, input.collectiveId);
        [collectiveId, name] = [c.id, c.name];
        const [dup] = await tx
          .select({ id: delegates.id })
          .from(delegates)
          .where(and(eq(delegates.conferenceId, conferenceId), eq(delegates.collectiveId, c.id)));
        if (dup) throw alreadyListed(name);
      }
      if (personId) {
        const [dup] = await tx
          .select({ id: delegates.id })
          .from(delegates)
          .where(and(eq(delegates.conferenceId, conferenceId), eq(delegates.personId, personId)));
        if (dup) throw alreadyListed(name);
      }
      const [row] = await tx
        .insert(delegates)
        .values({
          conferenceId,
          personId,
          collectiveId,
          role: input.role,
          status: input.status,
          seat: input.seat ?? null,
          note: input.note ?? null,
          createdAt: ctx.clock.now(),
        })
        .returning({ id: delegates.id });
      const after = await loadDelegate(tx, conferenceId, row!.id);
      await recordAudit(tx, ctx, {
        action: "conference.delegate_add",
        entityType: "conference",
        entityId: conferenceId,
        unitId: conf.unitId,
        after: { delegateId: after.id, ...auditShape(after), version },
      });
      return { delegate: after, version };
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw alreadyListed("Người này");
      throw err;
    });
  return { delegate: toDelegate(ctx.actor, result.delegate), version: result.version };
}

export async function updateDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  delegateId: string,
  input: DelegateUpdate,
): Promise<{ delegate: Delegate; version: number }> {
  const statusOnly = input.role === undefined && input.seat === undefined && input.note === undefined;
  const statuses = statusOnly ? ATTENDANCE_EDITABLE : CONTENT_EDITABLE;
  const conf = await editableConference(ctx, conferenceId, statuses, input.version);
  const before = await loadDelegate(ctx.db, conferenceId, delegateId);
  const set = {
    ...(input.role !== undefined ? { role: input.role } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.seat !== undefined ? { seat: input.seat } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  const result = await ctx.db.transaction(async (tx) => {
    const version = await bumpConference(tx, ctx, conferenceId, { statuses, version: input.version });
    if (Object.keys(set).length) await tx.update(delegates).set(set).where(eq(delegates.id, delegateId));
    const after = await loadDelegate(tx, conferenceId, delegateId);
    await recordAudit(tx, ctx, {
      action: "conference.delegate_update",
      entityType: "conference",
      entityId: conferenceId,
      unitId: conf.unitId,
      before: { delegateId, ...auditShape(before) },
      after: { delegateId, ...auditShape(after), version },
    });
    return { delegate: after, version };
  });
  return { delegate: toDelegate(ctx.actor, result.delegate), version: result.version };
}

/** Removes the delegate, and so their seat in the presidium. */
export async function removeDelegate(
  ctx: ServiceContext,
  conferenceId: string,
  delegateId: string,
): Promise<{ id: string; version: number }> {
  const conf = await editableConference(ctx, conferenceId);
  const before = await loadDelegate(ctx.db, conferenceId, delegateId);
  const version = await ctx.db.transaction(async (tx) => {
    const v = await bumpConference(tx, ctx, conferenceId, { statuses: CONTENT_EDITABLE });
    const presidium = await tx
      .delete(presidiumMembers)
      .where(
        and(eq(presidiumMembers.conferenceId, conferenceId), eq(presidiumMembers.delegateId, delegateId)),
      )
      .returning({ order: presidiumMembers.order });
    await tx.delete(delegates).where(eq(delegates.id, delegateId));
    await recordAudit(tx, ctx, {
      action: "conference.delegate_remove",
      entityType: "conference",
      entityId: conferenceId,
      unitId: conf.unitId,
      before: { delegateId, ...auditShape(before), inPresidium: presidium.length > 0 },
      after: { version: v },
    });
    return v;
  });
  return { id: delegateId, version };
}
