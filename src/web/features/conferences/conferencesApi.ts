/** Conference calls (D, E2) and their queries. The server checks every rule again. */
import { type QueryClient, useQuery } from "@tanstack/react-query";
import type {
  AgendaMediaInput,
  ConferenceDetail,
  ConferenceSummary,
  Delegate,
  DelegateAdd,
} from "../../../domain/conferences.ts";
import type { Page } from "../../../domain/paging.ts";
import type { Violation } from "../../../domain/rules/types.ts";
import { api, qs } from "../../lib/api.ts";

export const confKeys = {
  /** Every page of the list (a prefix of `page`). */
  list: ["conferences"] as const,
  page: (params: ConferenceListParams) => ["conferences", params] as const,
  detail: (id: string) => ["conference", id] as const,
  check: (id: string) => ["conference", id, "check"] as const,
};

export type CheckResult = { violations: Violation[]; errorCount: number; warningCount: number };
export type DelegateAddBody = Omit<DelegateAdd, "role" | "status"> &
  Partial<Pick<DelegateAdd, "role" | "status">>;
export type DelegatePatch = { role?: Delegate["role"]; status?: Delegate["status"]; version?: number };
export type AgendaItemInput = {
  id?: string;
  coreCode: string | null;
  title: string;
  presenter: string | null;
  durationMinutes: number | null;
  media: AgendaMediaInput[];
};
export type Transition = "submit" | "approve" | "return" | "hold" | "close" | "reopen";

const base = (id: string) => `/api/conferences/${id}`;

export const conferencesApi = {
  /** One page of conferences, filtered and ordered by the server (issue #11 item 5). */
  list: (params: ConferenceListParams = {}) => api<Page<ConferenceSummary>>(`/api/conferences${qs(params)}`),
  get: (id: string) => api<ConferenceDetail>(base(id)),
  /** "final": what a submission is checked against (a missing date or time is an error). */
  check: (id: string) => api<CheckResult>(`${base(id)}/check?phase=final`),
  create: (body: { unitId?: string; kind?: "town" }) => api<ConferenceDetail>("/api/conferences", { body }),
  update: (id: string, body: Record<string, unknown> & { version: number }) =>
    api<ConferenceDetail>(base(id), { method: "PATCH", body }),
  addDelegate: (id: string, body: DelegateAddBody) =>
    api<{ delegate: Delegate; version: number }>(`${base(id)}/delegates`, { body }),
  updateDelegate: (id: string, delegateId: string, body: DelegatePatch) =>
    api<{ delegate: Delegate; version: number }>(`${base(id)}/delegates/${delegateId}`, {
      method: "PATCH",
      body,
    }),
  removeDelegate: (id: string, delegateId: string) =>
    api<{ id: string; version: number }>(`${base(id)}/delegates/${delegateId}`, { method: "DELETE" }),
  setPresidium: (id: string, members: { delegateId: string; titleShown: string | null }[], version: number) =>
    api<ConferenceDetail>(`${base(id)}/presidium`, { method: "PUT", body: { members, version } }),
  setAgenda: (id: string, items: AgendaItemInput[], version: number) =>
    api<ConferenceDetail>(`${base(id)}/agenda`, { method: "PUT", body: { items, version } }),
  transition: (id: string, step: Transition, body: { version?: number; comment?: string; reason?: string }) =>
    api<ConferenceDetail>(`${base(id)}/${step}`, { body }),
};

export type ConferenceListParams = {
  q?: string;
  status?: string;
  kind?: string;
  page?: number;
  limit?: number;
};

/** Rows of the conference list page. */
export const CONFERENCE_PAGE_SIZE = 50;

export function useConferences(params: ConferenceListParams = {}, enabled = true) {
  return useQuery({
    queryKey: confKeys.page(params),
    queryFn: () => conferencesApi.list(params),
    enabled,
    staleTime: 10_000,
    placeholderData: (prev) => prev,
  });
}

export function useConference(id: string) {
  return useQuery({ queryKey: confKeys.detail(id), queryFn: () => conferencesApi.get(id), staleTime: 5_000 });
}

export function useConferenceCheck(id: string) {
  return useQuery({ queryKey: confKeys.check(id), queryFn: () => conferencesApi.check(id), staleTime: 0 });
}

/** After a save that answered with the whole conference: show it, and re-check it. */
export async function applyDetail(qc: QueryClient, detail: ConferenceDetail) {
  qc.setQueryData(confKeys.detail(detail.id), detail);
  await Promise.all([
    qc.invalidateQueries({ queryKey: confKeys.check(detail.id) }),
    qc.invalidateQueries({ queryKey: confKeys.list }),
  ]);
}

/** After a save that answered with less: reload the conference and its check. */
export async function refreshConference(qc: QueryClient, id: string) {
  await Promise.all([
    qc.invalidateQueries({ queryKey: confKeys.detail(id) }),
    qc.invalidateQueries({ queryKey: confKeys.list }),
  ]);
}
