/** The unit's own people, for choosing whose báo cáo thành tích is added (G1). */
import { useQuery } from "@tanstack/react-query";
import type { Person } from "../../../domain/persons.ts";
import { api, qs } from "../../lib/api.ts";

export function usePeopleOfUnit(unitId: string | null) {
  return useQuery({
    queryKey: ["people", "of-unit", unitId],
    queryFn: async () => {
      const res = await api<{ items: Person[] }>(
        `/api/people${qs({ unitId: unitId ?? undefined, limit: 200 })}`,
      );
      return res.items.map((p) => ({
        id: p.id,
        label: p.position ? `${p.fullName} – ${p.position}` : p.fullName,
      }));
    },
    enabled: unitId !== null,
  });
}
