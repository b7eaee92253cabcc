/** Runs the search bench on in-memory PGlite, or on a scratch PostgreSQL database. */
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../src/server/db/client.ts";
import { load, runSearch, type Timing } from "./search-bench.ts";

export async function runSearchOn(
  engine: "pglite" | "postgres",
  people: number,
  pgUrl?: string,
): Promise<{ loadMs: number; timings: Timing[] }> {
  if (engine === "pglite") {
    const database = await openPglite(undefined);
    try {
      const { loadMs } = await load(database, people);
      return { loadMs, timings: await runSearch(database) };
    } finally {
      await database.close();
    }
  }
  const name = `thidua_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  let database: Database | null = null;
  try {
    database = await openPostgres(url.toString(), 2);
    const { loadMs } = await load(database, people);
    return { loadMs, timings: await runSearch(database) };
  } finally {
    await database?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
