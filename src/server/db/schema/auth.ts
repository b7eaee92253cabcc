import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { units } from "./units.ts";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull().unique(),
    fullName: text("full_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").notNull(),
    /** The unit the user acts for (unit role: the only unit it may touch). */
    unitId: uuid("unit_id").references(() => units.id),
    active: boolean("active").notNull().default(true),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** Where reminders are e-mailed (K4); optional. */
    email: text("email"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("users_role_valid", sql`${t.role} IN ('office','council','chairman','unit','culture','finance')`),
    check("users_unit_role_has_unit", sql`${t.role} <> 'unit' OR ${t.unitId} IS NOT NULL`),
  ],
);

/** Server-side sessions (N1). The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** Right password, second factor still awaited (issue #12 item 3): only the code step answers. */
    mfaPending: boolean("mfa_pending").notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Sign-in back-off (issue #12 item 1): one row per key — an account at one address,
 * an address across accounts, an account everywhere — counting failures in a row.
 * A lock here is always temporary; a stranger can never lock an account for good.
 */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    key: text("key").primaryKey(),
    /** The account the key is about (null for an address key): lets the office lift it. */
    username: text("username"),
    failures: integer("failures").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("login_throttles_username_idx").on(t.username)],
);
