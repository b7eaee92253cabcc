/**
 * A conference's budget (SPEC I1, plan III.4): one per conference, its lines in integer
 * đồng (quantity × unit price estimated, the actual spent and its receipt), and its
 * steps draft → in_review → awaiting_approval → approved → settled (returned goes back).
 * The award money line is not stored: it is the total of the conference's decisions.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
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
import { conferences } from "./conferences.ts";
import { files } from "./files.ts";
import { units } from "./units.ts";

export const budgets = pgTable(
  "budgets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    status: text("status").notNull().default("draft"),
    venueClass: text("venue_class").notNull(),
    province: text("province"),
    reviewComment: text("review_comment"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: uuid("approved_by").references(() => users.id),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    settledBy: uuid("settled_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("budgets_conference_uq").on(t.conferenceId),
    index("budgets_status_idx").on(t.status),
    check(
      "budgets_status_valid",
      sql`${t.status} IN ('draft','in_review','awaiting_approval','returned','approved','settled')`,
    ),
    check("budgets_venue_class_valid", sql`${t.venueClass} IN ('central_city','provincial','commune')`),
  ],
);

export const budgetLines = pgTable(
  "budget_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    budgetId: uuid("budget_id")
      .notNull()
      .references(() => budgets.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull(),
    category: text("category").notNull(),
    label: text("label").notNull(),
    quantity: integer("quantity").notNull(),
    unit: text("unit").notNull().default(""),
    unitPrice: bigint("unit_price", { mode: "number" }).notNull(),
    actual: bigint("actual", { mode: "number" }),
    receiptFileId: uuid("receipt_file_id").references(() => files.id),
  },
  (t) => [
    index("budget_lines_budget_idx").on(t.budgetId, t.sortOrder),
    check(
      "budget_lines_category_valid",
      sql`${t.category} IN ('hall','decoration','documents','tea','meals','meals_catered','lodging','travel','other')`,
    ),
    check(
      "budget_lines_amounts_valid",
      sql`${t.quantity} >= 0 AND ${t.unitPrice} >= 0 AND (${t.actual} IS NULL OR ${t.actual} >= 0)`,
    ),
  ],
);
