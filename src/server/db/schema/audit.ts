import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Append-only audit trail (N2). A trigger in the migrations refuses UPDATE
 * and DELETE, so the application can only add rows.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorUsername: text("actor_username"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    /** The unit the change concerns, so a unit's own history can be shown to it. */
    unitId: uuid("unit_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
    requestId: text("request_id"),
    /**
     * The hash chain (issue #12 item 6, ADR 0007): set by the BEFORE INSERT trigger of migration
     * 0020, whatever the insert sends. hash = sha256(prev_hash || audit_event_canonical(row)).
     */
    chainSeq: bigint("chain_seq", { mode: "number" }).notNull().default(0),
    prevHash: text("prev_hash").notNull().default(""),
    hash: text("hash").notNull().default(""),
  },
  (t) => [
    uniqueIndex("audit_chain_seq_idx").on(t.chainSeq),
    index("audit_at_idx").on(t.at),
    index("audit_entity_idx").on(t.entityType, t.entityId),
    index("audit_actor_idx").on(t.actorId),
    index("audit_unit_idx").on(t.unitId, t.id),
  ],
);

/** The last link of the audit hash chain: one row, moved by the insert trigger only. */
export const auditChainHead = pgTable(
  "audit_chain_head",
  {
    id: boolean("id").primaryKey().notNull().default(true),
    seq: bigint("seq", { mode: "number" }).notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [check("audit_chain_head_one_row", sql`${t.id}`)],
);
