/**
 * Personal data retention (issue #12 item 8), on a fake clock: the seed's town plan closes;
 * the day before PERSONAL_DATA_RETENTION_DAYS have passed nothing changes; the day after, its
 * people are anonymised (names, birth dates, free texts, their dossier files), a person also on
 * the province's open plan and a person on no plan are untouched, the reports count the same,
 * one audit row with counts only is written, and a second run changes nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../src/server/config.ts";
import type { Db } from "../../src/server/db/client.ts";
import { ANONYMISED_NAME, runRetention } from "../../src/server/modules/retention/index.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { FIXED_NOW } from "../helpers/constants.ts";
import { figure } from "./figures.ts";

const DAY = 86_400_000;
const DAYS = testConfig().personalDataRetentionDays;
let now = FIXED_NOW;
const clock = { now: () => now };

async function rows<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}
async function one<T>(db: Db, q: ReturnType<typeof sql>): Promise<T> {
  const [row] = await rows<T>(db, q);
  if (!row) throw new Error("no row");
  return row;
}

/** Counts by unit, gender, category and ethnic group: what the reports are made of. */
const aggregates = (db: Db) =>
  rows(
    db,
    sql`SELECT unit_id, coalesce(gender, '-') AS gender, categories::text AS categories,
          CASE WHEN ethnicity_code IS NULL THEN '-' WHEN ethnicity_code = '01' THEN 'kinh' ELSE 'minority' END AS grp,
          count(*)::int AS n
        FROM persons GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  );
const personRows = (db: Db) => rows<Record<string, unknown>>(db, sql`SELECT * FROM persons ORDER BY id`);

async function compositions(t: TestApp, planId: string) {
  const office = await t.as("vanphong");
  const ids = await rows<{ id: string }>(
    t.database.ownerDb,
    sql`SELECT id FROM conferences WHERE plan_id = ${planId} ORDER BY id`,
  );
  const out: unknown[] = [];
  for (const { id } of ids) {
    const res = await office.get(`/api/conferences/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    out.push(res.json().composition);
  }
  return out;
}

