/**
 * The conference list's error and warning counts (issue #11 item 5; D9). The rules engine stays
 * their only home: counts are what `checkConference` finds in the final check (as a submission
 * is checked), stored on the conference (migration 0027) the first time it is listed after a
 * change. The database sets them back to NULL whenever something the rules read changes (the
 * conference's fields, delegates, presidium, agenda, a delegate's person, the unit, the plan's
 * rules or milestones), so a stored count is never older than its inputs.
 *
 * Counts of the final check do not depend on the day: a conference without a date is one error
 * before its deadline (D2_DATE_MISSING) and one after it (D2_OVERDUE_NO_DATE).
 */
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { conferences } from "../../db/schema/index.ts";
import { type ConferenceRow, listConferenceRows } from "./queries.ts";
import { loadBundles } from "./rule-input.ts";
import { count } from "./view.ts";

export type RuleCounts = { errorCount: number; warningCount: number };

/** Counts of the final check, run now (the reference the stored counts must equal). */
export async function freshRuleCounts(
  db: Db,
  rows: ConferenceRow[],
  today: string,
): Promise<Map<string, RuleCounts>> {
  const bundles = await loadBundles(db, rows, { today, phase: "final" });
  return new Map(
    bundles.map((b) => [
      b.row.id,
      { errorCount: count(b.violations, "error"), warningCount: count(b.violations, "warning") },
    ]),
  );
}

/**
 * Counts the conferences of `ids` whose counts are unknown and stores them. The rows are locked
 * first (rows another transaction is writing are skipped, never waited for): a change that commits
 * after the lock forgets the stored counts again, one that committed before it is read here.
 */
export async function storeRuleCounts(
  db: Db,
  ids: string[],
  today: string,
): Promise<Map<string, RuleCounts>> {
  if (ids.length === 0) return new Map();
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: conferences.id })
      .from(conferences)
      .where(sql`${inArray(conferences.id, ids)} and ${conferences.ruleErrors} is null`)
      .orderBy(conferences.id)
      .for("update", { skipLocked: true });
    const rows = await listConferenceRows(tx, { ids: locked.map((r) => r.id) });
    const counts = await freshRuleCounts(tx, rows, today);
    if (counts.size > 0) {
      const values = [...counts].map(
        ([id, c]) => sql`(${id}::uuid, ${c.errorCount}::int, ${c.warningCount}::int)`,
      );
      await tx.execute(sql`
        update conferences c set rule_errors = v.e, rule_warnings = v.w
        from (values ${sql.join(values, sql`, `)}) as v(id, e, w)
        where c.id = v.id`);
    }
    return counts;
  });
}

/**
 * The counts of the page's conferences: stored ones as they are; unknown ones counted (and
 * stored); those a writer holds right now counted without storing.
 */
export async function ruleCountsFor(
  db: Db,
  rows: ConferenceRow[],
  today: string,
): Promise<Map<string, RuleCounts>> {
  const out = new Map<string, RuleCounts>();
  const unknown: ConferenceRow[] = [];
  for (const r of rows) {
    if (r.ruleErrors !== null && r.ruleWarnings !== null) {
      out.set(r.id, { errorCount: r.ruleErrors, warningCount: r.ruleWarnings });
    } else unknown.push(r);
  }
  if (unknown.length === 0) return out;
  const stored = await storeRuleCounts(
    db,
    unknown.map((r) => r.id),
    today,
  );
  for (const [id, c] of stored) out.set(id, c);
  const busy = unknown.filter((r) => !stored.has(r.id));
  if (busy.length > 0) for (const [id, c] of await freshRuleCounts(db, busy, today)) out.set(id, c);
  return out;
}

/** Fills every unknown count, `batch` conferences at a time (the national generator); returns how many. */
export async function storeAllRuleCounts(db: Db, today: string, batch = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const next = await db
      .select({ id: conferences.id })
      .from(conferences)
      .where(sql`${conferences.ruleErrors} is null`)
      .limit(batch);
    if (next.length === 0) return done;
    const stored = await storeRuleCounts(
      db,
      next.map((r) => r.id),
      today,
    );
    if (stored.size === 0) return done;
    done += stored.size;
  }
}
