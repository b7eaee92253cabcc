/**
 * What-if checks of a quota allocation (SPEC F2, issue #9 item 2): the Alabama paradox
 * (raising the total takes a seat from a unit) and the comparison of the published
 * allocation with a new one, unit by unit.
 */
import { allocateQuotas, type QuotaInput, type QuotaResult } from "./hamilton.ts";

export type SeatLoss = { unitId: string; name: string; before: number; after: number };

/** Units that hold fewer seats at total + k than at total, everything else unchanged. */
export function alabamaLosses(input: QuotaInput, base: QuotaResult, k = 1): SeatLoss[] {
  let bigger: QuotaResult;
  try {
    bigger = allocateQuotas({ ...input, total: input.total + k });
  } catch {
    return [];
  }
  const after = new Map(bigger.lines.map((l) => [l.unitId, l.seats]));
  return base.lines
    .filter((l) => (after.get(l.unitId) ?? l.seats) < l.seats)
    .map((l) => ({ unitId: l.unitId, name: l.name, before: l.seats, after: after.get(l.unitId)! }));
}

/** The first total above `input.total` (up to `range` more) at which a unit loses a seat. */
export function paradoxAhead(
  input: QuotaInput,
  base: QuotaResult,
  range = 5,
): { total: number; losses: SeatLoss[] } | null {
  for (let k = 1; k <= range; k++) {
    const losses = alabamaLosses(input, base, k);
    if (losses.length > 0) return { total: input.total + k, losses };
  }
  return null;
}

export type SeatChange = {
  unitId: string;
  name: string;
  current: number | null;
  next: number;
  change: number;
};

/**
 * Unit by unit, the current (published) seats beside the new ones. When the new total is
 * larger and a unit still loses seats, `losers` lists it: the paradox warning of the what-if.
 */
export function compareAllocations(
  current: { total: number; seats: ReadonlyMap<string, number> } | null,
  next: QuotaResult & { total: number },
): { changes: SeatChange[]; losers: SeatChange[] } {
  const changes = next.lines.map((l) => {
    const before = current ? (current.seats.get(l.unitId) ?? null) : null;
    return {
      unitId: l.unitId,
      name: l.name,
      current: before,
      next: l.seats,
      change: l.seats - (before ?? 0),
    };
  });
  const losers =
    current && next.total > current.total ? changes.filter((c) => c.current !== null && c.change < 0) : [];
  return { changes, losers };
}
