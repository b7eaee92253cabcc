/**
 * SQL of award decisions (SPEC H1): forms, base salaries, movements, the decisions of a
 * conference with their recipients' names in one query each, and the recipients' check
 * (a person or collective of the conference's unit, or a delegate of the conference). The
 * lists the API answers are counted and cut in SQL (issue #11 item 5), each order ending in its key.
 */
import { asc, eq, inArray, sql } from "drizzle-orm";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import {
  awardDecisions,
  awardForms,
  awardRecipients,
  baseSalaries,
  collectives,
  movements,
  persons,
} from "../../db/schema/index.ts";
import { countSql } from "../../db/text-sql.ts";

export type AwardFormRow = typeof awardForms.$inferSelect;
export type BaseSalaryRow = typeof baseSalaries.$inferSelect;
export type MovementRow = typeof movements.$inferSelect;
export type DecisionRow = typeof awardDecisions.$inferSelect;

export const loadForms = (db: Db) =>
  db.select().from(awardForms).orderBy(asc(awardForms.sortOrder), asc(awardForms.code));

/** One page of the catalogue, by its order then code; the total from COUNT. */
export async function pageForms(db: Db, p: PageParams): Promise<Page<AwardFormRow>> {
  const [counted, items] = await readTogether(db, [
    () => db.select({ n: countSql }).from(awardForms),
    () =>
      db
        .select()
        .from(awardForms)
        .orderBy(asc(awardForms.sortOrder), asc(awardForms.code))
        .limit(p.limit)
        .offset(offsetOf(p)),
  ]);
  return { items, total: Number(counted[0]?.n ?? 0), page: p.page, limit: p.limit };
}

export const loadSalaries = (db: Db) =>
  db.select().from(baseSalaries).orderBy(asc(baseSalaries.effectiveFrom));
export const loadMovements = (db: Db) => db.select().from(movements).orderBy(asc(movements.sortOrder));

export async function loadForm(db: Db, code: string): Promise<AwardFormRow | null> {
  const [row] = await db.select().from(awardForms).where(eq(awardForms.code, code));
  return row ?? null;
}

export async function loadMovement(db: Db, code: string): Promise<MovementRow | null> {
  const [row] = await db.select().from(movements).where(eq(movements.code, code));
  return row ?? null;
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | null> {
  const [row] = await db.select().from(awardDecisions).where(eq(awardDecisions.id, id));
  return row ?? null;
}

/** The decisions' order: by date, then as recorded, the id last so pages never overlap. */
const decisionOrder = [asc(awardDecisions.date), asc(awardDecisions.createdAt), asc(awardDecisions.id)];

/** Every decision of the conference, for its documents (the list read out at the conference). */
export async function listDecisionRows(db: Db, conferenceId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(awardDecisions)
    .where(eq(awardDecisions.conferenceId, conferenceId))
    .orderBy(...decisionOrder);
}

/** One page of the conference's decisions; the total from COUNT. */
export async function pageDecisionRows(
  db: Db,
  conferenceId: string,
  p: PageParams,
): Promise<Page<DecisionRow>> {
  const where = eq(awardDecisions.conferenceId, conferenceId);
  const [counted, items] = await readTogether(db, [
    () => db.select({ n: countSql }).from(awardDecisions).where(where),
    () =>
      db
        .select()
        .from(awardDecisions)
        .where(where)
        .orderBy(...decisionOrder)
        .limit(p.limit)
        .offset(offsetOf(p)),
  ]);
  return { items, total: Number(counted[0]?.n ?? 0), page: p.page, limit: p.limit };
}

export type RecipientRow = {
  id: string;
  decisionId: string;
  position: number;
  personId: string | null;
  collectiveId: string | null;
  achievement: string | null;
  registerNumber: string | null;
  perMille: number;
  amount: number;
  name: string;
  gender: string | null;
  jobTitle: string | null;
  workplace: string | null;
  ownAchievement: string | null;
};

export async function listRecipientRows(db: Db, decisionIds: string[]): Promise<RecipientRow[]> {
  if (decisionIds.length === 0) return [];
  return db
    .select({
      id: awardRecipients.id,
      decisionId: awardRecipients.decisionId,
      position: awardRecipients.position,
      personId: awardRecipients.personId,
      collectiveId: awardRecipients.collectiveId,
      achievement: awardRecipients.achievement,
      registerNumber: awardRecipients.registerNumber,
      perMille: awardRecipients.perMille,
      amount: awardRecipients.amount,
      name: sql<string>`COALESCE(${persons.fullName}, ${collectives.name}, '')`,
      gender: persons.gender,
      jobTitle: persons.position,
      workplace: persons.workplace,
      ownAchievement: sql<string | null>`COALESCE(${persons.achievement}, ${collectives.achievement})`,
    })
    .from(awardRecipients)
    .leftJoin(persons, eq(persons.id, awardRecipients.personId))
    .leftJoin(collectives, eq(collectives.id, awardRecipients.collectiveId))
    .where(inArray(awardRecipients.decisionId, decisionIds))
    .orderBy(asc(awardRecipients.decisionId), asc(awardRecipients.position));
}

/**
 * Of `ids`, those that may be named at the conference: of the conference's unit, or a
 * delegate of the conference (the town conference honours people of every unit).
 */
export async function eligibleSubjects(
  db: Db,
  conference: { id: string; unitId: string },
  subject: "person" | "collective",
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const table = subject === "person" ? sql`persons` : sql`collectives`;
  const column = subject === "person" ? sql`person_id` : sql`collective_id`;
  const result = await db.execute(sql`
    SELECT s.id FROM ${table} s
     WHERE s.id IN (${list})
       AND (s.unit_id = ${conference.unitId}
            OR EXISTS (SELECT 1 FROM delegates d WHERE d.conference_id = ${conference.id} AND d.${column} = s.id))
  `);
  return new Set((result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
}

export type MovementCountsRow = {
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
  decisions: number;
  recipients: number;
  amount: number;
  delegates: number;
};

/**
 * One page of the movements by their order then code, each with the decisions, recipients, money
 * and delegates linked to it (H2) from aggregate subqueries; the total from COUNT.
 */
export async function pageMovementCounts(db: Db, p: PageParams): Promise<Page<MovementCountsRow>> {
  const [counted, result] = await readTogether(db, [
    () => db.select({ n: countSql }).from(movements),
    () =>
      db.execute(sql`
        SELECT m.code, m.name, m.sort_order, m.active,
               (SELECT COUNT(*) FROM award_decisions d WHERE d.movement_code = m.code)::int AS decisions,
               (SELECT COUNT(*) FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id
                 WHERE d.movement_code = m.code)::int AS recipients,
               (SELECT COALESCE(SUM(r.amount), 0) FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id
                 WHERE d.movement_code = m.code)::bigint AS amount,
               (SELECT COUNT(*) FROM delegates g WHERE g.movement_code = m.code)::int AS delegates
          FROM movements m
         ORDER BY m.sort_order, m.code
         LIMIT ${p.limit} OFFSET ${offsetOf(p)}
      `),
  ]);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const items = rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    sortOrder: Number(r.sort_order),
    active: Boolean(r.active),
    decisions: Number(r.decisions),
    recipients: Number(r.recipients),
    amount: Number(r.amount),
    delegates: Number(r.delegates),
  }));
  return { items, total: Number(counted[0]?.n ?? 0), page: p.page, limit: p.limit };
}
