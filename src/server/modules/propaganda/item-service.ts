/**
 * The log of propaganda items (SPEC J1; plan II.1.1 "biểu dương gương người tốt, việc tốt,
 * các điển hình tiên tiến"): what each unit ran, with its date, channel, duration or
 * length, who it features and a link or a file. A unit logs and reads its own; the
 * culture office any unit's. Paged list; the month's counts per channel, kind and unit.
 */
import { and, eq, or, sql } from "drizzle-orm";
import {
  type ItemInput,
  monthRange,
  PROPAGANDA_CHANNELS,
  PROPAGANDA_KINDS,
  type PropagandaCounts,
  type PropagandaItem,
} from "../../../domain/propaganda.ts";
import { nfc } from "../../../domain/text.ts";
import { files, propagandaItems, propagandaTasks } from "../../db/schema/index.ts";
import { withTx } from "../../db/write.ts";
import { DOCX, JPEG, MP4, PDF, PNG } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { loggingUnit, propagandaPolicy, scopeOf } from "./policy.ts";
import { type ItemRow, listItems, monthCounts } from "./queries.ts";

/** Articles, scans, photos and broadcast clips. */
export const ITEM_FILE_TYPES: readonly string[] = [PDF, DOCX, PNG, JPEG, MP4].map((t) => t.mime);

const toItem = (r: ItemRow): PropagandaItem => ({
  id: r.id,
  unitId: r.unitId,
  unitName: r.unitName,
  taskId: r.taskId,
  kind: r.kind as PropagandaItem["kind"],
  channel: r.channel as PropagandaItem["channel"],
  title: r.title,
  date: r.date,
  durationMinutes: r.durationMinutes,
  length: r.length,
  featured: r.featured,
  link: r.link,
  fileId: r.fileId,
  fileName: r.fileName,
});

export async function itemsPage(
  ctx: ServiceContext,
  q: { month?: string; unitId?: string; limit: number; offset: number },
): Promise<{ items: PropagandaItem[]; total: number }> {
  const unitId = scopeOf(ctx.actor, q.unitId);
  const range = q.month ? monthRange(q.month) : {};
  const { rows, total } = await listItems(ctx.db, { unitId, ...range, limit: q.limit, offset: q.offset });
  return { items: rows.map(toItem), total };
}

export async function logItem(ctx: ServiceContext, input: ItemInput): Promise<PropagandaItem> {
  const unitId = loggingUnit(ctx.actor, input.unitId);
  return withTx(ctx, async (tx) => {
    const fields: Record<string, string> = {};
    let task: { id: string; title: string; status: string } | undefined;
    if (input.taskId) {
      [task] = await tx.db
        .select({ id: propagandaTasks.id, title: propagandaTasks.title, status: propagandaTasks.status })
        .from(propagandaTasks)
        .where(and(eq(propagandaTasks.id, input.taskId), eq(propagandaTasks.unitId, unitId)));
      if (!task) fields.taskId = "Nhiệm vụ này không được giao cho đơn vị của tin bài.";
    }
    if (input.fileId) {
      // Only a file of the item's unit, or one the actor uploaded itself.
      const [file] = await tx.db
        .select({ id: files.id })
        .from(files)
        .where(
          and(
            eq(files.id, input.fileId),
            or(eq(files.unitId, unitId), eq(files.uploadedBy, tx.actor.userId)),
          ),
        );
      if (!file) fields.fileId = "Không tìm thấy tệp này; hãy tải tệp lên lại.";
    }
    if (Object.keys(fields).length > 0) throw validation(Object.values(fields).join(" "), { fields });
    const [row] = await tx.db
      .insert(propagandaItems)
      .values({
        unitId,
        taskId: input.taskId ?? null,
        kind: input.kind,
        channel: input.channel,
        title: nfc(input.title),
        date: input.date,
        durationMinutes: input.durationMinutes ?? null,
        length: input.length ? nfc(input.length) : null,
        featured: nfc(input.featured),
        link: input.link ?? null,
        fileId: input.fileId ?? null,
        createdBy: tx.actor.userId,
        createdAt: tx.clock.now(),
      })
      .returning();
    const r = row!;
    await recordAudit(tx.db, tx, {
      action: "propaganda_item.create",
      entityType: "propaganda_item",
      entityId: r.id,
      unitId,
      after: {
        unitId,
        taskId: r.taskId,
        itemKind: r.kind,
        channel: r.channel,
        title: r.title,
        date: r.date,
        durationMinutes: r.durationMinutes,
        length: r.length,
        featured: r.featured,
        link: r.link,
        fileId: r.fileId,
      },
    });
    if (task?.status === "open") await startTask(tx, task, unitId);
    const { rows } = await listItems(tx.db, { unitId, from: r.date, to: r.date, limit: 200, offset: 0 });
    return toItem(rows.find((x) => x.id === r.id)!);
  });
}

