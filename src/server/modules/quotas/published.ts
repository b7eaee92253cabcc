/**
 * Each unit's published quota (F2): the seats of the latest published allocation of a
 * higher conference. Other modules (nominations, F4) read quotas only through these.
 */
import { and, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { quotaAllocations, quotaAllocationUnits } from "../../db/schema/index.ts";

/** The latest published allocation of the conference, or null when none was published. */
export async function latestPublishedAllocationId(db: Db, conferenceId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: quotaAllocations.id })
    .from(quotaAllocations)
    .where(and(eq(quotaAllocations.conferenceId, conferenceId), isNotNull(quotaAllocations.publishedAt)))
    .orderBy(desc(quotaAllocations.publishedAt), desc(quotaAllocations.versionNo))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The same seats as a subquery of rows (unit_id, seats), for another module's SQL to join
 * (`left join ${publishedSeatsSql(id)} q on q.unit_id = …`): none when nothing is published.
 */
export function publishedSeatsSql(conferenceId: string): SQL {
  const a = quotaAllocations;
  const u = quotaAllocationUnits;
  return sql`(select ${u.unitId} as unit_id, ${u.seats} as seats from ${u} where ${u.allocationId} = (
    select ${a.id} from ${a} where ${a.conferenceId} = ${conferenceId} and ${a.publishedAt} is not null
    order by ${a.publishedAt} desc, ${a.versionNo} desc limit 1))`;
}

/** unitId → seats of the latest published allocation; empty when nothing is published. */
export async function publishedQuotas(db: Db, conferenceId: string): Promise<Map<string, number>> {
  const id = await latestPublishedAllocationId(db, conferenceId);
  if (!id) return new Map();
  const rows = await db
    .select({ unitId: quotaAllocationUnits.unitId, seats: quotaAllocationUnits.seats })
    .from(quotaAllocationUnits)
    .where(eq(quotaAllocationUnits.allocationId, id));
  return new Map(rows.map((r) => [r.unitId, r.seats]));
}

/** One unit's published seats, or null when nothing is published or the unit has no line. */
export async function publishedQuotaFor(
  db: Db,
  conferenceId: string,
  unitId: string,
): Promise<number | null> {
  const id = await latestPublishedAllocationId(db, conferenceId);
  if (!id) return null;
  const [row] = await db
    .select({ seats: quotaAllocationUnits.seats })
    .from(quotaAllocationUnits)
    .where(and(eq(quotaAllocationUnits.allocationId, id), eq(quotaAllocationUnits.unitId, unitId)));
  return row?.seats ?? null;
}
