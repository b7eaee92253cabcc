/** Unit document settings (SPEC L1): one row per unit once the unit or the office saved them. */
import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { units } from "./units.ts";

export const unitDocumentSettings = pgTable(
  "unit_document_settings",
  {
    unitId: uuid("unit_id")
      .primaryKey()
      .references(() => units.id, { onDelete: "cascade" }),
    issuingBody: text("issuing_body").notNull(),
    parentBody: text("parent_body"),
    place: text("place").notNull(),
    symbol: text("symbol").notNull(),
    signerPrefix: text("signer_prefix"),
    signerOnBehalfOf: text("signer_on_behalf_of"),
    signerTitle: text("signer_title").notNull(),
    signerName: text("signer_name"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "unit_document_settings_prefix_valid",
      sql`${t.signerPrefix} IS NULL OR ${t.signerPrefix} IN ('TM.','KT.','Q.','TL.','TUQ.')`,
    ),
  ],
);
