/**
 * The compiled list of a higher conference (SPEC F4; issue #9 item 4): accepted units'
 * nominations plus the guests the office adds, sent to the chairman, who approves or
 * returns it with a comment. On approval, in the same transaction, the list becomes the
 * conference's delegates: exemplars marked with the unit that nominated them, guests as guests.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import {
  LIST_LIFECYCLE,
  LIST_OPEN,
  type ListStep,
  listWrongState,
} from "../../../domain/nomination-lifecycle.ts";
import type { GuestAdd } from "../../../domain/nominations.ts";
import { personIdentityKey, personSearchKey } from "../../../domain/persons.ts";
import { cleanText } from "../../../domain/text.ts";
import { delegates, nominationListGuests, nominationLists, persons } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { chairmanConference, officeConference, readableConference } from "./policy.ts";
import { type ConferenceRow, compiledPeople, listOf } from "./queries.ts";

export async function listPage(
  ctx: ServiceContext,
  q: { conferenceId?: string; limit: number; offset: number },
) {
  const conf = await readableConference(ctx, q.conferenceId);
  const { items, total } = await compiledPeople(ctx.db, conf.id, { limit: q.limit, offset: q.offset });
  return {
    total,
    items: items.map((p) => ({
      personId: p.personId,
      role: p.role,
      fullName: p.fullName,
      gender: p.gender,
      birthYear: p.birthYear,
      position: p.position,
      workplace: p.workplace,
      achievement: p.achievement,
      unitName: p.unitName,
    })),
  };
}

/** The list row, created on first use; the client's version must match (0 when there is none yet). */
async function openList(tx: ServiceContext, conf: ConferenceRow, version: number) {
  let list = await listOf(tx.db, conf.id);
  if (!list) {
    if (version !== 0) throw stale();
    const [created] = await tx.db
      .insert(nominationLists)
      .values({ conferenceId: conf.id, createdAt: tx.clock.now(), updatedAt: tx.clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!created) throw stale();
    list = created;
  } else if (list.version !== version) {
    throw stale();
  }
  if (!LIST_OPEN.includes(list.status as (typeof LIST_OPEN)[number])) {
    throw new AppError(
      "CONFLICT",
      "Danh sách đã trình Chủ tịch hoặc đã phê duyệt: không sửa khách mời được nữa.",
    );
  }
  // Bump the version: every change of the list's content is a new version.
  return versionedUpdate(tx, nominationLists, { id: list.id, version: list.version, set: {} });
}

export async function addGuest(ctx: ServiceContext, body: GuestAdd, conferenceId?: string) {
  const conf = await officeConference(ctx, conferenceId);
  return withTx(ctx, async (tx) => {
    const list = await openList(tx, conf, body.version);
    const person = {
      fullName: cleanText(body.fullName),
      gender: body.gender,
      birthYear: body.birthYear,
      position: body.position ? cleanText(body.position) : null,
      workplace: body.workplace ? cleanText(body.workplace) : null,
    };
    const [p] = await tx.db
      .insert(persons)
      .values({
        ...person,
        unitId: conf.unitId,
        searchKey: personSearchKey(person),
        identityKey: personIdentityKey(person),
        createdAt: tx.clock.now(),
        updatedAt: tx.clock.now(),
      })
      .returning({ id: persons.id });
    const [{ next } = { next: 1 }] = await tx.db
      .select({ next: sql<number>`coalesce(max(${nominationListGuests.order}), 0)::int + 1` })
      .from(nominationListGuests)
      .where(eq(nominationListGuests.listId, list.id));
    await tx.db.insert(nominationListGuests).values({ listId: list.id, personId: p!.id, order: next });
    await recordAudit(tx.db, tx, {
      action: "nomination_list.guest_add",
      entityType: "nomination_list",
      entityId: list.id,
      unitId: conf.unitId,
      after: { personId: p!.id, fullName: person.fullName, position: person.position },
    });
    return { version: list.version, personId: p!.id };
  });
}

export async function removeGuest(
  ctx: ServiceContext,
  personId: string,
  version: number,
  conferenceId?: string,
) {
  const conf = await officeConference(ctx, conferenceId);
  return withTx(ctx, async (tx) => {
    const list = await openList(tx, conf, version);
    const gone = await tx.db
      .delete(nominationListGuests)
      .where(and(eq(nominationListGuests.listId, list.id), eq(nominationListGuests.personId, personId)))
      .returning();
    if (gone.length === 0) throw notFound("Không tìm thấy khách mời trong danh sách.");
    await recordAudit(tx.db, tx, {
      action: "nomination_list.guest_remove",
      entityType: "nomination_list",
      entityId: list.id,
      unitId: conf.unitId,
      before: { personId },
    });
    return { version: list.version, personId };
  });
}

type Decision = { version: number; comment?: string; conferenceId?: string };

/** The list has no accepted nominee: nothing to put before the chairman (issue #13). */
export const NOTHING_TO_SEND =
  "Danh sách chưa có ai: hãy chấp nhận đề cử của ít nhất một đơn vị rồi mới trình Chủ tịch.";

async function step(ctx: ServiceContext, which: ListStep, d: Decision) {
  const conf =
    which === "send"
      ? await officeConference(ctx, d.conferenceId)
      : await chairmanConference(ctx, d.conferenceId);
  const rule = LIST_LIFECYCLE[which];
  return withTx(ctx, async (tx) => {
    let list = await listOf(tx.db, conf.id);
    let version = d.version;
    if (!list && which === "send") {
      if (d.version !== 0) throw stale();
      const [created] = await tx.db
        .insert(nominationLists)
        .values({ conferenceId: conf.id, createdAt: tx.clock.now(), updatedAt: tx.clock.now() })
        .returning();
      list = created!;
      version = list.version;
    }
    if (!list) throw new AppError("CONFLICT", listWrongState(which, "draft"));
    const people = await compiledPeople(tx.db, conf.id);
    const exemplars = people.items.filter((p) => p.role === "exemplar").length;
    if (which === "send" && exemplars === 0) throw new AppError("UNPROCESSABLE", NOTHING_TO_SEND);
    const now = tx.clock.now();
    const updated = await versionedUpdate(tx, nominationLists, {
      id: list.id,
      version,
      set:
        which === "send"
          ? { status: rule.to, sentAt: now, decisionComment: null }
          : {
              status: rule.to,
              decidedAt: now,
              decidedBy: tx.actor.userId,
              decisionComment: d.comment ?? null,
            },
      where: inArray(nominationLists.status, [...rule.from]),
      conflict: (row) => new AppError("CONFLICT", listWrongState(which, row.status)),
    });
    let added = 0;
    if (which === "approve") added = await fillDelegates(tx, conf.id, people.items);
    await recordAudit(tx.db, tx, {
      action: `nomination_list.${which}`,
      entityType: "nomination_list",
      entityId: list.id,
      unitId: conf.unitId,
      before: { status: list.status },
      after: {
        status: updated.status,
        exemplars,
        guests: people.items.length - exemplars,
        ...(which === "return" ? { decisionComment: d.comment } : {}),
        ...(which === "approve" ? { added } : {}),
      },
    });
    return { status: updated.status, version: updated.version, added };
  });
}

/** The approved list becomes the conference's delegates (a person already there is kept as is). */
async function fillDelegates(
  tx: ServiceContext,
  conferenceId: string,
  people: Awaited<ReturnType<typeof compiledPeople>>["items"],
): Promise<number> {
  if (people.length === 0) return 0;
  const rows = await tx.db
    .insert(delegates)
    .values(
      people.map((p) => ({
        conferenceId,
        personId: p.personId,
        role: p.role,
        nominatedByUnitId: p.role === "exemplar" ? p.unitId : null,
        createdAt: tx.clock.now(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: delegates.id });
  return rows.length;
}

export const sendList = (ctx: ServiceContext, d: Decision) => step(ctx, "send", d);
export const approveList = (ctx: ServiceContext, d: Decision) => step(ctx, "approve", d);
export const returnList = (ctx: ServiceContext, d: Decision) => step(ctx, "return", d);
