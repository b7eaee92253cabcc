/**
 * Hồ sơ sau Hội nghị (SPEC G1–G4, plan II.3.3). The checklist is plan data
 * (`dossier_requirements`, one row per kind of document); each unit's items point
 * to a stored file and go draft → submitted → accepted | returned. A per-nominee
 * requirement (báo cáo thành tích) has one item per person.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
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
import { files } from "./files.ts";
import { persons } from "./people.ts";
import { plans } from "./plans.ts";
import { units } from "./units.ts";

export const dossierRequirements = pgTable(
  "dossier_requirements",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    label: text("label").notNull(),
    perNominee: boolean("per_nominee").notNull().default(false),
    /** Items a unit must send for it: 1 for a document; for a per-nominee one, at least this many people. */
    minCount: integer("min_count").notNull().default(1),
    /** summary_report | delegate_list | submission | minutes — a draft the product can generate (G4). */
    generator: text("generator"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.code] }),
    check("dossier_requirements_min_count_valid", sql`${t.minCount} >= 0`),
    check(
      "dossier_requirements_generator_valid",
      sql`${t.generator} IS NULL OR ${t.generator} IN ('summary_report','delegate_list','submission','minutes')`,
    ),
  ],
);

export const dossierItems = pgTable(
  "dossier_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    requirementCode: text("requirement_code").notNull(),
    personId: uuid("person_id").references(() => persons.id),
    fileId: uuid("file_id").references(() => files.id),
    /** The file is a draft the product generated (G4), not yet replaced by the unit's own. */
    generated: boolean("generated").notNull().default(false),
    /** draft | submitted | accepted | returned */
    status: text("status").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewComment: text("review_comment"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "dossier_items_requirement_fk",
      columns: [t.planId, t.requirementCode],
      foreignColumns: [dossierRequirements.planId, dossierRequirements.code],
    }).onDelete("cascade"),
    uniqueIndex("dossier_items_slot_uq").on(
      t.planId,
      t.unitId,
      t.requirementCode,
      sql`coalesce(${t.personId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index("dossier_items_plan_status_idx").on(t.planId, t.status),
    check("dossier_items_status_valid", sql`${t.status} IN ('draft','submitted','accepted','returned')`),
  ],
);
