/**
 * npm run bench:generate [-- --pg=postgres://postgres@127.0.0.1:5432/thidua_national] [-- --fresh]
 *
 * A national-scale data set in PostgreSQL (issue #11 item 5; SPEC O1, O2): the app's migrations and
 * demo seed (so the office `vanphong` signs in with BENCH_PASSWORD), then, in SQL with
 * generate_series (no row leaves the server): 16 provinces → 400 districts → 9,600 communes
 * (10,016 units) taking part in the running plan, 500,800 people (50 per unit), 10,000
 * conferences with 100 delegates each (1,000,000), unit plans, dossier items and 200,000
 * audit rows. Deterministic: ids are md5 of the row's number (as version-4 UUIDs), names and states are functions of it.
 * The database is created when missing; --fresh drops and recreates it. Prints timings and counts.
 * The lists' summaries (migration 0027) are filled at the end: the duplicate keys by the database's
 * own rebuild, the conferences' rule counts by the app's rules engine. On a database that already
 * has the data, the migrations are run and the counts still missing are filled.
 */
import pg from "pg";
import { foldVietnamese } from "../../src/domain/text.ts";
import { openPostgres } from "../../src/server/db/client.ts";
import { migrate } from "../../src/server/db/migrate.ts";
import { seedDemo } from "../../src/server/db/seed/seed.ts";
import { storeAllRuleCounts, todayIso } from "../../src/server/modules/conferences/index.ts";
import { currentPlanId } from "../../src/server/modules/units/queries.ts";
import { BENCH_PASSWORD, DEFAULT_URL, FAMILY, GIVEN, MIDDLE, NATIONAL, PLACES, POSITIONS } from "./data.ts";

const args = process.argv.slice(2);
const url = args.find((a) => a.startsWith("--pg="))?.slice(5) ?? DEFAULT_URL;
const fresh = args.includes("--fresh");
const started = performance.now();

async function ensureDatabase(): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/u.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount) return false;
    await admin.query(`CREATE DATABASE ${name}`);
    return true;
  } finally {
    await admin.end();
  }
}

/** The conferences' rule counts (migration 0027), counted by the rules engine for those not yet counted. */
async function ruleCounts() {
  const n = await storeAllRuleCounts(database.db, todayIso({ now: () => new Date() }), 500);
  console.log(`    ${n} conferences counted`);
}

