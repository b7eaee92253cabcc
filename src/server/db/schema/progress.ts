import { index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { units } from "./units.ts";

/**
 * K1: the office assigns units to Council members, who follow them on the progress
 * board (K2) and their home page. A unit may be followed by several members.
 */
export const councilAssignments = pgTable(
  "council_assignments",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    assignedBy: uuid("assigned_by").references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.unitId] }),
    index("council_assignments_unit_idx").on(t.unitId),
  ],
);
