/**
 * The security log's reads (issue #12 item 7): a filtered page with its total from one
 * COUNT, the alerts (bursts of denials per user name or address, by a window function over
 * the last day, paged and counted in SQL), and the retention purge.
 */
import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { offsetOf, type PageParams } from "../../../domain/paging.ts";
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

type BurstRow = {
  total: number;
  source: "user" | "ip" | null;
  key: string | null;
  user_id: string | null;
  n: number | null;
  last_at: Date | string | null;
};

/**
 * One page of the users (by the name signed in or tried) and addresses with at least
 * `threshold` denials within any `windowMinutes` of the last day, the largest burst first (a
 * user before an address, then by name), and how many there are in all: one statement, the
 * bursts found by a window function, counted and cut in SQL.
 */
export async function securityAlerts(
  db: Db,
  now: Date,
  opts: { threshold: number; windowMinutes: number },
  p: PageParams,
): Promise<{ items: SecurityAlert[]; total: number }> {
  const since = new Date(now.getTime() - ALERT_LOOKBACK_HOURS * 3600_000);
  // An integer from the configuration, written into the window frame (not a bind parameter).
  const window = sql.raw(`interval '${Math.trunc(opts.windowMinutes)} minutes'`);
  const frame = sql`ORDER BY at RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW`;
  const order = sql.raw(`n DESC, (source = 'ip'), key COLLATE "C"`);
  const res = await db.execute(sql`
    WITH recent AS (
      SELECT ${securityEvents.username} AS username, ${securityEvents.ip} AS ip,
        ${securityEvents.userId} AS user_id, ${securityEvents.occurredAt} AS at
      FROM ${securityEvents}
      WHERE ${securityEvents.occurredAt} > ${since.toISOString()}::timestamptz
        AND ${securityEvents.occurredAt} <= ${now.toISOString()}::timestamptz
        AND ${inArray(securityEvents.kind, [...DENIAL_KINDS])}
    ), counted AS (
      SELECT 'user'::text AS source, username AS key, user_id, at,
        count(*) OVER (PARTITION BY username ${frame}) AS n
      FROM recent WHERE username IS NOT NULL
      UNION ALL
      SELECT 'ip'::text, ip, NULL::uuid, at, count(*) OVER (PARTITION BY ip ${frame})
      FROM recent WHERE ip IS NOT NULL
    ), bursts AS (
      SELECT source, key, max(user_id::text) AS user_id, max(n)::int AS n, max(at) AS last_at
      FROM counted GROUP BY source, key HAVING max(n) >= ${opts.threshold}
    )
    SELECT t.total, b.source, b.key, b.user_id, b.n, b.last_at
    FROM (SELECT count(*)::int AS total FROM bursts) t
    LEFT JOIN LATERAL (
      SELECT * FROM bursts ORDER BY ${order} LIMIT ${p.limit} OFFSET ${offsetOf(p)}
    ) b ON true
    ORDER BY ${sql.raw(`b.n DESC, (b.source = 'ip'), b.key COLLATE "C"`)}`);
  const rows = (res as unknown as { rows: BurstRow[] }).rows;
  const items = rows
    .filter((r) => r.source !== null)
    .map(
      (r): SecurityAlert => ({
        source: r.source!,
        userId: r.source === "user" ? r.user_id : null,
        username: r.source === "user" ? r.key : null,
        ip: r.source === "ip" ? r.key : null,
        count: Number(r.n),
        lastAt: new Date(r.last_at!).toISOString(),
      }),
    );
  return { items, total: Number(rows[0]?.total ?? 0) };
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
