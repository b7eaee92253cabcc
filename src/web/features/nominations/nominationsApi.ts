/** Nominations to the higher conference (F4, F5): the unit's own, the office's overview and list, the package. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CandidatePageSchema,
  ListPageSchema,
  MyNomination,
  MyNominationAnswer,
  NominationView,
  OverviewAnswer,
  PackageImportResult,
} from "../../../domain/nominations.ts";
import { api, download, qs, request } from "../../lib/api.ts";

export const nominationKeys = {
  all: ["nominations"] as const,
  mine: ["nominations", "mine"] as const,
  candidates: (q: string, offset: number) => ["nominations", "candidates", q, offset] as const,
  overview: (f: OverviewFilter) => ["nominations", "overview", f] as const,
  list: (offset: number) => ["nominations", "list", offset] as const,
  one: (id: string) => ["nominations", "one", id] as const,
};

export type Candidate = z.infer<typeof CandidatePageSchema>["items"][number];
export type ListPerson = z.infer<typeof ListPageSchema>["items"][number];

export const PAGE = 20;
/** Units per page of "Đề cử của các đơn vị": a town's few dozen participants fit on one. */
export const UNITS_PAGE = 50;
export type OverviewFilter = { q: string; page: number };

export function useMyNomination() {
  return useQuery({
    queryKey: nominationKeys.mine,
    queryFn: () => api<MyNominationAnswer>("/api/nominations/mine"),
  });
}

export function useCandidates(q: string, offset: number, enabled: boolean) {
  return useQuery({
    queryKey: nominationKeys.candidates(q, offset),
    queryFn: () =>
      api<{ items: Candidate[]; total: number }>(
        `/api/nominations/mine/candidates${qs({ q: q || undefined, limit: PAGE, offset })}`,
      ),
    enabled,
  });
}

export function useOverview(f: OverviewFilter) {
  return useQuery({
    queryKey: nominationKeys.overview(f),
    queryFn: () =>
      api<OverviewAnswer>(`/api/nominations${qs({ q: f.q || undefined, page: f.page, limit: UNITS_PAGE })}`),
    placeholderData: keepPreviousData,
  });
}

export function useListPeople(offset: number) {
  return useQuery({
    queryKey: nominationKeys.list(offset),
    queryFn: () =>
      api<{ items: ListPerson[]; total: number }>(
        `/api/nomination-list/people${qs({ limit: PAGE, offset })}`,
      ),
  });
}

export function useNomination(id: string | null) {
  return useQuery({
    queryKey: nominationKeys.one(id ?? ""),
    queryFn: () => api<NominationView>(`/api/nominations/${id}`),
    enabled: id !== null,
  });
}

export type Entry = { personId: string; fullName: string; position: string | null; achievement: string };

export const nominationsApi = {
  save: (version: number, entries: Entry[]) =>
    api<MyNomination>("/api/nominations/mine", {
      method: "PUT",
      body: { version, entries: entries.map((e) => ({ personId: e.personId, achievement: e.achievement })) },
    }),
  submit: (version: number) => api<MyNomination>("/api/nominations/mine/submit", { body: { version } }),
  accept: (id: string, version: number) =>
    api<NominationView>(`/api/nominations/${id}/accept`, { body: { version } }),
  return: (id: string, version: number, comment: string) =>
    api<NominationView>(`/api/nominations/${id}/return`, { body: { version, comment } }),
  addGuest: (body: {
    version: number;
    fullName: string;
    gender: "male" | "female" | null;
    birthYear: number | null;
    position: string | null;
    workplace: string | null;
  }) => api<{ version: number }>("/api/nomination-list/guests", { body }),
  removeGuest: (personId: string, version: number) =>
    api<{ version: number }>(`/api/nomination-list/guests/${personId}${qs({ version })}`, {
      method: "DELETE",
    }),
  send: (version: number) =>
    api<{ status: string; version: number }>("/api/nomination-list/send", { body: { version } }),
  approve: (version: number) =>
    api<{ status: string; version: number; added: number }>("/api/nomination-list/approve", {
      body: { version },
    }),
  returnList: (version: number, comment: string) =>
    api<{ status: string; version: number }>("/api/nomination-list/return", { body: { version, comment } }),
  download: (which: "proposal.docx" | "list.docx" | "list.xlsx" | "package.json", name: string) =>
    download(`/api/nomination-list/${which}`, name),
  async importPackage(file: File): Promise<PackageImportResult> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request("/api/nomination-packages", { method: "POST", form });
    return (await res.json()) as PackageImportResult;
  },
};
