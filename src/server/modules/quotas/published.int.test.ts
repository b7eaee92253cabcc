/**
 * The published quota other modules read (F2 → F4): the latest published allocation wins,
 * unpublished versions are never anyone's quota, and a unit without a line has none.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tests/helpers/db.ts";
import type { Database } from "../../db/client.ts";
import {
  conferences,
  plans,
  quotaAllocations,
  quotaAllocationUnits,
  units,
  users,
} from "../../db/schema/index.ts";
import { publishedQuotaFor, publishedQuotas } from "./index.ts";

let database: Database;
let conferenceId: string;
let planId: string;
let officeId: string;
let badinh: string;
let ngoctrao: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const [plan] = await db.select().from(plans).where(eq(plans.isDemo, true));
  planId = plan!.id;
  const [conf] = await db
    .insert(conferences)
    .values({ planId, unitId: plan!.issuingUnitId!, kind: "town" })
    .returning();
  conferenceId = conf!.id;
  const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
  const byCode = new Map(unitRows.map((u) => [u.code, u.id]));
  badinh = byCode.get("badinh")!;
  ngoctrao = byCode.get("ngoctrao")!;
  const [office] = await db.select().from(users).where(eq(users.username, "vanphong"));
  officeId = office!.id;
});
afterAll(() => database?.close());

async function allocation(versionNo: number, seats: [string, number][], publishedAt: Date | null) {
  const { db } = database;
  const [row] = await db
    .insert(quotaAllocations)
    .values({
      planId,
      conferenceId,
      versionNo,
      basis: "equal",
      total: seats.reduce((s, [, n]) => s + n, 0),
      createdBy: officeId,
      publishedAt,
      publishedBy: publishedAt ? officeId : null,
    })
    .returning();
  await db
    .insert(quotaAllocationUnits)
    .values(
      seats.map(([unitId, n]) => ({ allocationId: row!.id, unitId, weight: 1, exact: String(n), seats: n })),
    );
}

describe("published quotas", () => {
  it("are empty before anything is published, even with a saved version", async () => {
    await allocation(1, [[badinh, 5]], null);
    expect((await publishedQuotas(database.db, conferenceId)).size).toBe(0);
    expect(await publishedQuotaFor(database.db, conferenceId, badinh)).toBeNull();
  });

  it("come from the latest published version only", async () => {
    await allocation(
      2,
      [
        [badinh, 4],
        [ngoctrao, 3],
      ],
      new Date("2020-03-20T02:00:00Z"),
    );
    await allocation(3, [[badinh, 6]], new Date("2020-03-21T02:00:00Z"));
    await allocation(4, [[badinh, 9]], null);
    const map = await publishedQuotas(database.db, conferenceId);
    expect([...map]).toEqual([[badinh, 6]]);
    expect(await publishedQuotaFor(database.db, conferenceId, badinh)).toBe(6);
    expect(await publishedQuotaFor(database.db, conferenceId, ngoctrao)).toBeNull();
  });
});
