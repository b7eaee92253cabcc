/**
 * People search (E5): diacritic- and case-free, ranked, in the Vietnamese order.
 * Who: office, council, chairman over every unit; a unit user over its own unit
 * only (another unit's id → 404); culture and finance: 403 (personal data, N3).
 */
import { compareVi } from "../../../domain/text.ts";
import type { ServiceContext } from "../../http/context.ts";
import { resolveListUnit } from "../people/index.ts";
import { orderRows } from "./order.ts";
import { requireSearcher, searchPolicy } from "./policy.ts";
import { conferencesOf, personDetails, queryWords, rankedPersonRows } from "./queries.ts";
import {
  MATCH_KINDS,
  type PeopleSearchItem,
  type PeopleSearchQuery,
  type PeopleSearchResult,
} from "./schemas.ts";

export async function searchPeople(
  ctx: ServiceContext,
  query: PeopleSearchQuery,
): Promise<PeopleSearchResult> {
  requireSearcher(ctx.actor);
  const unitId = await resolveListUnit(ctx, query.unitId);
  const words = queryWords(query.q);
  const ranked = await rankedPersonRows(ctx.db, { words, unitId, limit: query.limit });
  if (ranked.length === 0) return { items: [], total: 0 };

  const top = orderRows(ranked).slice(0, query.limit);
  const ids = top.map((r) => r.id);
  const details = await personDetails(ctx.db, ids);
  const ownUnitOnly = searchPolicy.allUnits(ctx.actor) ? undefined : (ctx.actor.unitId ?? undefined);
  const links = await conferencesOf(ctx.db, ids, ownUnitOnly);
  const personal = searchPolicy.seesPersonalData(ctx.actor);
  const items = top.map((r): PeopleSearchItem => {
    const d = details.get(r.id)!;
    return {
      id: r.id,
      fullName: r.fullName,
      unitId: d.unitId,
      unitName: d.unitName,
      gender: d.gender === "male" || d.gender === "female" ? d.gender : null,
      birthYear: personal ? d.birthYear : null,
      position: d.position,
      workplace: d.workplace,
      match: MATCH_KINDS[r.rank] ?? "other",
      conferences: links
        .filter((l) => l.personId === r.id)
        .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || compareVi(a.unitName, b.unitName))
        .map(({ personId: _p, ...c }) => c),
    };
  });
  return { items, total: ranked[0]!.total };
}
