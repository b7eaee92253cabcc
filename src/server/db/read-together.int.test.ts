/**
 * readTogether on a real database (issue #11 item 4): on the pool the reads go out at once; in a
 * transaction one after another, as its single connection answers one query at a time (pg@9
 * refuses a second query sent before the first answered). PGlite and PostgreSQL.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/helpers/db.ts";
import type { Database, Db } from "./client.ts";
import { readTogether } from "./read-together.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

/** Three reads that log when each starts and ends. */
function loggedReads(db: Db, events: string[]) {
  const read = (name: string, n: number) => async () => {
    events.push(`start ${name}`);
    const result = (await db.execute(sql`select pg_sleep(0.02), ${n}::int as n`)) as unknown as {
      rows: { n: number }[];
    };
    events.push(`end ${name}`);
    return result.rows[0]!.n;
  };
  return [read("a", 1), read("b", 2), read("c", 3)] as const;
}

describe("readTogether", () => {
  it("on the pool starts every read before the first answers, and keeps the order of the answers", async () => {
    const events: string[] = [];
    const answers = await readTogether(database.db, loggedReads(database.db, events));
    expect(answers).toEqual([1, 2, 3]);
    expect(events.slice(0, 3)).toEqual(["start a", "start b", "start c"]);
  });

  it("in a transaction starts each read after the one before has answered", async () => {
    const events: string[] = [];
    const answers = await database.db.transaction((tx) => readTogether(tx, loggedReads(tx, events)));
    expect(answers).toEqual([1, 2, 3]);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });
});
