/**
 * Movements, award forms, base salaries, award decisions and certificate layouts (SPEC H1, H2;
 * issue #14 items 1–3). Money is integer đồng; a form's multipliers are per mille of the base
 * salary (0,3 lần = 300) so no amount is ever computed in floating point.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
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
import { conferences } from "./conferences.ts";
import { files } from "./files.ts";
import { collectives, persons } from "./people.ts";
import { units } from "./units.ts";

/** Phong trào thi đua (H2): the plan's movements (II.1.2) as data. */
export const movements = pgTable("movements", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull(),
  active: boolean("active").notNull().default(true),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Hình thức khen thưởng / danh hiệu thi đua with its money (NĐ 98/2023/NĐ-CP Điều 73, 75). */
export const awardForms = pgTable(
  "award_forms",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    /** title: danh hiệu thi đua; award: hình thức khen thưởng. */
    kind: text("kind").notNull(),
    /** Which pre-printed blank it is printed on. */
    certificate: text("certificate").notNull(),
    /** Per mille of the base salary for an individual; null when not given to individuals. */
    individualPerMille: integer("individual_per_mille"),
    collectivePerMille: integer("collective_per_mille"),
    legalBasis: text("legal_basis"),
    sortOrder: integer("sort_order").notNull(),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("award_forms_kind_valid", sql`${t.kind} IN ('title','award')`),
    check("award_forms_certificate_valid", sql`${t.certificate} IN ('giay_khen','bang_khen')`),
    check(
      "award_forms_someone",
      sql`${t.individualPerMille} IS NOT NULL OR ${t.collectivePerMille} IS NOT NULL`,
    ),
    check(
      "award_forms_per_mille_range",
      sql`(${t.individualPerMille} IS NULL OR ${t.individualPerMille} BETWEEN 1 AND 100000) AND (${t.collectivePerMille} IS NULL OR ${t.collectivePerMille} BETWEEN 1 AND 100000)`,
    ),
  ],
);

/** Lương cơ sở as dated data: the value in force on a day is the latest `effectiveFrom` ≤ that day. */
export const baseSalaries = pgTable(
  "base_salaries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    amount: integer("amount").notNull(),
    legalBasis: text("legal_basis").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("base_salaries_from_uq").on(t.effectiveFrom),
    check("base_salaries_amount_positive", sql`${t.amount} > 0`),
  ],
);

/** Quyết định khen thưởng at a conference (H1). `baseSalary` is the one in force on `date`. */
export const awardDecisions = pgTable(
  "award_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references(() => conferences.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    number: text("number").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    issuer: text("issuer").notNull(),
    signerTitle: text("signer_title").notNull(),
    signerName: text("signer_name").notNull(),
    formCode: text("form_code")
      .notNull()
      .references(() => awardForms.code),
    movementCode: text("movement_code").references(() => movements.code),
    fundingSource: text("funding_source").notNull(),
    baseSalary: integer("base_salary").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("award_decisions_conference_idx").on(t.conferenceId),
    index("award_decisions_movement_idx").on(t.movementCode),
    uniqueIndex("award_decisions_conference_number_uq").on(t.conferenceId, t.number),
  ],
);

/** A person or a collective named in a decision, with the money computed on save. */
export const awardRecipients = pgTable(
  "award_recipients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => awardDecisions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    personId: uuid("person_id").references(() => persons.id),
    collectiveId: uuid("collective_id").references(() => collectives.id),
    achievement: text("achievement"),
    perMille: integer("per_mille").notNull(),
    /** Integer đồng, rounded up to the next 10,000 đ. */
    amount: integer("amount").notNull(),
    /** Số vào sổ khen thưởng, printed on the certificate. */
    registerNumber: text("register_number"),
  },
  (t) => [
    index("award_recipients_decision_idx").on(t.decisionId),
    uniqueIndex("award_recipients_person_uq").on(t.decisionId, t.personId),
    uniqueIndex("award_recipients_collective_uq").on(t.decisionId, t.collectiveId),
    check("award_recipients_one_subject", sql`(${t.personId} IS NULL) <> (${t.collectiveId} IS NULL)`),
    check("award_recipients_amount_nonnegative", sql`${t.amount} >= 0`),
  ],
);

import type { FieldPosition as CertificateFieldPosition } from "../../../domain/certificates.ts";

/** Where each field goes on a unit's pre-printed blank (issue #14 item 3). */
export const certificateLayouts = pgTable(
  "certificate_layouts",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    certificate: text("certificate").notNull(),
    widthMm: integer("width_mm").notNull(),
    heightMm: integer("height_mm").notNull(),
    fields: jsonb("fields").$type<CertificateFieldPosition[]>().notNull().default([]),
    backgroundFileId: uuid("background_file_id").references(() => files.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.certificate] }),
    check("certificate_layouts_certificate_valid", sql`${t.certificate} IN ('giay_khen','bang_khen')`),
    check(
      "certificate_layouts_size_range",
      sql`${t.widthMm} BETWEEN 50 AND 1000 AND ${t.heightMm} BETWEEN 50 AND 1000`,
    ),
  ],
);
