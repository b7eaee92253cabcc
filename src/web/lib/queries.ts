/** Read queries shared by several pages. */
import { useQuery } from "@tanstack/react-query";
import type { PlanSummary } from "../../domain/plan/record.ts";
import type { Cluster, Unit, UnitKind } from "../../domain/units.ts";
import { api, fetchAllPages } from "./api.ts";

export const keys = {
  plan: ["plan", "current"] as const,
  units: ["units"] as const,
  unitKinds: ["unit-kinds"] as const,
  clusters: ["clusters"] as const,
  users: ["users"] as const,
  audit: (q: object) => ["audit", q] as const,
};

export function usePlan() {
  return useQuery({ queryKey: keys.plan, queryFn: () => api<PlanSummary>("/api/plans/current") });
}

export function useUnits(enabled = true) {
  return useQuery({
    queryKey: keys.units,
    queryFn: () => fetchAllPages<Unit>("/api/units?includeInactive=true", 5000),
    enabled,
  });
}

/** Unit kinds; when the list cannot be read, the kinds seen on the units stand in. */
export function useUnitKinds(units: Unit[] | undefined) {
  const q = useQuery({
    queryKey: keys.unitKinds,
    // Every kind for the pickers (issue #11 item 5: the list pages, 500 at a time).
    queryFn: () => fetchAllPages<UnitKind>("/api/unit-kinds", 500),
    retry: false,
  });
  if (q.data) return q.data.filter((k) => k.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const seen = new Map<string, UnitKind>();
  for (const u of units ?? []) {
    if (!seen.has(u.kind)) {
      seen.set(u.kind, {
        code: u.kind,
        name: u.kindName,
        sortOrder: seen.size,
        hasWorkforce: false,
        isArea: false,
        active: true,
      });
    }
  }
  return [...seen.values()];
}

export function useClusters() {
  return useQuery({
    queryKey: keys.clusters,
    // Every cluster for the pickers, 500 a page.
    queryFn: () => fetchAllPages<Cluster>("/api/clusters", 500),
    retry: false,
  });
}
