/**
 * The audit writer (SPEC N2, N3; issue #7 item 6): one row per change, written in the
 * change's transaction. Action and entity come from the closed vocabulary in the domain,
 * so a typo fails typecheck. Secrets are hidden; sensitive personal fields keep only the
 * fact that they changed (both sides hold SENSITIVE_MARK) and are dropped when unchanged.
 */
import {
  type AuditAction,
  type AuditEntity,
  SECRET_FIELDS,
  SECRET_MARK,
  SENSITIVE_FIELDS,
  SENSITIVE_MARK,
} from "../../../domain/audit/vocabulary.ts";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";
import type { AnonymousContext } from "../../http/context.ts";

export type AuditInput = {
  action: AuditAction;
  entityType: AuditEntity;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);

/** JSON-ready copy: dates as ISO strings, secrets hidden, sensitive values replaced by the mark. */
export function scrub(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(k)) out[k] = SECRET_MARK;
    else if (SENSITIVE_FIELDS.has(k)) out[k] = v === null || v === undefined ? null : SENSITIVE_MARK;
    else out[k] = scrub(v);
  }
  return out;
}

/**
 * Before and after of one record with its sensitive fields settled (N3): a field that
 * changed becomes the mark on both sides, one that did not is left out of both.
 */
export function scrubPair(before: unknown, after: unknown): { before: unknown; after: unknown } {
  const b = scrub(before);
  const a = scrub(after);
  if (!isRecord(before) || !isRecord(after) || !isRecord(b) || !isRecord(a)) return { before: b, after: a };
  for (const k of SENSITIVE_FIELDS) {
    if (!(k in before) && !(k in after)) continue;
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) {
      delete b[k];
      delete a[k];
    } else {
      b[k] = SENSITIVE_MARK;
      a[k] = SENSITIVE_MARK;
    }
  }
  return { before: b, after: a };
}

/**
 * Writes one audit row (N2). Call it with the transaction `tx` of the change
 * so the row and the change commit or roll back together.
 */
export async function recordAudit(tx: Db, ctx: AnonymousContext, input: AuditInput): Promise<void> {
  const { before, after } = scrubPair(input.before, input.after);
  await tx.insert(auditEvents).values({
    at: ctx.clock.now(),
    actorId: ctx.actor?.userId ?? null,
    actorUsername: ctx.actor?.username ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    before,
    after,
    ip: ctx.ip ?? null,
    requestId: ctx.requestId ?? null,
  });
}
