/**
 * E6: the same person put forward by two units is flagged; the office may mark
 * a pair "not the same person" (audited) and undo it.
 */
import { and, eq } from "drizzle-orm";
import { comparePersonNames, compareVi } from "../../../domain/text.ts";
import { personDuplicateDismissals, persons } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { conferencesOf } from "../search/index.ts";
import { requireDuplicatesManager, requireDuplicatesReader } from "./policy.ts";
import {
  type CandidateRow,
  type DismissalRow,
  duplicateCandidates,
  duplicateKeyPage,
  listDismissals,
  orderedPair,
  pairKey,
} from "./queries.ts";
import type { Dismissal, DismissInput, DuplicateGroup, DuplicatesResult } from "./schemas.ts";

const gender = (g: string | null) => (g === "male" || g === "female" ? g : null);

function toDismissal(r: DismissalRow): Dismissal {
  return { ...r, createdAt: r.createdAt.toISOString() };
}

/** Groups by key; within a group, the cross-unit pairs not dismissed. */
export function buildGroups(rows: CandidateRow[], dismissed: ReadonlySet<string>) {
  const byKey = new Map<string, CandidateRow[]>();
  for (const r of rows) byKey.set(r.identityKey, [...(byKey.get(r.identityKey) ?? []), r]);
  const groups: { key: string; rows: CandidateRow[]; pairs: [string, string][] }[] = [];
  for (const [key, list] of byKey) {
    const pairs: [string, string][] = [];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.unitId !== b.unitId && !dismissed.has(pairKey(a.id, b.id))) pairs.push(orderedPair(a.id, b.id));
      }
    if (pairs.length === 0) continue;
    const inPair = new Set(pairs.flat());
    const people = list.filter((r) => inPair.has(r.id));
    people.sort((a, b) => compareVi(a.unitName, b.unitName) || comparePersonNames(a.fullName, b.fullName));
    groups.push({ key, rows: people, pairs });
  }
  return groups.sort(
    (x, y) =>
      comparePersonNames(x.rows[0]!.fullName, y.rows[0]!.fullName) ||
      (x.rows[0]!.birthYear ?? 0) - (y.rows[0]!.birthYear ?? 0) ||
      compareVi(x.key, y.key),
  );
}

/** One page of duplicate groups (keys paged in SQL; the page's people grouped here). */
export async function listDuplicates(
  ctx: ServiceContext,
  query: { limit: number; page: number },
): Promise<DuplicatesResult> {
  requireDuplicatesReader(ctx.actor);
  const { keys, total } = await duplicateKeyPage(ctx.db, {
    limit: query.limit,
    offset: (query.page - 1) * query.limit,
  });
  const candidates = await duplicateCandidates(ctx.db, keys);
  const dismissals = await listDismissals(ctx.db);
  const dismissed = new Set(dismissals.map((d) => pairKey(d.personIdA, d.personIdB)));
  const order = new Map(keys.map((k, i) => [k, i]));
  const shown = buildGroups(candidates, dismissed).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const links = await conferencesOf(
    ctx.db,
    shown.flatMap((g) => g.rows.map((r) => r.id)),
  );
  const groups = shown.map(
    (g): DuplicateGroup => ({
      key: g.key,
      fullName: g.rows[0]!.fullName,
      birthYear: g.rows[0]!.birthYear,
      gender: gender(g.rows[0]!.gender),
      unitCount: new Set(g.rows.map((r) => r.unitId)).size,
      pairs: g.pairs.map(([personIdA, personIdB]) => ({ personIdA, personIdB })),
      people: g.rows.map((r) => ({
        personId: r.id,
        fullName: r.fullName,
        unitId: r.unitId,
        unitName: r.unitName,
        gender: gender(r.gender),
        birthYear: r.birthYear,
        position: r.position,
        conferences: links.filter((l) => l.personId === r.id).map(({ personId: _p, ...c }) => c),
      })),
    }),
  );
  const sortedDismissals = dismissals
    .map(toDismissal)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return { groups, total, page: query.page, limit: query.limit, dismissals: sortedDismissals };
}

async function loadPerson(ctx: ServiceContext, id: string) {
  const [p] = await ctx.db
    .select({
      id: persons.id,
      unitId: persons.unitId,
      fullName: persons.fullName,
      identityKey: persons.identityKey,
    })
    .from(persons)
    .where(eq(persons.id, id));
  if (!p) throw notFound("Không tìm thấy người này.");
  return p;
}

export async function dismissDuplicate(ctx: ServiceContext, input: DismissInput): Promise<Dismissal> {
  requireDuplicatesManager(ctx.actor);
  const [a, b] = orderedPair(input.personIdA.toLowerCase(), input.personIdB.toLowerCase());
  if (a === b) throw validation("Hãy chọn hai người khác nhau.");
  const pa = await loadPerson(ctx, a);
  const pb = await loadPerson(ctx, b);
  if (pa.identityKey !== pb.identityKey || pa.unitId === pb.unitId) {
    throw validation(
      "Hai người này không nằm trong danh sách trùng (trùng là cùng họ tên, năm sinh, giới tính ở hai đơn vị khác nhau).",
    );
  }
  const id = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: personDuplicateDismissals.id })
      .from(personDuplicateDismissals)
      .where(and(eq(personDuplicateDismissals.personAId, a), eq(personDuplicateDismissals.personBId, b)));
    if (existing) throw new AppError("CONFLICT", "Cặp này đã được đánh dấu là không phải cùng một người.");
    const [row] = await tx
      .insert(personDuplicateDismissals)
      .values({
        personAId: a,
        personBId: b,
        note: input.note ?? null,
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: personDuplicateDismissals.id });
    const [after] = await listDismissals(tx, [row!.id]);
    await recordAudit(tx, ctx, {
      action: "duplicate.dismiss",
      entityType: "person_duplicate_dismissal",
      entityId: row!.id,
      after,
    });
    return row!.id;
  });
  const [saved] = await listDismissals(ctx.db, [id]);
  return toDismissal(saved!);
}

export async function undoDismissal(ctx: ServiceContext, id: string): Promise<void> {
  requireDuplicatesManager(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const [before] = await listDismissals(tx, [id]);
    if (!before) throw notFound("Không tìm thấy đánh dấu này (có thể đã được bỏ).");
    await tx.delete(personDuplicateDismissals).where(eq(personDuplicateDismissals.id, id));
    await recordAudit(tx, ctx, {
      action: "duplicate.undismiss",
      entityType: "person_duplicate_dismissal",
      entityId: id,
      before,
    });
  });
}
