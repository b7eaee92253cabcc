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
import { persons } from "./people.ts";

/**
 * E6: a pair of people the office judged "not the same person" although they
 * share the duplicate key (same folded name, birth year and gender on two units'
 * lists). The pair is stored ordered (person_a_id < person_b_id), so (a, b) and
 * (b, a) are the same row; the unique index is the pair key.
 */
export const personDuplicateDismissals = pgTable(
  "person_duplicate_dismissals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personAId: uuid("person_a_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    personBId: uuid("person_b_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("person_duplicate_dismissals_pair_uq").on(t.personAId, t.personBId),
    check("person_duplicate_dismissals_ordered", sql`${t.personAId} < ${t.personBId}`),
  ],
);

/**
 * E6 at national scale (issue #11 item 5, migration 0027): one row per identity key held by people
 * (with a birth year) of two units or more — cross-unit pairs, dismissed pairs, first order key.
 * Written only by the database's triggers on persons and dismissals (`person_duplicate_keys_computed`
 * is the one definition); the duplicates page reads a range of the open keys' index.
 */
export const personDuplicateKeys = pgTable(
  "person_duplicate_keys",
  {
    identityKey: text("identity_key").primaryKey(),
    people: integer("people").notNull(),
    units: integer("units").notNull(),
    pairs: bigint("pairs", { mode: "number" }).notNull(),
    dismissed: bigint("dismissed", { mode: "number" }).notNull(),
    sortKey: text("sort_key").notNull(),
  },
  (t) => [
    index("person_duplicate_keys_open_idx")
      .on(sql`${t.sortKey} collate "C"`, sql`${t.identityKey} collate "C"`)
      .where(sql`${t.pairs} > ${t.dismissed}`),
  ],
);
