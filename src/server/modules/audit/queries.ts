/**
 * The office's audit browser (SPEC N2; issue #7 item 6): one page of audit rows, filtered
 * and paged in SQL, then put in words — changes field by field, the actor's, the record's
 * and the unit's names — with one batched name query for the whole page.
 */
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { auditChanges, isUuid } from "../../../domain/audit/format.ts";
import type { AuditEvent, AuditQuery } from "../../../domain/audit/schemas.ts";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "../../../domain/audit/vocabulary.ts";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { lookupNames } from "./names.ts";

/** Dates are calendar days in Vietnam's time (UTC+7). */
const dayStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

type Row = typeof auditEvents.$inferSelect;

/** Every id-looking string and every unit kind code held anywhere in a row. */
function collectKeys(row: Row, ids: Set<string>, kinds: Set<string>): void {
  for (const v of [row.actorId, row.entityId, row.unitId]) if (isUuid(v)) ids.add(v.toLowerCase());
  const walk = (v: unknown, key: string) => {
    if (isUuid(v)) ids.add(v.toLowerCase());
    else if (typeof v === "string" && (key === "kind" || key === "kindCode")) kinds.add(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(row.before, "");
  walk(row.after, "");
}

function present(r: Row, names: Map<string, string>): AuditEvent {
  const name = (id: string | null) => (id && names.get(id.toLowerCase())) || null;
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorUsername: r.actorUsername,
    actorName: name(r.actorId),
    actorRole: r.actorRole,
    action: r.action,
    actionLabel: (AUDIT_ACTION_LABELS as Record<string, string>)[r.action] ?? "Thao tác khác",
    entityType: r.entityType,
    entityLabel: (AUDIT_ENTITY_LABELS as Record<string, string>)[r.entityType] ?? "Đối tượng khác",
    entityId: r.entityId,
    entityName: name(r.entityId),
    unitId: r.unitId,
    unitName: name(r.unitId),
    changes: auditChanges(r, (key) => names.get(key)),
    ip: r.ip,
  };
}

export async function queryAudit(db: Db, q: AuditQuery): Promise<{ items: AuditEvent[]; total: number }> {
  const where: SQL[] = [];
  if (q.action) where.push(eq(auditEvents.action, q.action));
  if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
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
  const ids = new Set<string>();
  const kinds = new Set<string>();
  for (const r of rows) collectKeys(r, ids, kinds);
  const names = await lookupNames(db, [...ids], [...kinds]);
  return { total: Number(n), items: rows.map((r) => present(r, names)) };
}
