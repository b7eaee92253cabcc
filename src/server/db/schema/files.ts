import {
  customType,
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
import { plans } from "./plans.ts";
import { units } from "./units.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Everything uploaded is a File (G2): this row is its home (metadata); the content lives in
 * `file_chunks` (ADR 0008), still in the database, so the server stays stateless behind a load
 * balancer (O2) and backups hold it. `mime` is found from the content, never from the name.
 * Only linked files have a row here: an upload being written is a `staged_files` row.
 */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id").references(() => units.id),
    sha256: text("sha256").notNull(),
    originalName: text("original_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("files_unit_idx").on(t.unitId)],
);

/**
 * A file's content in pieces of at most 256 KB (ADR 0008), `seq` from 0. `file_id` is a linked
 * file's `files.id` or, while it is written, its `staged_files.id` (hence no foreign key).
 * Stored uncompressed out of line (STORAGE EXTERNAL, migration 0026): uploads are mostly
 * compressed already, and a range of a chunk is read without decompressing it.
 */
export const fileChunks = pgTable(
  "file_chunks",
  {
    fileId: uuid("file_id").notNull(),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ name: "file_chunks_pk", columns: [t.fileId, t.seq] })],
);

/**
 * An upload whose chunks are being written or written but not yet linked by the business
 * write (ADR 0008): visible nowhere; linking deletes this row and inserts the `files` row with
 * the same id in the business write's transaction. Rows older than an hour are removed with their
 * chunks (`cleanStagedFiles`).
 */
export const stagedFiles = pgTable("staged_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  stagedBy: uuid("staged_by").references(() => users.id),
  stagedAt: timestamp("staged_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Kế hoạch của đơn vị (C1): a file and/or a short form, submitted and reviewed. */
export const unitPlanSubmissions = pgTable(
  "unit_plan_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    fileId: uuid("file_id").references(() => files.id),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
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
  (t) => [uniqueIndex("unit_plan_plan_unit_uq").on(t.planId, t.unitId)],
);
