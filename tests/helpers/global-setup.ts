/**
 * Once per test run and project: build a migrated, demo-seeded database that
 * every test file clones (PGlite: a data-dir dump; PostgreSQL: a template DB).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { testDatabaseUrl } from "../../src/server/config.ts";
import { openPglite, openPostgres } from "../../src/server/db/client.ts";
import { migrate } from "../../src/server/db/migrate.ts";
import { seedDemo } from "../../src/server/db/seed/seed.ts";
import { FIXED_NOW, TEST_PASSWORD } from "./constants.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}

const clock = { now: () => FIXED_NOW };

export default async function setup(project: TestProject) {
  const mode = project.config.env?.THIDUA_TEST_DB ?? "pglite";
  if (mode === "postgres") {
    const url = testDatabaseUrl();
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    const template = `thidua_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const tplUrl = withDatabase(url, template);
    const database = await openPostgres(tplUrl, 2);
    await migrate(database);
    await seedDemo(database.db, { password: TEST_PASSWORD, clock });
    await database.close();
    project.provide("pgTemplate", template);
    project.provide("pgliteDump", "");
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    };
  }
  const database = await openPglite(undefined);
  await migrate(database);
  await seedDemo(database.db, { password: TEST_PASSWORD, clock });
  const dump = await database.pglite!.dumpDataDir("none");
  await database.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-test-")), "seeded.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  project.provide("pgTemplate", "");
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
