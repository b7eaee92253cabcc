/**
 * The dossier milestone's completions (SPEC G1–G4, plan II.3.3), as one SQL part of the
 * progress board's query. A unit's dossier is done on the Vietnamese day its last
 * required item was submitted. The dossier tables are not on this branch yet: until
 * they are connected here, no dossier is done and its cells are judged by date alone.
 * Columns, in order: unit_id, source, done_on, done_at, status, by_name, item_id.
 */
import { type SQL, sql } from "drizzle-orm";

export function dossierItems(_planId: string): SQL {
  return sql`select null::uuid, 'dossier'::text, null::date, null::timestamptz, null::text, null::text, null::text where false`;
}
