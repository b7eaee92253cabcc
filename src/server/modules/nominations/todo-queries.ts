/**
 * What the to-do list reads of nominations (issue #9 item 4; ADR 0005): a unit's returned
 * nominations, with the office's comment, and the compiled lists awaiting the chairman of
 * the conference run by the actor's unit (or its parent). Aggregate, bounded statements.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";

type Result = { rows: Record<string, unknown>[] };

export type ReturnedNomination = {
  id: string;
  conferenceTitle: string;
  at: Date | null;
  comment: string | null;
};

export async function returnedNominationOf(db: Db, unitId: string): Promise<ReturnedNomination[]> {
  const r = (await db.execute(sql`
    select n.id, coalesce(c.title, 'Hội nghị điển hình tiên tiến ' || u.name) as title, n.reviewed_at, n.review_comment
    from nominations n join conferences c on c.id = n.conference_id join units u on u.id = c.unit_id
    where n.unit_id = ${unitId} and n.status = 'returned'
    order by n.reviewed_at desc nulls last limit 20`)) as unknown as Result;
  return r.rows.map((x) => ({
    id: String(x.id),
    conferenceTitle: String(x.title),
    at: x.reviewed_at ? new Date(String(x.reviewed_at)) : null,
    comment: (x.review_comment as string | null) ?? null,
  }));
}

export type PendingList = {
  conferenceId: string;
  conferenceTitle: string;
  sentAt: Date | null;
  people: number;
};

/** Lists sent to the chairman of the conference held by `unitId` or by its parent. */
export async function pendingListDecisions(db: Db, unitId: string): Promise<PendingList[]> {
  const r = (await db.execute(sql`
    select l.conference_id, coalesce(c.title, 'Hội nghị điển hình tiên tiến ' || u.name) as title, l.sent_at,
      (select count(*) from nominations n join nomination_entries e on e.nomination_id = n.id
        where n.conference_id = l.conference_id and n.status = 'accepted')::int
      + (select count(*) from nomination_list_guests g where g.list_id = l.id)::int as people
    from nomination_lists l join conferences c on c.id = l.conference_id join units u on u.id = c.unit_id
    where l.status = 'sent' and c.unit_id in (
      select id from units where id = ${unitId} union select parent_id from units where id = ${unitId} and parent_id is not null)
    order by l.sent_at limit 20`)) as unknown as Result;
  return r.rows.map((x) => ({
    conferenceId: String(x.conference_id),
    conferenceTitle: String(x.title),
    sentAt: x.sent_at ? new Date(String(x.sent_at)) : null,
    people: Number(x.people),
  }));
}
