/** Test data for nominations written straight to the database: the receiving conference, held unit conferences, published quotas. */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import {
  conferences,
  plans,
  quotaAllocations,
  quotaAllocationUnits,
  units,
  users,
} from "../../../db/schema/index.ts";
import { currentPlanId } from "../../units/queries.ts";

export { addPeople, conferenceOf, unitIdOf } from "../../delegate-lists/testing/fixtures.ts";

/**
 * The conference of kind "town" run by `unitCode` (default: the running plan's, created for
 * the town — its issuing unit — when the office has not opened it yet, as the office would).
 */
export async function receivingConference(
  db: Db,
  unitCode?: string,
): Promise<{ id: string; planId: string }> {
  const planId = (await currentPlanId(db))!;
  const where = [eq(conferences.kind, "town")];
  if (unitCode) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
    where.push(eq(conferences.unitId, u!.id));
  } else {
    where.push(eq(conferences.planId, planId));
  }
  const cols = { id: conferences.id, planId: conferences.planId };
  const [c] = await db
    .select(cols)
    .from(conferences)
    .where(and(...where));
  if (c) return c;
  if (unitCode) throw new Error(`no receiving conference of ${unitCode}`);
  const [plan] = await db.select({ unitId: plans.issuingUnitId }).from(plans).where(eq(plans.id, planId));
  const [made] = await db
    .insert(conferences)
    .values({
      planId,
      unitId: plan!.unitId!,
      kind: "town",
      title: "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn",
    })
    .returning(cols);
  return made!;
}

/** Publishes a quota allocation (the quotas feature's tables) with `seats` by unit code. */
export async function publishQuotas(
  db: Db,
  conferenceId: string,
  seats: Record<string, number>,
  versionNo = 1,
) {
  const [c] = await db
    .select({ planId: conferences.planId })
    .from(conferences)
    .where(eq(conferences.id, conferenceId));
  const [office] = await db.select({ id: users.id }).from(users).where(eq(users.username, "vanphong"));
  const total = Object.values(seats).reduce((a, b) => a + b, 0);
  const [a] = await db
    .insert(quotaAllocations)
    .values({
      planId: c!.planId,
      conferenceId,
      versionNo,
      basis: "custom",
      total,
      createdBy: office!.id,
      publishedAt: new Date(Date.now() + versionNo),
      publishedBy: office!.id,
    })
    .returning({ id: quotaAllocations.id });
  for (const [code, n] of Object.entries(seats)) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    await db
      .insert(quotaAllocationUnits)
      .values({ allocationId: a!.id, unitId: u!.id, weight: 1, exact: String(n), seats: n });
  }
  return a!.id;
}