describe("personal data retention after a plan closes", () => {
  let t: TestApp;
  let db: Db;
  let townPlan = "";
  let keeper = "";
  let loner = "";
  let fileIds: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ clock });
    db = t.database.ownerDb;
    ({ plan_id: townPlan } = await one<{ plan_id: string }>(
      db,
      sql`SELECT c.plan_id FROM delegates d JOIN conferences c ON c.id = d.conference_id LIMIT 1`,
    ));
    // One of the town's delegates is also on the province's (open) plan.
    const [province] = await rows<{ id: string }>(
      db,
      sql`SELECT c.id FROM conferences c JOIN plans p ON p.id = c.plan_id
          WHERE p.id <> ${townPlan} AND NOT p.is_template LIMIT 1`,
    );
    ({ person_id: keeper } = await one<{ person_id: string }>(
      db,
      sql`SELECT person_id FROM delegates WHERE person_id IS NOT NULL ORDER BY person_id LIMIT 1`,
    ));
    await db.execute(
      sql`INSERT INTO delegates (conference_id, person_id, role) VALUES (${province!.id}, ${keeper}, 'exemplar')`,
    );
    // Someone on a unit's list but on no plan at all.
    ({ id: loner } = await one<{ id: string }>(
      db,
      sql`INSERT INTO persons (unit_id, full_name, search_key, identity_key, gender, birth_year, ethnicity_code)
          SELECT unit_id, 'Lò Thị Mai', 'lo thi mai', 'lo thi mai|1990|female', 'female', 1990, '04'
          FROM persons LIMIT 1 RETURNING id`,
    ));
    fileIds = (
      await rows<{ file_id: string }>(
        db,
        sql`SELECT file_id FROM dossier_items WHERE person_id IS NOT NULL AND file_id IS NOT NULL`,
      )
    ).map((r) => r.file_id);
  }, 120_000);
  afterAll(async () => t?.close());

  it("anonymises the closed plan's people after the retention period only, keeping the counts", async () => {
    expect(DAYS).toBe(1826);
    expect(fileIds.length).toBeGreaterThan(0);
    const job = () => runRetention({ db: t.database.db, clock, logger: t.app.log }, DAYS);
    const reportBefore = await compositions(t, townPlan);
    const countsBefore = await aggregates(db);
    const names = (await personRows(db)).map((p) => p.full_name as string);

    // Nothing happens while the plan is open, however late it is.
    now = new Date(FIXED_NOW.getTime() + (DAYS + 10) * DAY);
    expect(await job()).toEqual({ people: 0, files: 0, plans: 0 });
    now = FIXED_NOW;

    const office = await t.as("vanphong");
    const plan = (await office.get(`/api/plans/${townPlan}`)).json();
    const closed = await office.patch(`/api/plans/${townPlan}`, { status: "closed", version: plan.version });
    expect(closed.statusCode, closed.body).toBe(200);
    const { closed_at } = await one<{ closed_at: string }>(
      db,
      sql`SELECT closed_at::text FROM plans WHERE id = ${townPlan}`,
    );
    expect(new Date(closed_at).getTime()).toBe(FIXED_NOW.getTime());

    const untouched = await personRows(db);
    now = new Date(FIXED_NOW.getTime() + (DAYS - 1) * DAY);
    expect(await job()).toEqual({ people: 0, files: 0, plans: 0 });
    expect(await personRows(db)).toEqual(untouched);

    now = new Date(FIXED_NOW.getTime() + (DAYS + 1) * DAY);
    const first = await job();
    const onPlan = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM (
            SELECT d.person_id FROM delegates d JOIN conferences c ON c.id = d.conference_id
              WHERE c.plan_id = ${townPlan} AND d.person_id IS NOT NULL
            UNION SELECT person_id FROM dossier_items WHERE plan_id = ${townPlan} AND person_id IS NOT NULL) x`,
    );
    figure(
      8,
      `retention ${DAYS} days: day ${DAYS - 1} → 0 changed; day ${DAYS + 1} → ${first.people} people, ${first.files} files; report counts equal`,
    );
    expect(first).toEqual({ people: onPlan[0]!.n - 1, files: fileIds.length, plans: 1 });

    const after = await personRows(db);
    const byId = new Map(untouched.map((p) => [p.id, p]));
    for (const p of after) {
      if (p.id === keeper || p.id === loner) {
        expect(p).toEqual(byId.get(p.id));
        continue;
      }
      expect(p.full_name).toBe(ANONYMISED_NAME);
      expect([p.birth_year, p.birth_date, p.position, p.workplace, p.titles, p.achievement]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(p.anonymised_at).not.toBeNull();
      expect([null, "01", "DTTS"]).toContain(p.ethnicity_code);
    }
    const left = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM files WHERE id IN (${sql.join(
        fileIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    expect(left[0]!.n).toBe(0);

    // The reports count exactly as before.
    expect(await aggregates(db)).toEqual(countsBefore);
    expect(await compositions(t, townPlan)).toEqual(reportBefore);

    // One audit row, counts only: no name of anyone.
    const audits = await rows<{ after: unknown; actor_id: string | null }>(
      db,
      sql`SELECT after, actor_id FROM audit_events WHERE action = 'retention.anonymise'`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toEqual({ ...first, retentionDays: DAYS });
    const text = JSON.stringify(audits[0]);
    for (const name of names.slice(0, 50)) expect(text).not.toContain(name);

    // Idempotent.
    now = new Date(now.getTime() + 30 * DAY);
    expect(await job()).toEqual({ people: 0, files: 0, plans: 0 });
    const again = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'retention.anonymise'`,
    );
    expect(again[0]!.n).toBe(1);
    expect(await personRows(db)).toEqual(after);
  }, 240_000);

  it("honours a plan's own retention period", async () => {
    const [plan] = await rows<{ id: string }>(
      db,
      sql`SELECT p.id FROM plans p JOIN conferences c ON c.plan_id = p.id
          WHERE p.id <> ${townPlan} AND NOT p.is_template LIMIT 1`,
    );
    // The province's plan closes after the town's retention ran out, with 30 days of its own.
    const closedAt = new Date(FIXED_NOW.getTime() + (DAYS + 2) * DAY);
    await db.execute(
      sql`UPDATE plans SET status = 'closed', closed_at = ${closedAt.toISOString()}::timestamptz,
            personal_data_retention_days = 30 WHERE id = ${plan!.id}`,
    );
    const job = () => runRetention({ db: t.database.db, clock, logger: t.app.log }, DAYS);
    now = new Date(closedAt.getTime() + 29 * DAY);
    expect((await job()).people).toBe(0);
    now = new Date(closedAt.getTime() + 31 * DAY);
    // The keeper's last open plan is now closed past its own 30 days.
    expect(await job()).toEqual({ people: 1, files: 0, plans: 2 });
    const [k] = await rows<{ full_name: string }>(
      db,
      sql`SELECT full_name FROM persons WHERE id = ${keeper}`,
    );
    expect(k!.full_name).toBe(ANONYMISED_NAME);
    const [l] = await rows<{ full_name: string }>(db, sql`SELECT full_name FROM persons WHERE id = ${loner}`);
    expect(l!.full_name).toBe("Lò Thị Mai");
  }, 120_000);
});
