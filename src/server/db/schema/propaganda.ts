/**
 * Propaganda (SPEC J1, plan II.1.1, III.3): tasks given to the culture office, the
 * radio–TV station, the culture centre and each commune's radio, and the log of items
 * each unit ran (article, broadcast, "người tốt, việc tốt" column, banner, post).
 */
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth.ts";
import { files } from "./files.ts";
import { units } from "./units.ts";

export const propagandaTasks = pgTable(
  "propaganda_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    title: text("title").notNull(),
    detail: text("detail").notNull().default(""),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status").notNull().default("open"),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("propaganda_tasks_unit_due_idx").on(t.unitId, t.dueDate),
    index("propaganda_tasks_status_due_idx").on(t.status, t.dueDate),
    check("propaganda_tasks_status_valid", sql`${t.status} IN ('open','in_progress','done')`),
  ],
);

export const propagandaItems = pgTable(
  "propaganda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    taskId: uuid("task_id").references(() => propagandaTasks.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    channel: text("channel").notNull(),
    title: text("title").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    durationMinutes: integer("duration_minutes"),
    length: text("length"),
    featured: text("featured").notNull().default(""),
    link: text("link"),
    fileId: uuid("file_id").references(() => files.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("propaganda_items_date_idx").on(t.date),
    index("propaganda_items_unit_date_idx").on(t.unitId, t.date),
    check(
      "propaganda_items_kind_valid",
      sql`${t.kind} IN ('article','broadcast','good_deeds','banner','post')`,
    ),
    check(
      "propaganda_items_channel_valid",
      sql`${t.channel} IN ('radio','television','website','social','print','outdoor')`,
    ),
    check("propaganda_items_source", sql`${t.link} IS NOT NULL OR ${t.fileId} IS NOT NULL`),
  ],
);
