/** Award money per conference for other modules (the budget's "award money" line, issue #14 item 4). */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";

/** Sum of the amounts (integer đồng) of every recipient of every decision at the conference. */
export async function awardTotalForConference(db: Db, conferenceId: string): Promise<number> {
  const result = await db.execute(sql`
    SELECT COALESCE(SUM(r.amount), 0)::bigint AS total
      FROM award_recipients r JOIN award_decisions d ON d.id = r.decision_id
     WHERE d.conference_id = ${conferenceId}
  `);
  const row = (result as unknown as { rows: { total: string | number | bigint }[] }).rows[0];
  return Number(row?.total ?? 0);
}
