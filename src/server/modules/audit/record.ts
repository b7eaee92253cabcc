import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";
import type { AnonymousContext } from "../../http/context.ts";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = new Set(["passwordHash", "password", "newPassword", "currentPassword", "token"]);

function scrub(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.has(k) ? "[ẩn]" : scrub(v);
  return out;
}

/**
 * Writes one audit row (N2). Call it with the transaction `tx` of the change
 * so the row and the change commit or roll back together.
 */
export async function recordAudit(tx: Db, ctx: AnonymousContext, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    at: ctx.clock.now(),
    actorId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    before: scrub(input.before),
    after: scrub(input.after),
    ip: ctx.ip ?? null,
    requestId: ctx.requestId ?? null,
  });
}
