/**
 * The higher conference's seats (F1), versioned quota allocations of its exemplar seats
 * to the participating units (F2) and the plan's composition targets (F3). Nothing here
 * names a level: any conference that receives nominations has seats and allocations.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { QuotaBasis } from "../../../domain/quotas/schemas.ts";
import { users } from "./auth.ts";
import { conferences } from "./conferences.ts";
import { plans } from "./plans.ts";
import { units } from "./units.ts";

/** F1: total seats = exemplar seats + guest seats; no row yet means the plan's defaults. */
export const conferenceSeats = pgTable(
  "conference_seats",
  {
    conferenceId: uuid("conference_id")
      .primaryKey()
      .references(() => conferences.id, { onDelete: "cascade" }),
    total: integer("total").notNull(),
    exemplars: integer("exemplars").notNull(),
    guests: integer("guests").notNull(),
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("conference_seats_total_positive", sql`${t.total} > 0`),
    check("conference_seats_parts_nonneg", sql`${t.exemplars} >= 0 AND ${t.guests} >= 0`),
    check("conference_seats_parts_sum", sql`${t.exemplars} + ${t.guests} = ${t.total}`),
  ],
);

/** F2: one saved allocation (a version); the latest published one is each unit's quota. */
export const quotaAllocations = pgTable(
  "quota_allocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** The higher conference whose exemplar seats are allocated. */
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    versionNo: integer("version_no").notNull(),
    basis: text("basis").$type<QuotaBasis>().notNull(),
    total: integer("total").notNull(),
    minimum: integer("minimum").notNull().default(0),
    maximum: integer("maximum"),
    /** Typed weights of the "custom" basis, by unit id. */
    weights: jsonb("weights").$type<Record<string, number>>().notNull().default({}),
    /** Seats fixed by hand, by unit id. */
    overrides: jsonb("overrides").$type<Record<string, number>>().notNull().default({}),
    note: text("note"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("quota_allocations_conference_version_uq").on(t.conferenceId, t.versionNo),
    index("quota_allocations_published_idx").on(t.conferenceId, t.publishedAt),
    check(
      "quota_allocations_basis_valid",
      sql`${t.basis} IN ('workforce','population','honoured','equal','custom')`,
    ),
    check("quota_allocations_total_nonneg", sql`${t.total} >= 0`),
    check("quota_allocations_minimum_nonneg", sql`${t.minimum} >= 0`),
    check("quota_allocations_maximum_valid", sql`${t.maximum} IS NULL OR ${t.maximum} >= ${t.minimum}`),
    check("quota_allocations_published_pair", sql`(${t.publishedAt} IS NULL) = (${t.publishedBy} IS NULL)`),
  ],
);

/** One unit's line of an allocation: its weight, exact share and integer seats. */
export const quotaAllocationUnits = pgTable(
  "quota_allocation_units",
  {
    allocationId: uuid("allocation_id")
      .notNull()
      .references(() => quotaAllocations.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    weight: doublePrecision("weight").notNull(),
    /** The exact (fractional) share, as a decimal string. */
    exact: numeric("exact").notNull(),
    seats: integer("seats").notNull(),
    overridden: boolean("overridden").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.allocationId, t.unitId] }),
    index("quota_allocation_units_unit_idx").on(t.unitId),
    check("quota_allocation_units_seats_nonneg", sql`${t.seats} >= 0`),
  ],
);

/** F3: the plan's composition targets for the compiled list (src/domain/plan/composition-targets.ts). */
export const planCompositionTargets = pgTable("plan_composition_targets", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  targets: jsonb("targets").$type<Record<string, unknown>>().notNull().default({}),
  version: integer("version").notNull().default(1),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