/**
 * An item logged against a task not yet begun shows the task is under way (J1): "Chưa thực hiện"
 * beside its own articles would be false. Done tasks stay done; the change is audited as a status
 * change, and its version moves so that a form opened before it gets 409.
 */
async function startTask(tx: ServiceContext, task: { id: string; title: string }, unitId: string) {
  const changed = await tx.db
    .update(propagandaTasks)
    .set({ status: "in_progress", version: sql`${propagandaTasks.version} + 1`, updatedAt: tx.clock.now() })
    .where(and(eq(propagandaTasks.id, task.id), eq(propagandaTasks.status, "open")))
    .returning({ id: propagandaTasks.id });
  if (changed.length === 0) return;
  await recordAudit(tx.db, tx, {
    action: "propaganda_task.status",
    entityType: "propaganda_task",
    entityId: task.id,
    unitId,
    before: { title: task.title, status: "open" },
    after: { title: task.title, status: "in_progress" },
  });
}

/** A file for an item, kept as the actor's unit's file (file.upload is its audit row). */
export async function uploadItemFile(
  ctx: ServiceContext,
  readUpload: () => Promise<{ buffer: Buffer; filename: string }>,
): Promise<{ fileId: string; name: string; mime: string; size: number }> {
  if (!propagandaPolicy.manage(ctx.actor) && !propagandaPolicy.logsOwn(ctx.actor)) {
    throw forbidden("Bạn không có quyền ghi tin bài tuyên truyền.");
  }
  const upload = await readUpload();
  const input = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId: ctx.actor.unitId,
    allowed: ITEM_FILE_TYPES,
  };
  return withStagedFile(ctx, input, (staged) =>
    withTx(ctx, async (tx) => {
      const f = await linkFile(tx.db, tx, staged);
      return { fileId: f.id, name: f.originalName, mime: f.mime, size: f.size };
    }),
  );
}

export async function countsOf(ctx: ServiceContext, month: string): Promise<PropagandaCounts> {
  const unitId = scopeOf(ctx.actor);
  const c = await monthCounts(ctx.db, { unitId, ...monthRange(month) });
  const n = (v: unknown) => Number(v);
  const channel = new Map(c.byChannel.map((x) => [x.channel, n(x.count)]));
  const kind = new Map(c.byKind.map((x) => [x.kind, n(x.count)]));
  return {
    month,
    total: [...channel.values()].reduce((s, v) => s + v, 0),
    byChannel: PROPAGANDA_CHANNELS.map((ch) => ({ channel: ch, count: channel.get(ch) ?? 0 })),
    byKind: PROPAGANDA_KINDS.map((k) => ({ kind: k, count: kind.get(k) ?? 0 })),
    byUnit: c.byUnit
      .map((u) => ({ unitId: u.unitId, unitName: u.unitName, count: n(u.count) }))
      .sort((a, b) => b.count - a.count || a.unitName.localeCompare(b.unitName, "vi")),
  };
}
