/**
 * Search over 100,000 people (E5): the service as the API runs it (rows, unit
 * names, conferences), on a migrated, demo-seeded database with the people
 * bulk-inserted, against a baseline measured in the same run on the same table:
 * a plain `select count(*) from persons` scan.
 */
import { eq, sql } from "drizzle-orm";
import { personIdentityKey, personSearchKey } from "../src/domain/persons.ts";
import type { Actor } from "../src/domain/roles.ts";
import type { Database } from "../src/server/db/client.ts";
import { migrate } from "../src/server/db/migrate.ts";
import { conferences, delegates, persons, units, users } from "../src/server/db/schema/index.ts";
import { seedDemo } from "../src/server/db/seed/seed.ts";
import type { ServiceContext } from "../src/server/http/context.ts";
import { searchPeople } from "../src/server/modules/search/service.ts";
import { currentPlanId } from "../src/server/modules/units/queries.ts";
import { people, rng } from "./people.ts";

export type Timing = { label: string; medianMs: number; results: number | string };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: plans, caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** Migrates, seeds, inserts `n` people spread over the units, some of them delegates. */
export async function load(database: Database, n: number): Promise<{ loadMs: number }> {
  const t = performance.now();
  const db = database.db;
  await migrate(database);
  await seedDemo(db, {
    password: "bench-password-1",
    clock: { now: () => new Date("2019-11-01T02:00:00Z") },
  });
  const unitIds = (await db.select({ id: units.id }).from(units)).map((u) => u.id);
  const r = rng(7);
  const list = people(n, 4242);
  const ids: string[] = [];
  for (let i = 0; i < list.length; i += 2000) {
    const rows = await db
      .insert(persons)
      .values(
        list.slice(i, i + 2000).map((p) => ({
          unitId: unitIds[Math.floor(r() * unitIds.length)]!,
          fullName: p.fullName,
          searchKey: personSearchKey(p),
          identityKey: personIdentityKey(p),
          gender: p.gender,
          birthYear: p.birthYear,
          position: p.position,
          workplace: p.workplace,
        })),
      )
      .returning({ id: persons.id });
    ids.push(...rows.map((x) => x.id));
  }
  // One conference per unit; every 20th person is a delegate of one of them.
  const planId = (await currentPlanId(db))!;
  const confIds = (
    await db
      .insert(conferences)
      .values(unitIds.map((unitId) => ({ planId, unitId, kind: "unit" })))
      .onConflictDoNothing()
      .returning({ id: conferences.id })
  ).map((c) => c.id);
  const links = ids
    .filter((_, i) => i % 20 === 0)
    .map((personId, i) => ({ conferenceId: confIds[i % confIds.length]!, personId }));
  for (let i = 0; i < links.length; i += 2000) await db.insert(delegates).values(links.slice(i, i + 2000));
  await db.execute(sql`analyze`);
  return { loadMs: performance.now() - t };
}

async function actor(database: Database, username: string): Promise<Actor> {
  const [u] = await database.db.select().from(users).where(eq(users.username, username));
  return {
    userId: u!.id,
    username,
    fullName: u!.fullName,
    role: u!.role as Actor["role"],
    unitId: u!.unitId,
  };
}

export const QUERIES = [
  "nguyen van an",
  "nguyen",
  "do thi huong",
  "Hương",
  "ba dinh",
  "tran minh ky xyz",
  "",
];

export async function runSearch(database: Database, runs = 7): Promise<Timing[]> {
  const out: Timing[] = [];
  const db = database.db;
  const count = async () => db.execute(sql`select count(*) from persons`);
  out.push({
    label: "baseline: select count(*) from persons",
    medianMs: await timed(runs, count),
    results: "—",
  });
  const like = async () => db.execute(sql`select count(*) from persons where search_key like '%nguyen%'`);
  out.push({
    label: "reference: count(*) where search_key like '%nguyen%'",
    medianMs: await timed(runs, like),
    results: "—",
  });
  const ctxOf = async (username: string): Promise<ServiceContext> => ({
    db,
    actor: await actor(database, username),
    clock: { now: () => new Date() },
    logger: undefined as never,
  });
  const office = await ctxOf("vanphong");
  for (const q of QUERIES) {
    let total = 0;
    const ms = await timed(runs, async () => {
      total = (await searchPeople(office, { q, limit: 50 })).total;
    });
    out.push({ label: `search "${q}" (office, limit 50)`, medianMs: ms, results: total });
  }
  const unit = await ctxOf("badinh");
  let total = 0;
  const ms = await timed(runs, async () => {
    total = (await searchPeople(unit, { q: "nguyen van", limit: 50 })).total;
  });
  out.push({ label: `search "nguyen van" (unit Ba Đình, limit 50)`, medianMs: ms, results: total });
  return out;
}
