import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { collectives, persons } from "./people.ts";
import { plans } from "./plans.ts";
import { units } from "./units.ts";

/**
 * Hội nghị (D1–D8). kind: unit | pilot | town. Violations are computed, never stored; only their
 * counts in the final check are kept for the list (`rule_errors`, `rule_warnings`, migration 0027:
 * NULL until the app counts them, set back to NULL by triggers when anything the rules read changes).
 */
export const conferences = pgTable(
  "conferences",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind").notNull(),
    form: text("form"),
    title: text("title"),
    date: date("date", { mode: "string" }),
    startTime: text("start_time"),
    endTime: text("end_time"),
    venue: text("venue"),
    budgetSource: text("budget_source"),
    /** Invitee groups (II.2.3.3), for pilot conferences. */
    invitees: jsonb("invitees").$type<string[]>().notNull().default([]),
    /** draft → submitted → approved | returned → held → closed (reopen goes back to draft). */
    status: text("status").notNull().default("draft"),
    reviewComment: text("review_comment"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    heldAt: timestamp("held_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    reopenReason: text("reopen_reason"),
    ruleErrors: integer("rule_errors"),
    ruleWarnings: integer("rule_warnings"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conferences_plan_unit_kind_uq").on(t.planId, t.unitId, t.kind),
    index("conferences_unit_idx").on(t.unitId),
    check("conferences_kind_valid", sql`${t.kind} IN ('unit','pilot','town')`),
    check(
      "conferences_status_valid",
      sql`${t.status} IN ('draft','submitted','approved','returned','held','closed')`,
    ),
  ],
);

/** Đại biểu (E2): a person or a collective at a conference. */
export const delegates = pgTable(
  "delegates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => persons.id),
    collectiveId: uuid("collective_id").references(() => collectives.id),
    role: text("role").notNull().default("exemplar"),
    status: text("status").notNull().default("invited"),
    seat: text("seat"),
    badgeCode: text("badge_code"),
    note: text("note"),
    /** The movement (H2) the exemplar stands for; FK to movements(code) in migration 0017 (declared there to avoid an import circle). */
    movementCode: text("movement_code"),
    /** The unit that nominated this exemplar to a higher conference (F4). */
    nominatedByUnitId: uuid("nominated_by_unit_id").references(() => units.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("delegates_conference_idx").on(t.conferenceId),
    index("delegates_person_idx").on(t.personId),
    uniqueIndex("delegates_conference_person_uq").on(t.conferenceId, t.personId),
    check("delegates_one_subject", sql`(${t.personId} IS NULL) <> (${t.collectiveId} IS NULL)`),
    check("delegates_role_valid", sql`${t.role} IN ('exemplar','guest')`),
    check("delegates_status_valid", sql`${t.status} IN ('invited','confirmed','attended')`),
  ],
);

/** Chủ tọa (D6): picked from the conference's delegates. */
export const presidiumMembers = pgTable(
  "presidium_members",
  {
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => delegates.id, { onDelete: "cascade" }),
    order: integer("order").notNull(),
    titleShown: text("title_shown"),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.delegateId] })],
);

export type AgendaMedia = { kind: "link" | "file"; label: string; url?: string; fileId?: string };

/** Chương trình (D7): the nine core items, reorderable and extendable. */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    order: integer("order").notNull(),
    coreCode: text("core_code"),
    title: text("title").notNull(),
    presenter: text("presenter"),
    durationMinutes: integer("duration_minutes"),
    minutes: text("minutes"),
    media: jsonb("media").$type<AgendaMedia[]>().notNull().default([]),
  },
  (t) => [index("agenda_conference_idx").on(t.conferenceId)],
);
