/** People of the exemplar registry and collectives (E1, E5): search, list, add, edit. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Page } from "../../../domain/paging.ts";
import type {
  Collective,
  CollectiveInput,
  CollectiveUpdate,
  Person,
  PersonCreate,
  PersonUpdate,
} from "../../../domain/persons.ts";
import { api, fetchAllPages, qs } from "../../lib/api.ts";

export const peopleKeys = {
  all: ["people"] as const,
  search: (unitId: string | null, q: string) => ["people", unitId, q] as const,
  list: (unitId: string | null) => ["people", "list", unitId] as const,
  page: (unitId: string | null, q: string, page: number) => ["people", "page", unitId, q, page] as const,
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

/** The most a picker asks for at once (the server's ceiling). */
export const PEOPLE_LIMIT = 1000;
/** Rows of the people page (issue #11 item 3: pages, not 290 rows at once). */
export const PEOPLE_PAGE_SIZE = 50;

export type PeoplePage = Page<Person>;

/** One page of people, filtered and ordered by the server (E5; issue #11 item 5). */
export function usePeoplePage(unitId: string | null, q: string, page: number) {
  return useQuery({
    queryKey: peopleKeys.page(unitId, q, page),
    queryFn: () =>
      api<PeoplePage>(`/api/people${qs({ unitId, q: q || undefined, page, limit: PEOPLE_PAGE_SIZE })}`),
    placeholderData: (prev) => prev,
  });
}

/** A unit's people for a picker (every readable unit when unitId is null), the first 1,000. */
export function usePeopleList(unitId: string | null, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(unitId),
    queryFn: () =>
      api<{ items: Person[]; total: number }>(`/api/people${qs({ unitId, limit: PEOPLE_LIMIT })}`),
    enabled,
  });
}

/** Collectives a page (issue #11 item 5). */
export const COLLECTIVES_PAGE_SIZE = 50;

export function useCollectivesPage(unitId: string | null, q: string, page: number) {
  return useQuery({
    queryKey: [...peopleKeys.collectives(unitId), q, page],
    queryFn: () =>
      api<Page<Collective>>(`/api/collectives${qs({ unitId, q, page, limit: COLLECTIVES_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
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
    const items = await fetchAllPages<Collective>(`/api/collectives${qs({ unitId: c.unitId })}`, 1000);
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
