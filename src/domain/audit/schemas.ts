/**
 * The audit log's API shapes (SPEC N2; issue #7 item 6): the filter and one page of
 * display-ready entries. The raw before/after JSON stays in the database; the API sends
 * the changes already in words (see format.ts).
 */
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "./vocabulary.ts";
import "../zod-vi.ts";

export const AuditChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  /** The actor's full name (from the accounts), or null for an anonymous or system action. */
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  entityType: z.string(),
  entityLabel: z.string(),
  entityId: z.string().nullable(),
  /** The record's name (a person's, a unit's, a conference's …) when it can be found. */
  entityName: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  changes: z.array(AuditChangeSchema),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "Ngày: định dạng yyyy-mm-dd");

export const AuditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS, "Thao tác: không có trong danh sách").optional(),
  entityType: z.enum(AUDIT_ENTITIES, "Đối tượng: không có trong danh sách").optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
