/**
 * The propaganda module's SQL (SPEC J1): paged lists of tasks and items with their totals
 * (COUNT in SQL), the month's counts per channel, kind and unit (GROUP BY), and the
 * culture office's to-do queue (tasks not done, due soonest). No decisions.
 */
import { and, asc, count, desc, eq, gte, isNull, lte, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { files, propagandaItems, propagandaTasks, units } from "../../db/schema/index.ts";

export type TaskRow = typeof propagandaTasks.$inferSelect & { unitName: string; itemCount: number };
export type ItemRow = typeof propagandaItems.$inferSelect & { unitName: string; fileName: string | null };

const itemCount = sql<number>`(select count(*) from ${propagandaItems} i where i.task_id = ${propagandaTasks.id})::int`;

export async function listTasks(
  db: Db,
  f: { unitId: string | null; status?: string; pending?: boolean; limit: number; offset: number },
): Promise<{ rows: TaskRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.unitId) where.push(eq(propagandaTasks.unitId, f.unitId));
  if (f.status) where.push(eq(propagandaTasks.status, f.status));
  if (f.pending) where.push(ne(propagandaTasks.status, "done"));
  const cond = where.length ? and(...where) : undefined;
  const [rows, [t]] = await readTogether(db, [
    () =>
      db
        .select({ task: propagandaTasks, unitName: units.name, itemCount })
        .from(propagandaTasks)
        .innerJoin(units, eq(units.id, propagandaTasks.unitId))
        .where(cond)
        .orderBy(asc(propagandaTasks.dueDate), asc(propagandaTasks.createdAt))
        .limit(f.limit)
        .offset(f.offset),
    () => db.select({ n: count() }).from(propagandaTasks).where(cond),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.task, unitName: r.unitName, itemCount: Number(r.itemCount) })),
    total: Number(t?.n ?? 0),
  };
}

export async function findTask(db: Db, id: string): Promise<TaskRow | null> {
  const [r] = await db
    .select({ task: propagandaTasks, unitName: units.name, itemCount })
    .from(propagandaTasks)
    .innerJoin(units, eq(units.id, propagandaTasks.unitId))
    .where(eq(propagandaTasks.id, id));
  return r ? { ...r.task, unitName: r.unitName, itemCount: Number(r.itemCount) } : null;
}

function itemWhere(f: { unitId: string | null; from?: string; to?: string }) {
  const where: SQL[] = [];
  if (f.unitId) where.push(eq(propagandaItems.unitId, f.unitId));
  if (f.from) where.push(gte(propagandaItems.date, f.from));
  if (f.to) where.push(lte(propagandaItems.date, f.to));
  return where.length ? and(...where) : undefined;
}

export async function listItems(
  db: Db,
  f: { unitId: string | null; from?: string; to?: string; limit: number; offset: number },
): Promise<{ rows: ItemRow[]; total: number }> {
  const cond = itemWhere(f);
  const [rows, [t]] = await readTogether(db, [
    () =>
      db
        .select({ item: propagandaItems, unitName: units.name, fileName: files.originalName })
        .from(propagandaItems)
        .innerJoin(units, eq(units.id, propagandaItems.unitId))
        .leftJoin(files, eq(files.id, propagandaItems.fileId))
        .where(cond)
        .orderBy(desc(propagandaItems.date), desc(propagandaItems.createdAt))
        .limit(f.limit)
        .offset(f.offset),
    () => db.select({ n: count() }).from(propagandaItems).where(cond),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.item, unitName: r.unitName, fileName: r.fileName })),
    total: Number(t?.n ?? 0),
  };
}

/** The month's items counted per channel, per kind and per unit (three GROUP BYs). */
export async function monthCounts(db: Db, f: { unitId: string | null; from: string; to: string }) {
  const cond = itemWhere(f);
  const [byChannel, byKind, byUnit] = await readTogether(db, [
    () =>
      db
        .select({ channel: propagandaItems.channel, count: count() })
        .from(propagandaItems)
        .where(cond)
        .groupBy(propagandaItems.channel),
    () =>
      db
        .select({ kind: propagandaItems.kind, count: count() })
        .from(propagandaItems)
        .where(cond)
        .groupBy(propagandaItems.kind),
    () =>
      db
        .select({ unitId: propagandaItems.unitId, unitName: units.name, count: count() })
        .from(propagandaItems)
        .innerJoin(units, eq(units.id, propagandaItems.unitId))
        .where(cond)
        .groupBy(propagandaItems.unitId, units.name),
  ]);
  return { byChannel, byKind, byUnit };
}

/** Tasks not done due by `until` (overdue included), soonest first, and how many there are. */
export async function tasksDue(db: Db, f: { unitId: string | null; until: string; limit: number }) {
  const where: SQL[] = [ne(propagandaTasks.status, "done"), lte(propagandaTasks.dueDate, f.until)];
  if (f.unitId) where.push(eq(propagandaTasks.unitId, f.unitId));
  const cond = and(...where);
  const [rows, [t]] = await readTogether(db, [
    () =>
      db
        .select({
          id: propagandaTasks.id,
          title: propagandaTasks.title,
          dueDate: propagandaTasks.dueDate,
          unitName: units.name,
        })
        .from(propagandaTasks)
        .innerJoin(units, eq(units.id, propagandaTasks.unitId))
        .where(cond)
        .orderBy(asc(propagandaTasks.dueDate))
        .limit(f.limit),
    () => db.select({ n: count() }).from(propagandaTasks).where(cond),
  ]);
  return { rows, total: Number(t?.n ?? 0) };
}

/** The unit at the top of the tree (the town), for a report read by someone of no unit. */
export async function rootUnitId(db: Db): Promise<string | null> {
  const [u] = await db
    .select({ id: units.id })
    .from(units)
    .where(isNull(units.parentId))
    .orderBy(asc(units.name))
    .limit(1);
  return u?.id ?? null;
}
