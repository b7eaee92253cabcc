/**
 * Opens the database: PGlite under DATA_DIR by default, PostgreSQL when
 * DATABASE_URL is set (O1, O2). Both speak the same SQL and migrations.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** Common type of the PGlite and node-postgres drizzle instances, and of their transactions. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  driver: "pglite" | "postgres";
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** The PGlite instance, for backup (dumpDataDir); undefined on PostgreSQL. */
  pglite?: PGlite;
};

export type PostgresOptions = {
  /** Act as this role from connection start (`-c role=…`): the app's role, which owns nothing (ADR 0007). */
  role?: string;
  /** PostgreSQL cancels a statement that runs longer (issue #12 item 5); 0 or absent: no limit. */
  statementTimeoutMs?: number;
};

export async function openPostgres(url: string, max = 10, opts: PostgresOptions = {}): Promise<Database> {
  const settings = [
    ...(opts.role ? [`-c role=${opts.role}`] : []),
    ...(opts.statementTimeoutMs ? [`-c statement_timeout=${opts.statementTimeoutMs}`] : []),
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max,
    ...(settings.length ? { options: settings.join(" ") } : {}),
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    ping: () => ping(db),
    close: () => pool.end(),
  };
}

/** PGlite's contrib extensions the migrations use (0021: pg_trgm for the people search). */
export const PGLITE_EXTENSIONS = { pg_trgm } satisfies PGliteOptions["extensions"];

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  let client: PGlite;
  const extensions = PGLITE_EXTENSIONS;
  if (dataDir) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    client = await PGlite.create({ dataDir, extensions });
  } else {
    client = await PGlite.create(loadDataDir ? { loadDataDir, extensions } : { extensions });
  }
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    pglite: client,
    ping: () => ping(db),
    close: () => client.close(),
  };
}

/**
 * The app's database. On PostgreSQL it acts as the app role (`role`) with a statement timeout.
 * PGlite runs in this process as its only user, with no statement timeout (ADR 0007).
 */
export async function openDatabase(
  opts: { databaseUrl?: string; dataDir: string } & PostgresOptions,
): Promise<Database> {
  if (opts.databaseUrl)
    return openPostgres(opts.databaseUrl, 10, {
      role: opts.role,
      statementTimeoutMs: opts.statementTimeoutMs,
    });
  return openPglite(path.join(opts.dataDir, "pglite"));
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
