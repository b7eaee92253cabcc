import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { units } from "./units.ts";

export type LegalBasis = {
  code: string;
  title: string;
  issuedOn?: string;
  issuer?: string;
  version?: string;
};

/** Kế hoạch (A1, A2). `rules` is one validated JSON document (src/domain/plan). */
export const plans = pgTable("plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  issuingUnitId: uuid("issuing_unit_id").references(() => units.id),
  issuingBody: text("issuing_body").notNull(),
  parentBody: text("parent_body"),
  numberSymbol: text("number_symbol").notNull(),
  issuedOn: date("issued_on", { mode: "string" }),
  place: text("place").notNull(),
  title: text("title").notNull(),
  signerName: text("signer_name").notNull(),
  signerTitle: text("signer_title").notNull(),
  legalBases: jsonb("legal_bases").$type<LegalBasis[]>().notNull().default([]),
  purposes: jsonb("purposes").$type<string[]>().notNull().default([]),
  targetCongress: text("target_congress"),
  recipients: jsonb("recipients").$type<string[]>().notNull().default([]),
  rules: jsonb("rules").$type<Record<string, unknown>>().notNull().default({}),
  status: text("status").notNull().default("draft"),
  /** When the plan was last closed (null while open); personal data retention counts from it (issue #12 item 8). */
  closedAt: timestamp("closed_at", { withTimezone: true }),
  /** This plan's own retention in days, instead of PERSONAL_DATA_RETENTION_DAYS (migration 0025). */
  personalDataRetentionDays: integer("personal_data_retention_days"),
  /** When to remind (K4): src/domain/reminders.ts, kept apart from `rules`. */
  reminderPolicy: jsonb("reminder_policy")
    .$type<Record<string, unknown>>()
    .notNull()
    .default({ beforeDays: [7, 1], onOverdue: true, overdueEveryDays: 7 }),
  isTemplate: boolean("is_template").notNull().default(false),
  templateId: uuid("template_id"),
  /** The seed's running plan: its figures are demo data, re-dated around the seed's day (issue #8). */
  isDemo: boolean("is_demo").notNull().default(false),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Mốc thời gian (A3): unit_plan, pilot_conference, unit_conference, dossier, town_conference… */
export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    label: text("label").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** all | pilot | ordinary | office */
    appliesTo: text("applies_to").notNull().default("all"),
    section: text("section"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("milestones_plan_idx").on(t.planId)],
);

/** A unit taking part in a plan; pilot is a property of taking part (B2). */
export const planParticipants = pgTable(
  "plan_participants",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    role: text("role").notNull().default("ordinary"),
    /** Invitees of a pilot conference (II.2.3.3), as written in the plan. */
    invitees: jsonb("invitees").$type<string[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.planId, t.unitId] })],
);
