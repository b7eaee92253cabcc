/** One unit's nominations as the API shows them (F4): entries in order, quota, the `can` map. */

import type { NominationStatus } from "../../../domain/nomination-lifecycle.ts";
import { nominationCan } from "../../../domain/nomination-lifecycle.ts";
import type { NominationView } from "../../../domain/nominations.ts";
import type { Db } from "../../db/client.ts";
import type { nominations } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { entriesOf } from "./queries.ts";

export async function nominationView(
  ctx: Pick<ServiceContext, "actor"> & { db: Db },
  n: typeof nominations.$inferSelect,
  unitName: string,
  quota: number | null,
  listOpen: boolean,
): Promise<NominationView> {
  const entries = await entriesOf(ctx.db, n.id);
  return {
    id: n.id,
    unitId: n.unitId,
    unitName,
    status: n.status as NominationStatus,
    source: n.source === "package" ? "package" : "unit",
    reviewComment: n.reviewComment,
    version: n.version,
    quota,
    entries,
    can: nominationCan(ctx.actor, n, listOpen),
  };
}
