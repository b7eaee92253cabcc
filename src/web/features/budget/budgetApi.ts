/** Budget API (SPEC I1): the budgets page, one conference's sheet, and the steps and saves. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { BudgetLineInput } from "../../../domain/budget/lines.ts";
import type { VenueClass } from "../../../domain/budget/norms.ts";
import type { BudgetList, BudgetSheet } from "../../../domain/budget/schemas.ts";
import type { BudgetTransition } from "../../../domain/budget-lifecycle.ts";
import { api, qs, request } from "../../lib/api.ts";

export const budgetKeys = {
  list: (p: object) => ["budgets", "list", p] as const,
  sheet: (id: string) => ["budgets", "sheet", id] as const,
};

export const PAGE_SIZE = 50;

export function useBudgetList(page: number) {
  return useQuery({
    queryKey: budgetKeys.list({ page }),
    queryFn: () => api<BudgetList>(`/api/budgets${qs({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetSheet(conferenceId: string) {
  return useQuery({
    queryKey: budgetKeys.sheet(conferenceId),
    queryFn: () => api<BudgetSheet>(`/api/conferences/${conferenceId}/budget/sheet`),
  });
}

const base = (id: string) => `/api/conferences/${id}/budget`;

export const budgetApi = {
  saveEstimate: (id: string, body: { version: number; venueClass: VenueClass; lines: BudgetLineInput[] }) =>
    api<BudgetSheet>(`${base(id)}/estimate`, { method: "PUT", body }),
  saveActuals: (id: string, body: { version: number; lines: { id: string; actual: number | null }[] }) =>
    api<BudgetSheet>(`${base(id)}/actuals`, { method: "PUT", body }),
  step: (id: string, step: BudgetTransition, body: { version: number; comment?: string }) =>
    api<BudgetSheet>(`${base(id)}/${step}`, { method: "POST", body }),
  async receipt(id: string, lineId: string, file: File): Promise<BudgetSheet> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request(`${base(id)}/lines/${lineId}/receipt`, { method: "POST", form });
    return (await res.json()) as BudgetSheet;
  },
};
