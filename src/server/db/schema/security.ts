/**
 * Second factor (issue #12 item 3) and the security log (issue #12 item 7).
 * Migration: 0019_mfa_security_events.sql.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";

/** A user's TOTP: the secret AES-256-GCM encrypted (MFA_ENCRYPTION_KEY); the last accepted time step. */
export const userMfa = pgTable(
  "user_mfa",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The confirmed secret (null until enrolment is confirmed). */
    secretEnc: text("secret_enc"),
    /** A secret shown by an enrolment not yet confirmed with a code. */
    pendingSecretEnc: text("pending_secret_enc"),
    enabledAt: timestamp("enabled_at", { withTimezone: true }),
    /** Each code is accepted once: a code of this time step or an earlier one is refused. */
    lastTimeStep: bigint("last_time_step", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("user_mfa_enabled_has_secret", sql`${t.enabledAt} IS NULL OR ${t.secretEnc} IS NOT NULL`)],
);

/** Recovery codes: a peppered HMAC of each, usable once (`usedAt`). */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("mfa_recovery_codes_user_hash_idx").on(t.userId, t.codeHash)],
);

/** Denied and failed attempts (kinds in `src/domain/security-events.ts`); not the change audit. */
export const securityEvents = pgTable(
  "security_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The signed-in user's name, or the name tried at sign-in (also unknown ones). */
    username: text("username"),
    ip: text("ip"),
    method: text("method").notNull(),
    route: text("route").notNull(),
    status: integer("status").notNull(),
    code: text("code"),
  },
  (t) => [
    index("security_events_occurred_at_idx").on(t.occurredAt),
    index("security_events_user_idx").on(t.userId, t.occurredAt),
    index("security_events_ip_idx").on(t.ip, t.occurredAt),
  ],
);
