/**
 * An audit row's before/after as the office reads it (issue #7 item 6; SPEC N2, N3, O4):
 * Vietnamese field names, status and code words, dd/mm/yyyy dates and times in Vietnam's
 * time zone, years as written, Có/Không, and names instead of ids. Pure: the names of
 * ids are looked up by the caller (one batched query per page) and passed in.
 */
import { FIELD_LABELS } from "../field-labels.ts";
import { formatDateTimeVi, formatDateVi } from "../text.ts";
import { UNIT_PLAN_ANSWER_LABELS } from "../unit-plans.ts";
import {
  CODE_WORDS,
  hiddenFields,
  MIME_FIELDS,
  mimeWords,
  SIZE_FIELDS,
  statusWords,
  YEAR_FIELDS,
} from "./values.ts";
import { SECRET_MARK, SENSITIVE_MARK } from "./vocabulary.ts";

export type AuditChange = { field: string; label: string; before: string | null; after: string | null };
/** The name of an id (user, unit, person, conference …) or of `kind:<unit kind code>`. */
export type AuditNames = (key: string) => string | undefined;
export type AuditRecord = { action: string; entityType: string; before: unknown; after: unknown };

/** A sensitive field that changed (N3): the new value, then the old one, are not stored. */
export const SENSITIVE_TEXT = "(đã thay đổi — dữ liệu cá nhân, không lưu giá trị)";
export const SENSITIVE_BEFORE_TEXT = "(giá trị cũ không lưu — dữ liệu cá nhân)";
export const SECRET_TEXT = "(được ẩn)";
export const EMPTY_TEXT = "(trống)";
export const GONE_TEXT = "(bản ghi không còn)";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const ANSWER_LABELS: Readonly<Record<string, string>> = UNIT_PLAN_ANSWER_LABELS;

export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

/** The field's Vietnamese name (never the raw key: an unknown field reads "Thông tin khác"). */
export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? ANSWER_LABELS[field] ?? "Thông tin khác";
}

type Ctx = { action: string; entityType: string; names: AuditNames };

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

function bytes(n: number): string {
  const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
  if (n < 1024) return `${nf.format(n)} byte`;
  if (n < 1024 * 1024) return `${nf.format(n / 1024)} KB`;
  return `${nf.format(n / 1024 / 1024)} MB`;
}

/** One object of a list (a delegate, a milestone, a participant …) in one line. */
function summarise(o: Record<string, unknown>, ctx: Ctx): string {
  const head = ["fullName", "name", "title", "label", "unitName", "unitId", "personId", "code"].find(
    (k) => o[k] !== undefined && o[k] !== null && o[k] !== "",
  );
  if (!head) {
    return Object.entries(o)
      .filter(([k, v]) => v !== null && v !== undefined && !hiddenFields(new Set(Object.keys(o))).has(k))
      .map(([k, v]) => `${auditFieldLabel(k)}: ${formatAuditValue(k, v, ctx)}`)
      .join(", ");
  }
  const extras = ["role", "status", "dueOn"]
    .filter((k) => typeof o[k] === "string" && o[k] !== "")
    .map((k) => formatAuditValue(k, o[k], ctx));
  const main = formatAuditValue(head, o[head], ctx);
  return extras.length ? `${main} (${extras.join(", ")})` : main;
}

/** One value as the office reads it. */
export function formatAuditValue(field: string, value: unknown, ctx: Ctx): string {
  if (value === null || value === undefined || value === "") return EMPTY_TEXT;
  if (value === SENSITIVE_MARK) return SENSITIVE_TEXT;
  if (value === SECRET_MARK) return SECRET_TEXT;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") {
    if (YEAR_FIELDS.has(field)) return String(value);
    if (SIZE_FIELDS.has(field)) return bytes(value);
    return new Intl.NumberFormat("vi-VN").format(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_TEXT;
    const parts = value.map((v) => {
      const o = asRecord(v);
      return o ? summarise(o, ctx) : formatAuditValue(field, v, ctx);
    });
    return parts.join(value.some((v) => asRecord(v)) ? "; " : ", ");
  }
  const o = asRecord(value);
  if (o) {
    const hidden = hiddenFields(new Set(Object.keys(o)));
    return Object.entries(o)
      .filter(([k, v]) => !hidden.has(k) && v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${auditFieldLabel(k)}: ${formatAuditValue(k, v, ctx)}`)
      .join("; ");
  }
  const s = String(value);
  if (field === "status") return statusWords(ctx.action, ctx.entityType)[s] ?? s;
  if ((field === "kind" || field === "kindCode") && ctx.entityType !== "conference") {
    const kind = ctx.names(`kind:${s}`);
    if (kind) return kind;
  }
  const word = CODE_WORDS[field]?.[s];
  if (word) return word;
  if (MIME_FIELDS.has(field)) return mimeWords(s);
  if (isUuid(s)) return ctx.names(s.toLowerCase()) ?? GONE_TEXT;
  if (ISO_TIME.test(s)) return formatDateTimeVi(s);
  if (ISO_DATE.test(s)) return formatDateVi(s);
  return s;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes of one audit row, field by field. When both sides are records only the
 * fields that changed are listed; a creation (or deletion) lists every field it holds.
 * A list stored whole (the plan's milestones, participants) is one change.
 */
export function auditChanges(e: AuditRecord, names: AuditNames): AuditChange[] {
  const ctx: Ctx = { action: e.action, entityType: e.entityType, names };
  const wrap = (v: unknown) => (Array.isArray(v) ? { [listField(e.action)]: v } : v);
  const b = asRecord(wrap(e.before));
  const a = asRecord(wrap(e.after));
  if (!b && !a) return [];
  const keys = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  const hidden = hiddenFields(keys);
  const changes: AuditChange[] = [];
  for (const field of keys) {
    if (hidden.has(field)) continue;
    const bv = b?.[field];
    const av = a?.[field];
    // Sensitive values are stored as a mark on both sides only when they changed (recordAudit).
    if (b && a && same(bv, av) && bv !== SENSITIVE_MARK) continue;
    if ((!b || !a) && (bv ?? av ?? "") === "") continue;
    changes.push({
      field,
      label: auditFieldLabel(field),
      before: !b ? null : bv === SENSITIVE_MARK ? SENSITIVE_BEFORE_TEXT : formatAuditValue(field, bv, ctx),
      after: a ? formatAuditValue(field, av, ctx) : null,
    });
  }
  return changes;
}

/** The name of a list stored as a row's whole before/after. */
function listField(action: string): string {
  if (action === "plan.milestones") return "milestones";
  if (action === "plan.participants") return "participants";
  return "items";
}
