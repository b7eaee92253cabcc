/**
 * An isolated, migrated and demo-seeded database for one test file:
 * PGlite by default, PostgreSQL when the project runs with TEST_DATABASE_URL.
 */

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { testConfig, testDatabaseUrl } from "../../src/server/config.ts";
import { type Database, type Db, openPglite, openPostgres } from "../../src/server/db/client.ts";
import { withDatabase } from "./global-setup.ts";

/** The app's database, plus the tables' owner for tests that act behind the app's back. */
export type TestDatabase = Database & { ownerDb: Db };

/**
 * On PostgreSQL the app acts as the app role, as in production (ADR 0007); `ownerDb` is the
 * owner's connection. On PGlite both are the one in-process database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("pgTemplate");
  if (template) {
    const url = testDatabaseUrl()!;
    const name = `thidua_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const database = await openPostgres(withDatabase(url, name), 4, { role: testConfig().databaseAppRole });
    const owner = await openPostgres(withDatabase(url, name), 1);
    return {
      ...database,
      ownerDb: owner.db,
      close: async () => {
        await database.close();
        await owner.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name}`);
        await a.end();
      },
    };
  }
  const dump = fs.readFileSync(inject("pgliteDump"));
  const database = await openPglite(undefined, new Blob([dump]));
  return { ...database, ownerDb: database.db };
}
