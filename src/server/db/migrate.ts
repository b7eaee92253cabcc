import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { grantAppRole } from "./app-role.ts";
import type { Database } from "./client.ts";

/** DATABASE_APP_ROLE's default (config.ts). */
export const DEFAULT_APP_ROLE = "thidua_app";

export const migrationsFolder = path.resolve(import.meta.dirname, "../../../migrations");

/**
 * Applies the committed SQL migrations (one set for PGlite and PostgreSQL) as the tables' owner,
 * then, on PostgreSQL, gives the app role its rights (ADR 0007).
 */
export async function migrate(
  database: Database,
  app: { role: string; loginUser?: string } = { role: DEFAULT_APP_ROLE },
): Promise<void> {
  if (database.driver === "pglite") {
    // biome-ignore lint/suspicious/noExplicitAny: the two drizzle flavours share the migrator contract
    await migratePglite(database.db as any, { migrationsFolder });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    await migratePg(database.db as any, { migrationsFolder });
    await grantAppRole(database, app.role, app.loginUser);
  }
}
