import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import type { AuditEvent, AuditQuery } from "../../../domain/audit.ts";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";

/** Dates are calendar days in Vietnam's time (UTC+7). */
const dayStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

export async function queryAudit(db: Db, q: AuditQuery): Promise<{ items: AuditEvent[]; total: number }> {
  const where: SQL[] = [];
  if (q.action) where.push(ilike(auditEvents.action, `${q.action.replace(/[%_]/gu, "")}%`));
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.actor) where.push(eq(auditEvents.actorUsername, q.actor.toLowerCase()));
  if (q.unitId) where.push(eq(auditEvents.unitId, q.unitId));
  if (q.from) where.push(gte(auditEvents.at, dayStart(q.from)));
  if (q.to) where.push(lt(auditEvents.at, new Date(dayStart(q.to).getTime() + 86_400_000)));
  const cond = where.length ? and(...where) : undefined;
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(auditEvents).where(cond);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(cond)
    .orderBy(desc(auditEvents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorUsername: r.actorUsername,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      unitId: r.unitId,
      before: r.before,
      after: r.after,
      ip: r.ip,
    })),
  };
}
