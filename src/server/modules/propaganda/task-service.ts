/**
 * Propaganda tasks (SPEC J1; plan III.3 "Giao phòng Văn hóa – Thông tin chỉ đạo … Đài
 * Truyền thanh – Truyền hình, Trung tâm Văn hóa – TDTT … tổ chức nhiều hình thức tuyên
 * truyền"): the culture office gives a unit a task with a deadline; the unit (or the office)
 * moves it open → in progress → done. Paged list; stale status change → 409.
 */
import { eq } from "drizzle-orm";
import type { PropagandaTask, TaskInput } from "../../../domain/propaganda.ts";
import type { Actor } from "../../../domain/roles.ts";
import { nfc } from "../../../domain/text.ts";
import { propagandaTasks, units } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { canUpdateTask, propagandaPolicy, requireTaskUpdatable, scopeOf, TASK_NOT_FOUND } from "./policy.ts";
import { findTask, listTasks, type TaskRow } from "./queries.ts";

export const toTask = (a: Actor, r: TaskRow): PropagandaTask => ({
  id: r.id,
  unitId: r.unitId,
  unitName: r.unitName,
  title: r.title,
  detail: r.detail,
  dueDate: r.dueDate,
  status: r.status as PropagandaTask["status"],
  itemCount: r.itemCount,
  version: r.version,
  canUpdate: canUpdateTask(a, r),
});

export async function tasksPage(
  ctx: ServiceContext,
  q: { status?: string; unitId?: string; pending?: boolean; limit: number; offset: number },
): Promise<{ items: PropagandaTask[]; total: number }> {
  const unitId = scopeOf(ctx.actor, q.unitId);
  const { rows, total } = await listTasks(ctx.db, { ...q, unitId });
  return { items: rows.map((r) => toTask(ctx.actor, r)), total };
}

export async function createTask(ctx: ServiceContext, input: TaskInput): Promise<PropagandaTask> {
  if (!propagandaPolicy.manage(ctx.actor)) {
    throw forbidden("Chỉ Phòng Văn hóa – Thông tin giao nhiệm vụ tuyên truyền.");
  }
  return withTx(ctx, async (tx) => {
    const [unit] = await tx.db
      .select({ id: units.id, active: units.active })
      .from(units)
      .where(eq(units.id, input.unitId));
    if (!unit?.active) {
      throw validation("Không tìm thấy đơn vị được giao.", {
        fields: { unitId: "Hãy chọn một đơn vị đang hoạt động." },
      });
    }
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(propagandaTasks)
      .values({
        unitId: input.unitId,
        title: nfc(input.title),
        detail: nfc(input.detail),
        dueDate: input.dueDate,
        createdBy: tx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx.db, tx, {
      action: "propaganda_task.create",
      entityType: "propaganda_task",
      entityId: row!.id,
      unitId: input.unitId,
      after: {
        unitId: input.unitId,
        title: row!.title,
        detail: row!.detail,
        dueDate: row!.dueDate,
        status: row!.status,
      },
    });
    return toTask(tx.actor, (await findTask(tx.db, row!.id))!);
  });
}

export async function setTaskStatus(
  ctx: ServiceContext,
  id: string,
  input: { status: string; version: number },
): Promise<PropagandaTask> {
  return withTx(ctx, async (tx) => {
    const before = await findTask(tx.db, id);
    if (!before) throw notFound(TASK_NOT_FOUND);
    requireTaskUpdatable(tx.actor, before);
    await versionedUpdate(tx, propagandaTasks, { id, version: input.version, set: { status: input.status } });
    await recordAudit(tx.db, tx, {
      action: "propaganda_task.status",
      entityType: "propaganda_task",
      entityId: id,
      unitId: before.unitId,
      before: { title: before.title, status: before.status },
      after: { title: before.title, status: input.status },
    });
    return toTask(tx.actor, (await findTask(tx.db, id))!);
  });
}
