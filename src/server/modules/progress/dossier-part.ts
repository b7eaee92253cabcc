/**
 * The dossier milestone's completions (SPEC G1–G4, plan II.3.3), as one SQL part of the
 * progress board's query. A unit's dossier is done on the Vietnamese day its last required
 * item was submitted — the dossiers module's one definition (`dossierCompletionSql`), so the
 * board and the dossier overview always agree. The item is the unit's dossier (its id).
 * Columns, in order: unit_id, source, done_on, done_at, status, by_name, item_id.
 * `status` is the dossier's state: complete | partial | missing.
 */
import { type SQL, sql } from "drizzle-orm";
import { dossierCompletionSql } from "../dossiers/index.ts";

const TZ = "Asia/Ho_Chi_Minh";

/** `unitIds` limits the aggregate to the board's scoped units. */
export function dossierItems(planId: string, unitIds: SQL): SQL {
  return sql`select d.unit_id, 'dossier'::text,
      (d.completed_at at time zone ${TZ})::date, d.completed_at,
      case when d.completed_at is not null then 'complete' when d.submitted > 0 then 'partial' else 'missing' end,
      null::text, d.unit_id::text
    from (${dossierCompletionSql(planId, unitIds)}) d`;
}
