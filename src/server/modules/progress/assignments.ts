/**
 * Council assignments (K1): the office assigns units to each Council member; reading
 * (office, Council, chairman) and replacing one member's set (office; audited, in one
 * transaction; a stale set → 409).
 */
import { and, eq, inArray } from "drizzle-orm";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import { readTogether } from "../../db/read-together.ts";
import { councilAssignments, units, users } from "../../db/schema/index.ts";
import { countSql, foldedSql, viOrderSql, wordsMatch } from "../../db/text-sql.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requireAssigner, requireAssignmentsReader } from "./policy.ts";

export type CouncilMember = { id: string; fullName: string; username: string; unitIds: string[] };

/**
 * One page of the active Council members with the units each follows (issue #11 item 5):
 * counted and cut in SQL, names in Vietnamese alphabet order, then the id; the assignments
 * are read for the page's members only.
 */
export async function listAssignments(
  ctx: ServiceContext,
  query: { q?: string } & PageParams,
): Promise<Page<CouncilMember>> {
  requireAssignmentsReader(ctx.actor);
  const where = and(
    eq(users.role, "council"),
    eq(users.active, true),
    ...wordsMatch(query.q, foldedSql(users.fullName), foldedSql(users.username)),
  );
  const [counted, members] = await readTogether(ctx.db, [
    () => ctx.db.select({ n: countSql }).from(users).where(where),
    () =>
      ctx.db
        .select({ id: users.id, fullName: users.fullName, username: users.username })
        .from(users)
        .where(where)
        .orderBy(...viOrderSql(users.fullName), users.id)
        .limit(query.limit)
        .offset(offsetOf(query)),
  ]);
  const rows = members.length
    ? await ctx.db
        .select({ memberId: councilAssignments.memberId, unitId: councilAssignments.unitId })
        .from(councilAssignments)
        .where(
          inArray(
            councilAssignments.memberId,
            members.map((m) => m.id),
          ),
        )
    : [];
  const items = members.map((m) => ({
    ...m,
    unitIds: rows
      .filter((r) => r.memberId === m.id)
      .map((r) => r.unitId)
      .sort(),
  }));
  return { items, total: Number(counted[0]?.n ?? 0), page: query.page, limit: query.limit };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** Replaces a member's units; `previous` is the set the office saw (else 409). */
export async function setAssignments(
  ctx: ServiceContext,
  memberId: string,
  input: { unitIds: string[]; previous: string[] },
): Promise<CouncilMember> {
  requireAssigner(ctx.actor);
  const unitIds = [...new Set(input.unitIds)];
  return ctx.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: users.id, fullName: users.fullName, username: users.username, role: users.role })
      .from(users)
      .where(eq(users.id, memberId));
    if (member?.role !== "council") throw notFound("Không tìm thấy thành viên Hội đồng này.");
    if (unitIds.length > 0) {
      const found = await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
      if (found.length !== unitIds.length)
        throw validation("Có đơn vị không tồn tại trong danh sách phân công.", {
          fields: { unitIds: "Đơn vị: có mã không tồn tại" },
        });
    }
    const current = (
      await tx
        .select({ unitId: councilAssignments.unitId })
        .from(councilAssignments)
        .where(eq(councilAssignments.memberId, memberId))
        .for("update")
    ).map((r) => r.unitId);
    if (!sameSet(current, input.previous)) throw stale();
    await tx.delete(councilAssignments).where(eq(councilAssignments.memberId, memberId));
    if (unitIds.length > 0) {
      const now = ctx.clock.now();
      await tx
        .insert(councilAssignments)
        .values(
          unitIds.map((unitId) => ({ memberId, unitId, assignedBy: ctx.actor.userId, assignedAt: now })),
        );
    }
    await recordAudit(tx, ctx, {
      action: "council_assignment.set",
      entityType: "user",
      entityId: memberId,
      before: { unitIds: [...current].sort() },
      after: { unitIds: [...unitIds].sort() },
    });
    return {
      id: member.id,
      fullName: member.fullName,
      username: member.username,
      unitIds: [...unitIds].sort(),
    };
  });
}
