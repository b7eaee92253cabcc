/**
 * The one definition of a complete dossier (SPEC G3, plan II.3.3), as a SQL fragment shared
 * by the dossier overview (`completionRows`) and the progress board (K2): every participant ×
 * checklist line; a line needs one item, a per-nominee line max(min_count, people added);
 * "sent" counts submitted or accepted items up to what is needed; completed at = the last
 * sending, once everything is sent. One aggregate, no per-unit queries.
 * Columns: unit_id, required, submitted, accepted, returned, awaiting, completed_at.
 */
import { type SQL, sql } from "drizzle-orm";

/** `unitIds`, when given, is a subquery of unit ids that limits the aggregate (a board page, a scope). */
export function dossierCompletionSql(planId: string, unitIds?: SQL): SQL {
  const inUnits = (col: SQL) => (unitIds ? sql`and ${col} in (${unitIds})` : sql``);
  return sql`
    with slots as (
      select i.unit_id, i.requirement_code,
        count(*)::int as added,
        (count(*) filter (where i.status in ('submitted','accepted')))::int as sent,
        (count(*) filter (where i.status = 'accepted'))::int as accepted,
        (count(*) filter (where i.status = 'returned'))::int as returned,
        (count(*) filter (where i.status = 'submitted'))::int as awaiting,
        max(i.submitted_at) filter (where i.status in ('submitted','accepted')) as last_sent
      from dossier_items i
      where i.plan_id = ${planId}::uuid ${inUnits(sql`i.unit_id`)}
      group by i.unit_id, i.requirement_code
    ), lines as (
      select p.unit_id,
        case when r.per_nominee then greatest(r.min_count, coalesce(s.added, 0)) else 1 end as required,
        coalesce(s.sent, 0) as sent, coalesce(s.accepted, 0) as accepted,
        coalesce(s.returned, 0) as returned, coalesce(s.awaiting, 0) as awaiting, s.last_sent
      from plan_participants p
      cross join dossier_requirements r
      left join slots s on s.unit_id = p.unit_id and s.requirement_code = r.code
      where p.plan_id = ${planId}::uuid and r.plan_id = ${planId}::uuid ${inUnits(sql`p.unit_id`)}
    )
    select unit_id,
      sum(required)::int as required,
      sum(least(sent, required))::int as submitted,
      sum(accepted)::int as accepted,
      sum(returned)::int as returned,
      sum(awaiting)::int as awaiting,
      case when bool_and(sent >= required) then max(last_sent) end as completed_at
    from lines
    group by unit_id`;
}
