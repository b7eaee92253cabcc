/**
 * Personal data retention (issue #12 item 8; NĐ 13/2023, Luật Bảo vệ dữ liệu cá nhân 2025):
 * PERSONAL_DATA_RETENTION_DAYS after a plan closed (or the plan's own number of days), the people
 * of that plan are anonymised — but only people whose every plan is closed and past its deadline;
 * a person still on an open plan (or one never put on any plan) is untouched.
 *
 * What goes: the name (→ "Đã ẩn danh"), birth date and year, position and workplace, titles,
 * achievement texts (person, nomination entry, award recipient), delegate notes, and dossier files
 * attached to those people only. What stays, so reports count the same: the person row itself
 * (unit, gender, categories, emulation level, economic sector) and the ethnicity reduced to its
 * group — Kinh stays "01", any other group becomes ANONYMISED_MINORITY_CODE, which the rules
 * count as an ethnic minority.
 *
 * Idempotent: a person is anonymised once (`anonymised_at`). One audit row per run that changed
 * something, with counts only.
 */
import { and, inArray, isNull, sql } from "drizzle-orm";
import { ANONYMISED_MINORITY_CODE, KINH_CODE } from "../../../domain/people/ethnicities.ts";
import { personIdentityKey, personSearchKey } from "../../../domain/persons.ts";
import type { Db } from "../../db/client.ts";
import {
  awardRecipients,
  delegates,
  dossierItems,
  nominationEntries,
  persons,
} from "../../db/schema/index.ts";
import type { JobContext } from "../../jobs.ts";
import { recordAudit } from "../audit/index.ts";

export const ANONYMISED_NAME = "Đã ẩn danh";

export type RetentionResult = { people: number; files: number; plans: number };

type Rows<T> = { rows: T[] };
const rowsOf = <T>(r: unknown) => (r as Rows<T>).rows;

/**
 * The people to anonymise at `now`: linked to at least one plan (as a delegate, a nomination,
 * a guest of a compiled list, an award recipient or a dossier item) and every such plan closed
 * at least its retention days ago.
 */
export async function peopleDue(
  db: Db,
  now: Date,
  defaultDays: number,
): Promise<{ personIds: string[]; planIds: string[] }> {
  const rows = rowsOf<{ person_id: string; plan_ids: string[] }>(
    await db.execute(sql`
      WITH links AS (
        SELECT d.person_id, c.plan_id FROM delegates d JOIN conferences c ON c.id = d.conference_id
          WHERE d.person_id IS NOT NULL
        UNION SELECT di.person_id, di.plan_id FROM dossier_items di WHERE di.person_id IS NOT NULL
        UNION SELECT e.person_id, c.plan_id FROM nomination_entries e
          JOIN nominations n ON n.id = e.nomination_id JOIN conferences c ON c.id = n.conference_id
        UNION SELECT g.person_id, c.plan_id FROM nomination_list_guests g
          JOIN nomination_lists l ON l.id = g.list_id JOIN conferences c ON c.id = l.conference_id
        UNION SELECT r.person_id, c.plan_id FROM award_recipients r
          JOIN award_decisions a ON a.id = r.decision_id JOIN conferences c ON c.id = a.conference_id
          WHERE r.person_id IS NOT NULL
      )
      SELECT l.person_id, array_agg(DISTINCT l.plan_id::text) AS plan_ids
      FROM links l
      JOIN plans p ON p.id = l.plan_id
      JOIN persons pe ON pe.id = l.person_id
      WHERE pe.anonymised_at IS NULL
      GROUP BY l.person_id
      HAVING bool_and(
        p.status = 'closed' AND p.closed_at IS NOT NULL
        AND p.closed_at + make_interval(days => coalesce(p.personal_data_retention_days, ${defaultDays}::int))
          <= ${now.toISOString()}::timestamptz
      )`),
  );
  return {
    personIds: rows.map((r) => r.person_id),
    planIds: [...new Set(rows.flatMap((r) => r.plan_ids))],
  };
}

const EMPTY_NAME = { fullName: ANONYMISED_NAME, position: null, workplace: null };

/** Anonymises the given people in the caller's transaction; returns how many rows and files changed. */
async function anonymise(tx: Db, ids: string[], now: Date): Promise<{ people: number; files: number }> {
  // Files first: a dossier file attached to one of these people only, and used nowhere else.
  const attached = await tx
    .select({ fileId: dossierItems.fileId })
    .from(dossierItems)
    .where(and(inArray(dossierItems.personId, ids), sql`${dossierItems.fileId} IS NOT NULL`));
  const fileIds = [...new Set(attached.map((r) => r.fileId!))];
  await tx
    .update(dossierItems)
    .set({ fileId: null, updatedAt: now, version: sql`${dossierItems.version} + 1` })
    .where(inArray(dossierItems.personId, ids));
  let files = 0;
  if (fileIds.length > 0) {
    const removed = rowsOf<{ id: string }>(
      await tx.execute(sql`
        DELETE FROM files f WHERE f.id IN (${sql.join(
          fileIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          AND NOT EXISTS (SELECT 1 FROM dossier_items x WHERE x.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM unit_plan_submissions x WHERE x.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM budget_lines x WHERE x.receipt_file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM propaganda_items x WHERE x.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM certificate_layouts x WHERE x.background_file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM agenda_items x WHERE strpos(x.media::text, f.id::text) > 0)
        RETURNING f.id`),
    );
    files = removed.length;
  }
  await tx
    .update(nominationEntries)
    .set({ achievement: ANONYMISED_NAME })
    .where(inArray(nominationEntries.personId, ids));
  await tx.update(awardRecipients).set({ achievement: null }).where(inArray(awardRecipients.personId, ids));
  await tx.update(delegates).set({ note: null }).where(inArray(delegates.personId, ids));
  const changed = await tx
    .update(persons)
    .set({
      ...EMPTY_NAME,
      searchKey: personSearchKey(EMPTY_NAME),
      // Each its own key: anonymised people are never "the same person" to the duplicates check (E6).
      identityKey: sql`${personIdentityKey({ fullName: ANONYMISED_NAME })} || ${persons.id}::text`,
      birthYear: null,
      birthDate: null,
      ethnicityCode: sql`CASE
        WHEN ${persons.ethnicityCode} IS NULL OR btrim(${persons.ethnicityCode}) = '' THEN NULL
        WHEN btrim(${persons.ethnicityCode}) = ${KINH_CODE} THEN ${KINH_CODE}
        ELSE ${ANONYMISED_MINORITY_CODE} END`,
      titles: null,
      achievement: null,
      anonymisedAt: now,
      updatedAt: now,
      version: sql`${persons.version} + 1`,
    })
    .where(and(inArray(persons.id, ids), isNull(persons.anonymisedAt)))
    .returning({ id: persons.id });
  return { people: changed.length, files };
}

/** One run of the retention rule at the context's clock (the job and `npm run data:anonymise`). */
export async function runRetention(ctx: JobContext, retentionDays: number): Promise<RetentionResult> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const due = await peopleDue(tx, now, retentionDays);
    if (due.personIds.length === 0) return { people: 0, files: 0, plans: 0 };
    const done = await anonymise(tx, due.personIds, now);
    const result = { ...done, plans: due.planIds.length };
    await recordAudit(
      tx,
      { ...ctx, db: tx, actor: null },
      {
        action: "retention.anonymise",
        entityType: "system",
        after: { ...result, retentionDays },
      },
    );
    return result;
  });
}
