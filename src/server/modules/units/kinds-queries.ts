/**
 * Unit kinds and clusters, one page at a time (issue #11 item 5): counted and cut in SQL, kinds by
 * their order then name, clusters by name, names in Vietnamese alphabet order, the key last.
 */
import { and } from "drizzle-orm";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import type { Cluster, ClusterListQuery, UnitKind } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { clusters, unitKinds } from "../../db/schema/index.ts";
import { countSql, foldedSql, viOrderSql, wordsMatch } from "../../db/text-sql.ts";

export async function pageUnitKinds(db: Db, page: PageParams): Promise<Page<UnitKind>> {
  const [counted, items] = await readTogether(db, [
    () => db.select({ n: countSql }).from(unitKinds),
    () =>
      db
        .select()
        .from(unitKinds)
        .orderBy(unitKinds.sortOrder, ...viOrderSql(unitKinds.name), unitKinds.code)
        .limit(page.limit)
        .offset(offsetOf(page)),
  ]);
  return { items, total: Number(counted[0]?.n ?? 0), page: page.page, limit: page.limit };
}

export async function pageClusters(db: Db, q: ClusterListQuery): Promise<Page<Cluster>> {
  const where = and(...wordsMatch(q.q, foldedSql(clusters.name)));
  const [counted, items] = await readTogether(db, [
    () => db.select({ n: countSql }).from(clusters).where(where),
    () =>
      db
        .select({ id: clusters.id, name: clusters.name, note: clusters.note })
        .from(clusters)
        .where(where)
        .orderBy(...viOrderSql(clusters.name), clusters.id)
        .limit(q.limit)
        .offset(offsetOf(q)),
  ]);
  return { items, total: Number(counted[0]?.n ?? 0), page: q.page, limit: q.limit };
}
