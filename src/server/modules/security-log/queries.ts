/**
 * The security log's reads (issue #12 item 7): a filtered page with its total from one
 * COUNT, the alerts (bursts of denials per user name or address, by a window function over
 * the last day), and the retention purge.
 */
import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import {
  DENIAL_KINDS,
  type SecurityAlert,
  type SecurityEvent,
  type SecurityEventKind,
  type SecurityEventQuerySchema,
} from "../../../domain/security-events.ts";
import type { Db } from "../../db/client.ts";
import { securityEvents, users } from "../../db/schema/index.ts";

export type SecurityEventFilter = z.output<typeof SecurityEventQuerySchema>;

function where(f: SecurityEventFilter): SQL | undefined {
  const w: SQL[] = [];
  if (f.kind) w.push(eq(securityEvents.kind, f.kind));
  if (f.userId) w.push(eq(securityEvents.userId, f.userId));
  if (f.username) w.push(eq(securityEvents.username, f.username));
  if (f.ip) w.push(eq(securityEvents.ip, f.ip));
  if (f.from) w.push(gte(securityEvents.occurredAt, new Date(f.from)));
  if (f.to) w.push(lte(securityEvents.occurredAt, new Date(f.to)));
  return w.length ? and(...w) : undefined;
}

export async function listSecurityEvents(
  db: Db,
  f: SecurityEventFilter,
): Promise<{ items: SecurityEvent[]; total: number }> {
  const cond = where(f);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(securityEvents).where(cond);
  const rows = await db
    .select({
      id: securityEvents.id,
      occurredAt: securityEvents.occurredAt,
      kind: securityEvents.kind,
      userId: securityEvents.userId,
      username: securityEvents.username,
      fullName: users.fullName,
      ip: securityEvents.ip,
      method: securityEvents.method,
      route: securityEvents.route,
      status: securityEvents.status,
      code: securityEvents.code,
    })
    .from(securityEvents)
    .leftJoin(users, eq(users.id, securityEvents.userId))
    .where(cond)
    .orderBy(desc(securityEvents.occurredAt), desc(securityEvents.id))
    .limit(f.limit)
    .offset(f.offset);
  return {
    total: count?.n ?? 0,
    items: rows.map((r) => ({
      ...r,
      kind: r.kind as SecurityEventKind,
      occurredAt: r.occurredAt.toISOString(),
    })),
  };
}

/** How far back the alerts look: a burst stays on the office's home page for a day. */
export const ALERT_LOOKBACK_HOURS = 24;

type BurstRow = { key: string | null; user_id: string | null; n: number; last_at: Date | string };

/**
 * Users (by the name signed in or tried) and addresses with at least `threshold` denials
 * within any `windowMinutes` of the last day, the largest burst first.
 */
export async function securityAlerts(
  db: Db,
  now: Date,
  opts: { threshold: number; windowMinutes: number },
): Promise<SecurityAlert[]> {
  const since = new Date(now.getTime() - ALERT_LOOKBACK_HOURS * 3600_000);
  // An integer from the configuration, written into the window frame (not a bind parameter).
  const window = sql.raw(`interval '${Math.trunc(opts.windowMinutes)} minutes'`);
  const burst = async (column: typeof securityEvents.username | typeof securityEvents.ip) => {
    const res = await db.execute(sql`
      WITH recent AS (
        SELECT ${column} AS key, ${securityEvents.userId} AS user_id, ${securityEvents.occurredAt} AS at
        FROM ${securityEvents}
        WHERE ${securityEvents.occurredAt} > ${since.toISOString()}::timestamptz
          AND ${securityEvents.occurredAt} <= ${now.toISOString()}::timestamptz
          AND ${inArray(securityEvents.kind, [...DENIAL_KINDS])} AND ${column} IS NOT NULL
      ), counted AS (
        SELECT key, user_id, at,
          count(*) OVER (PARTITION BY key ORDER BY at RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW) AS n
        FROM recent
      )
      SELECT key, max(user_id::text) AS user_id, max(n)::int AS n, max(at) AS last_at
      FROM counted GROUP BY key HAVING max(n) >= ${opts.threshold}
      ORDER BY max(n) DESC, key LIMIT 50`);
    return (res as unknown as { rows: BurstRow[] }).rows;
  };
  const at = (v: Date | string) => new Date(v).toISOString();
  const byUser = (await burst(securityEvents.username)).map((r) => ({
    source: "user" as const,
    userId: r.user_id,
    username: r.key,
    ip: null,
    count: Number(r.n),
    lastAt: at(r.last_at),
  }));
  const byIp = (await burst(securityEvents.ip)).map((r) => ({
    source: "ip" as const,
    userId: null,
    username: null,
    ip: r.key,
    count: Number(r.n),
    lastAt: at(r.last_at),
  }));
  return [...byUser, ...byIp].sort((a, b) => b.count - a.count);
}

/** Retention (SECURITY_EVENT_RETENTION_DAYS): events older than that are deleted. */
export async function purgeSecurityEvents(db: Db, now: Date, retentionDays: number): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  const gone = await db
    .delete(securityEvents)
    .where(lt(securityEvents.occurredAt, before))
    .returning({ id: securityEvents.id });
  return gone.length;
}
