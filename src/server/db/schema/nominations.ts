/**
 * Nominations to a higher conference (SPEC F4, F5; issue #9 items 4–7): each unit's
 * ordered nominations, the compiled list the office sends to the chairman, its guests,
 * and the packages imported from the level below (checksum: a second import adds nobody).
 * "Higher conference" is data (the plan's conference that receives nominations), never a level name.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { conferences } from "./conferences.ts";
import { persons } from "./people.ts";
import { units } from "./units.ts";

/** One unit's nominations to one conference: draft → submitted → accepted | returned. */
export const nominations = pgTable(
  "nominations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    status: text("status").notNull().default("draft"),
    /** unit: typed by the unit; package: imported from the level below (F5). */
    source: text("source").notNull().default("unit"),
    reviewComment: text("review_comment"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("nominations_conference_unit_uq").on(t.conferenceId, t.unitId),
    index("nominations_unit_idx").on(t.unitId),
    check("nominations_status_valid", sql`${t.status} IN ('draft','submitted','returned','accepted')`),
    check("nominations_source_valid", sql`${t.source} IN ('unit','package')`),
  ],
);

export const nominationEntries = pgTable(
  "nomination_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    nominationId: uuid("nomination_id")
      .notNull()
      .references(() => nominations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    order: integer("order").notNull(),
    achievement: text("achievement").notNull(),
    /** The emulation movement the person stands for (later; nullable). */
    movementCode: text("movement_code"),
  },
  (t) => [
    uniqueIndex("nomination_entries_person_uq").on(t.nominationId, t.personId),
    index("nomination_entries_person_idx").on(t.personId),
    check("nomination_entries_order_positive", sql`${t.order} >= 1`),
  ],
);

/** The compiled list of a conference: draft → sent → approved | returned. */
export const nominationLists = pgTable(
  "nomination_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    status: text("status").notNull().default("draft"),
    decisionComment: text("decision_comment"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("nomination_lists_conference_uq").on(t.conferenceId),
    check("nomination_lists_status_valid", sql`${t.status} IN ('draft','sent','approved','returned')`),
  ],
);

export const nominationListGuests = pgTable(
  "nomination_list_guests",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => nominationLists.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    order: integer("order").notNull(),
  },
  (t) => [primaryKey({ name: "nomination_list_guests_pk", columns: [t.listId, t.personId] })],
);

export const nominationPackages = pgTable(
  "nomination_packages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    nominationId: uuid("nomination_id")
      .notNull()
      .references(() => nominations.id, { onDelete: "cascade" }),
    packageId: text("package_id").notNull(),
    checksum: text("checksum").notNull(),
    formatVersion: integer("format_version").notNull(),
    people: integer("people").notNull(),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("nomination_packages_checksum_uq").on(t.conferenceId, t.checksum)],
);
