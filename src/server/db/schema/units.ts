import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { PERSON_SORT_FROM, PERSON_SORT_TO } from "./sort-letters.ts";

/** Kinds of unit are data (M1): the office extends them, no code branches on levels. */
export const unitKinds = pgTable("unit_kinds", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(100),
  /** Enterprises: the workforce decides plenary vs delegate conference (D3). */
  hasWorkforce: boolean("has_workforce").notNull().default(false),
  /** Administrative areas (tỉnh, xã, phường…): population applies. */
  isArea: boolean("is_area").notNull().default(false),
  active: boolean("active").notNull().default(true),
});

/** Cụm thi đua (emulation cluster), B1. */
export const clusters = pgTable("clusters", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  note: text("note"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parentId: uuid("parent_id").references((): AnyPgColumn => units.id),
    /** Short ascii code, unique; demo user names derive from it. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    /** Diacritic-free search key (E5). */
    searchKey: text("search_key").notNull(),
    /** The name's letters in Vietnamese alphabet order, byte-ordered (migration 0022): lists sort by it. */
    sortKey: text("sort_key").generatedAlwaysAs(
      sql.raw(`translate("name", '${PERSON_SORT_FROM}', '${PERSON_SORT_TO}')`),
    ),
    kindCode: text("kind_code")
      .notNull()
      .references(() => unitKinds.code),
    workforce: integer("workforce"),
    population: integer("population"),
    clusterId: uuid("cluster_id").references(() => clusters.id),
    address: text("address"),
    /** Values invented for the demo are marked so the UI can say so. */
    isDemo: boolean("is_demo").notNull().default(false),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("units_parent_idx").on(t.parentId),
    index("units_kind_idx").on(t.kindCode),
    index("units_search_trgm_idx").using("gin", t.searchKey.op("gin_trgm_ops")),
    index("units_sort_idx").on(t.sortKey, t.id),
    check("units_workforce_nonneg", sql`${t.workforce} IS NULL OR ${t.workforce} >= 0`),
    check("units_population_nonneg", sql`${t.population} IS NULL OR ${t.population} >= 0`),
    check("units_not_own_parent", sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);
