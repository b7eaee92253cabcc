/**
 * An isolated, migrated and demo-seeded database for one test file:
 * PGlite by default, PostgreSQL when the project runs with TEST_DATABASE_URL.
 */

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { testDatabaseUrl } from "../../src/server/config.ts";
import { type Database, openPglite, openPostgres } from "../../src/server/db/client.ts";
import { withDatabase } from "./global-setup.ts";

export async function createTestDatabase(): Promise<Database> {
  const template = inject("pgTemplate");
  if (template) {
    const url = testDatabaseUrl()!;
    const name = `thidua_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const database = await openPostgres(withDatabase(url, name), 4);
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name}`);
        await a.end();
      },
    };
  }
  const dump = fs.readFileSync(inject("pgliteDump"));
  return openPglite(undefined, new Blob([dump]));
}