async function step(label: string, fn: () => Promise<unknown>) {
  const t = performance.now();
  await fn();
  console.log(`  ${label.padEnd(58)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
}

const created = await ensureDatabase();
const database = await openPostgres(url, 1);
const c = new pg.Client({ connectionString: url });
await c.connect();
try {
  const already = await c
    .query("select count(*)::int as n from units where code like 'nat-%'")
    .catch(() => ({ rows: [{ n: 0 }] }));
  if (!created && already.rows[0].n > 0) {
    console.log(`${url}: dữ liệu quốc gia đã có (${already.rows[0].n} đơn vị); dùng --fresh để tạo lại.`);
    await step("migrations; conferences' rule counts still missing (0027)", async () => {
      await migrate(database);
      await ruleCounts();
    });
    process.exit(0);
  }
  console.log(`Tạo dữ liệu quy mô quốc gia trong ${url}`);
  await step("migrations (the app's migrator) + demo seed", async () => {
    await migrate(database);
    await seedDemo(database.db, {
      password: BENCH_PASSWORD,
      clock: { now: () => new Date("2019-11-01T02:00:00Z") },
    });
  });
  const planId = (await currentPlanId(database.db))!;
  const { PROVINCES: P, DISTRICTS: D, COMMUNES: C, PEOPLE_PER_UNIT, CONFERENCES, AUDIT_ROWS } = NATIONAL;
  const fold = (xs: readonly string[]) => xs.map(foldVietnamese);
  await c.query("set synchronous_commit = off");
  await c.query("set maintenance_work_mem = '256MB'");
  // Deterministic ids: md5 of the row's name and number, shaped as a version-4 UUID (the API checks).
  await c.query(
    `create function pg_temp.nat_id(t text) returns uuid language sql immutable as
     $$ select overlay(overlay(md5(t) placing '4' from 13) placing '8' from 17)::uuid $$`,
  );
  await c.query("begin");
  // The big tables' secondary indexes are dropped for the load and built again after it (from
  // their own definitions, read here): one sort per index instead of 1,000,000 inserts into each.
  const deferred = await c.query(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i where i.indrelid in ('persons'::regclass, 'delegates'::regclass)
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  for (const ix of deferred.rows) await c.query(`drop index ${ix.name}`);
  // Foreign keys are right by construction (every id is md5 of a number made above): their
  // per-row checks are skipped during the bulk inserts (the session acts as a replica).
  await c.query("set session_replication_role = replica");
  await c.query(
    "insert into unit_kinds (code, name, sort_order, is_area) values ('huyen', 'Huyện', 25, true) on conflict do nothing",
  );
  // Unit number k: 0..P-1 provinces, then P..P+P*D-1 districts, then the communes.
  await step(`units: ${P} tỉnh → ${P * D} huyện → ${P * D * C} xã`, async () => {
    await c.query(
      `create temp table nat_units as
       select k, pg_temp.nat_id('unit' || k) as id,
         case when k < ${P} then null
              when k < ${P} + ${P} * ${D} then pg_temp.nat_id('unit' || ((k - ${P}) / ${D}))
              else pg_temp.nat_id('unit' || (${P} + (k - ${P} - ${P} * ${D}) / ${C})) end as parent_id,
         case when k < ${P} then 'tinh' when k < ${P} + ${P} * ${D} then 'huyen'
              when k % 5 = 0 then 'phuong' else 'xa' end as kind,
         case when k < ${P} then 'Tỉnh ' when k < ${P} + ${P} * ${D} then 'Huyện ' when k % 5 = 0 then 'Phường ' else 'Xã ' end
           || ($1::text[])[1 + k % array_length($1::text[], 1)] || ' ' || k as name,
         case when k < ${P} then 'tinh ' when k < ${P} + ${P} * ${D} then 'huyen ' when k % 5 = 0 then 'phuong ' else 'xa ' end
           || ($2::text[])[1 + k % array_length($2::text[], 1)] || ' ' || k as search_key
       from generate_series(0, ${P} + ${P} * ${D} + ${P} * ${D} * ${C} - 1) k`,
      [PLACES, fold(PLACES)],
    );
    await c.query(
      `insert into units (id, parent_id, code, name, search_key, kind_code, population, is_demo)
       select id, parent_id, 'nat-' || k, name, search_key, kind, 5000 + (k * 7919) % 20000, true
       from nat_units order by k;
       insert into plan_participants (plan_id, unit_id, role)
       select '${planId}', id, case when k % 50 = 7 then 'pilot' else 'ordinary' end from nat_units;`,
    );
  });
  const units = P + P * D + P * D * C;
  const people = units * PEOPLE_PER_UNIT;
  await step(`people: ${people} (${PEOPLE_PER_UNIT} per unit, indexes deferred)`, () =>
    c.query(
      `insert into persons (id, unit_id, full_name, search_key, identity_key, gender, birth_year, position, is_demo)
       select pg_temp.nat_id('person' || n), pg_temp.nat_id('unit' || (n % $1::int)),
         f || ' ' || m || ' ' || g, ff || ' ' || fm || ' ' || fg || ' ' || fp,
         ff || ' ' || fm || ' ' || fg || '|' || y || '|' || gender, gender, y, pos, true
       from (
         select n, h, 1950 + h % 50 as y, case when h % 2 = 0 then 'male' else 'female' end as gender,
           ($2::text[])[1 + h % array_length($2::text[], 1)] as f, ($3::text[])[1 + h % array_length($3::text[], 1)] as ff,
           ($4::text[])[1 + (h / 7) % array_length($4::text[], 1)] as m, ($5::text[])[1 + (h / 7) % array_length($5::text[], 1)] as fm,
           ($6::text[])[1 + (h / 131) % array_length($6::text[], 1)] as g, ($7::text[])[1 + (h / 131) % array_length($7::text[], 1)] as fg,
           ($8::text[])[1 + n % array_length($8::text[], 1)] as pos, ($9::text[])[1 + n % array_length($9::text[], 1)] as fp
         from (select n, (n::bigint * 2654435761) % 4294967291 as h from generate_series(0, $10::int - 1) n) s) x`,
      [
        units,
        FAMILY,
        fold(FAMILY),
        MIDDLE,
        fold(MIDDLE),
        GIVEN,
        fold(GIVEN),
        POSITIONS,
        fold(POSITIONS),
        people,
      ],
    ),
  );
  // Conference k is unit k's; its delegates are the people of units k and k+1 (100 people).
  await step(`conferences: ${CONFERENCES}, delegates: ${CONFERENCES * 2 * PEOPLE_PER_UNIT}`, () =>
    c.query(
      `insert into conferences (id, plan_id, unit_id, kind, title, date, venue, status, held_at)
       select pg_temp.nat_id('conf' || k), '${planId}', pg_temp.nat_id('unit' || k), case when k % 50 = 7 then 'pilot' else 'unit' end,
         'Hội nghị điển hình tiên tiến ' || k, date '2019-12-01' + (k % 120),
         'Hội trường ' || k, (array['draft','submitted','approved','held','closed','returned'])[1 + k % 6],
         case when k % 6 in (3, 4) then timestamptz '2019-12-01 08:00+07' + (k % 120) * interval '1 day' end
       from generate_series(0, ${CONFERENCES} - 1) k;
       insert into delegates (id, conference_id, person_id, role, status)
       select pg_temp.nat_id('del' || k || '-' || j), pg_temp.nat_id('conf' || k),
         pg_temp.nat_id('person' || ((k + j / ${PEOPLE_PER_UNIT}) % ${units} + ${units} * (j % ${PEOPLE_PER_UNIT}))),
         case when j % 10 = 9 then 'guest' else 'exemplar' end,
         (array['invited','confirmed','attended'])[1 + j % 3]
       from generate_series(0, ${CONFERENCES} - 1) k cross join generate_series(0, 2 * ${PEOPLE_PER_UNIT} - 1) j;`,
    ),
  );
  await step("unit plans (70 % sent) and dossier items (40 % of units)", () =>
    c.query(
      `insert into unit_plan_submissions (id, plan_id, unit_id, status, submitted_at)
       select pg_temp.nat_id('up' || k), '${planId}', id,
         (array['submitted','accepted','returned','draft'])[1 + k % 4],
         case when k % 4 < 3 then timestamptz '2019-11-05 09:00+07' + (k % 40) * interval '1 day' end
       from nat_units where k % 10 < 7;
       insert into dossier_items (id, plan_id, unit_id, requirement_code, status, submitted_at)
       select pg_temp.nat_id('di' || u.k || r.code), '${planId}', u.id, r.code,
         (array['submitted','accepted','returned'])[1 + u.k % 3],
         timestamptz '2020-03-01 09:00+07' + (u.k % 30) * interval '1 day'
       from nat_units u cross join dossier_requirements r
       where r.plan_id = '${planId}' and not r.per_nominee and u.k % 5 < 2;`,
    ),
  );
  await c.query("set session_replication_role = origin");
  await step(`indexes of persons and delegates built again (${deferred.rowCount})`, async () => {
    for (const ix of deferred.rows) await c.query(ix.def);
  });
  await c.query("commit");
  // Audit rows go through the hash-chain trigger (migration 0020), which updates its one head row
  // per insert: in one transaction the head's dead versions pile up (quadratic), so 1,000 per commit.
  await step(`audit rows: ${AUDIT_ROWS} (through the hash-chain trigger, 1,000 per commit)`, async () => {
    for (let from = 0; from < AUDIT_ROWS; from += 1000)
      await c.query(
        `insert into audit_events (at, actor_username, actor_role, action, entity_type, entity_id, unit_id, after)
         select timestamptz '2019-11-01 08:00+07' + n * interval '37 seconds', 'vanphong', 'office',
           (array['create','update','submit'])[1 + n % 3], 'person', pg_temp.nat_id('person' || n)::text,
           pg_temp.nat_id('unit' || (n % $2::int)), jsonb_build_object('n', n)
         from generate_series($1::int, $3::int - 1) n`,
        [from, units, Math.min(AUDIT_ROWS, from + 1000)],
      );
  });
  await step("summaries (0027): duplicate keys rebuilt, conferences' rule counts", async () => {
    await c.query("select person_duplicate_keys_rebuild()");
    await ruleCounts();
  });
  await step("analyze", () => c.query("analyze"));
  const counts = await c.query(
    `select (select count(*) from units) as units, (select count(*) from persons) as people,
       (select count(*) from conferences) as conferences, (select count(*) from delegates) as delegates,
       (select count(*) from plan_participants) as participants, (select count(*) from unit_plan_submissions) as unit_plans,
       (select count(*) from dossier_items) as dossier_items, (select count(*) from audit_events) as audit,
       pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  console.log("\nRows:", counts.rows[0]);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (err) {
  await c.query("rollback").catch(() => undefined);
  throw err;
} finally {
  await c.end();
  await database.close();
}
