/**
 * Opening the database at start (main.ts and the CLI commands): migrations run as the tables'
 * owner (MIGRATION_DATABASE_URL, default DATABASE_URL), which also grants the app role its rights;
 * the app then works through its own pool acting as that role, with a statement timeout
 * (issue #12 items 5 and 6, ADR 0007). PGlite: one database in this process, migrated in place.
 */
import type { Config } from "../config.ts";
import { urlUser } from "./app-role.ts";
import { type Database, openDatabase, openPostgres } from "./client.ts";
import { migrate } from "./migrate.ts";

export async function openAppDatabase(
  config: Pick<
    Config,
    "databaseUrl" | "migrationDatabaseUrl" | "dataDir" | "databaseAppRole" | "statementTimeoutMs"
  >,
  opts: { statementTimeout?: boolean } = {},
): Promise<Database> {
  if (!config.databaseUrl) {
    const database = await openDatabase({ dataDir: config.dataDir });
    await migrate(database);
    return database;
  }
  const owner = await openPostgres(config.migrationDatabaseUrl ?? config.databaseUrl, 1);
  try {
    await migrate(owner, { role: config.databaseAppRole, loginUser: urlUser(config.databaseUrl) });
  } finally {
    await owner.close();
  }
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    role: config.databaseAppRole,
    statementTimeoutMs: opts.statementTimeout === false ? 0 : config.statementTimeoutMs,
  });
}
