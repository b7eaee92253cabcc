/**
 * Council assignments (K1): the office assigns units to each Council member; reading
 * (office, Council, chairman) and replacing one member's set (office; audited, in one
 * transaction; a stale set → 409).
 */
import { and, eq, inArray } from "drizzle-orm";
import { compareVi } from "../../../domain/text.ts";
import { councilAssignments, units, users } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { requireAssigner, requireAssignmentsReader } from "./policy.ts";

export type CouncilMember = { id: string; fullName: string; username: string; unitIds: string[] };

export async function listAssignments(ctx: ServiceContext): Promise<CouncilMember[]> {
  requireAssignmentsReader(ctx.actor);
  const members = await ctx.db
    .select({ id: users.id, fullName: users.fullName, username: users.username })
    .from(users)
    .where(and(eq(users.role, "council"), eq(users.active, true)));
  const rows = await ctx.db
    .select({ memberId: councilAssignments.memberId, unitId: councilAssignments.unitId })
    .from(councilAssignments);
  return members
    .map((m) => ({
      ...m,
      unitIds: rows
        .filter((r) => r.memberId === m.id)
        .map((r) => r.unitId)
        .sort(),
    }))
    .sort((a, b) => compareVi(a.fullName, b.fullName));
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
