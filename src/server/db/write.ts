/**
 * The write helpers every service uses (issue #7 item 5; SPEC N2): one transaction
 * helper handing the callback a context whose `db` is the transaction, and one
 * versioned update that bumps `version` in the same statement and answers 409 STALE
 * when the version read has moved (404 when the row is gone). Both drivers.
 */
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Clock } from "../http/context.ts";
import { type AppError, notFound, stale } from "../http/errors.ts";
import type { Db } from "./client.ts";

/**
 * Runs `fn` in one transaction with a copy of `ctx` whose `db` is the transaction:
 * queries and `recordAudit` called with `txCtx` commit or roll back together.
 */
export function withTx<C extends { db: Db }, T>(ctx: C, fn: (txCtx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

/** A table with the optimistic-locking columns every editable table has. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export type VersionedUpdate<T extends VersionedTable> = {
  id: string;
  /** The version the client read; omitted only by server-side writes that take whatever is current. */
  version?: number;
  set: PgUpdateSetSource<T>;
  /** Extra conditions the row must still meet (e.g. an editable status), checked in the same statement. */
  where?: SQL;
  /** The row exists at the version read but fails `where`: the reason (default STALE). */
  conflict?: (row: T["$inferSelect"]) => AppError;
  /** The row does not exist: the message (default "Không tìm thấy dữ liệu."). */
  notFound?: string;
};

/**
 * `update … set …, version = version + 1, updated_at = now where id = ? and version = ? [and where]`
 * returning the updated row. When no row matched, reads the row to say why:
 * gone → 404 NOT_FOUND, version moved → 409 STALE, `where` no longer true → `conflict(row)`.
 */
export async function versionedUpdate<T extends VersionedTable>(
  ctx: { db: Db; clock: Clock },
  table: T,
  opts: VersionedUpdate<T>,
): Promise<T["$inferSelect"]> {
  const where: SQL[] = [eq(table.id, opts.id)];
  if (opts.version !== undefined) where.push(eq(table.version, opts.version));
  if (opts.where) where.push(opts.where);
  const set = { ...opts.set, version: sql`${table.version} + 1`, updatedAt: ctx.clock.now() };
  const changed = (await ctx.db
    .update(table)
    .set(set as PgUpdateSetSource<T>)
    .where(and(...where))
    .returning()) as T["$inferSelect"][];
  if (changed[0]) return changed[0];
  const [now] = (await ctx.db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, opts.id))) as T["$inferSelect"][];
  if (!now) throw notFound(opts.notFound);
  const current = (now as { version: number }).version;
  if (opts.version !== undefined && current !== opts.version) throw stale();
  throw opts.conflict ? opts.conflict(now) : stale();
}
