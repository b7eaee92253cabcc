/** People of the exemplar registry and collectives (E1, E5): search, list, add, edit. */
import { useQuery } from "@tanstack/react-query";
import type {
  Collective,
  CollectiveInput,
  CollectiveUpdate,
  Person,
  PersonCreate,
  PersonUpdate,
} from "../../../domain/persons.ts";
import { api, qs } from "../../lib/api.ts";

export const peopleKeys = {
  all: ["people"] as const,
  search: (unitId: string | null, q: string) => ["people", unitId, q] as const,
  list: (unitId: string | null) => ["people", "list", unitId] as const,
  collectives: (unitId: string | null) => ["collectives", unitId] as const,
};

/** Server-side search: ignores diacritics and case; ordered the way official lists are. */
export function usePeopleSearch(unitId: string | null, q: string, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.search(unitId, q),
    queryFn: async () =>
      (await api<{ items: Person[]; total: number }>(`/api/people${qs({ unitId, q, limit: 200 })}`)).items,
    enabled,
    staleTime: 10_000,
    placeholderData: (prev) => prev,
  });
}

/** The most the list page asks for at once (the server's ceiling). */
export const PEOPLE_LIMIT = 1000;

/** A unit's people (every readable unit when unitId is null), with the total the server holds. */
export function usePeopleList(unitId: string | null, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(unitId),
    queryFn: () =>
      api<{ items: Person[]; total: number }>(`/api/people${qs({ unitId, limit: PEOPLE_LIMIT })}`),
    enabled,
  });
}

export function useCollectives(unitId: string | null) {
  return useQuery({
    queryKey: peopleKeys.collectives(unitId),
    queryFn: async () => (await api<{ items: Collective[] }>(`/api/collectives${qs({ unitId })}`)).items,
  });
}

export const peopleApi = {
  get: (id: string) => api<Person>(`/api/people/${id}`),
  create: (input: PersonCreate) => api<Person>("/api/people", { body: input }),
  update: (id: string, patch: PersonUpdate) =>
    api<Person>(`/api/people/${id}`, { method: "PATCH", body: patch }),
};

export const collectivesApi = {
  /** There is no single-collective read: the unit's list holds the latest version. */
  async get(c: Pick<Collective, "id" | "unitId">): Promise<Collective | undefined> {
    const { items } = await api<{ items: Collective[] }>(`/api/collectives${qs({ unitId: c.unitId })}`);
    return items.find((x) => x.id === c.id);
  },
  create: (input: CollectiveInput) => api<Collective>("/api/collectives", { body: input }),
  update: (id: string, patch: CollectiveUpdate) =>
    api<Collective>(`/api/collectives/${id}`, { method: "PATCH", body: patch }),
};

/** "Nguyễn Văn An · 1975 · Chủ tịch UBND phường" — enough to tell two namesakes apart. */
export function personOptionLabel(p: Pick<Person, "fullName" | "birthYear" | "position">): string {
  return [p.fullName, p.birthYear ? String(p.birthYear) : null, p.position].filter(Boolean).join(" · ");
}
