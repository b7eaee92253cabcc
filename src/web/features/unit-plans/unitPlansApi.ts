/** Unit plans (C1, III.1–III.2): a unit's own plan, and every unit's status for the office. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Page } from "../../../domain/paging.ts";
import {
  timelinessLabel,
  UNIT_PLAN_STATUS_LABELS,
  type UnitPlan,
  type UnitPlanAnswers,
  type UnitPlanCounts,
  type UnitPlanStatus,
} from "../../../domain/unit-plans.ts";
import { api, download, qs, request } from "../../lib/api.ts";

export const unitPlanKeys = {
  all: ["unit-plans"] as const,
  mine: ["unit-plans", "mine"] as const,
};

/** Units a page on "Kế hoạch của các đơn vị" (issue #11 item 5). */
export const UNIT_PLANS_PAGE_SIZE = 50;
export type UnitPlanPage = Page<UnitPlan> & { counts: UnitPlanCounts };

/** One page of every unit's plan, filtered on the server (unit name without diacritics, status). */
export function useUnitPlansPage(f: { q: string; status: string | null; page: number }) {
  return useQuery({
    queryKey: [...unitPlanKeys.all, f],
    queryFn: () =>
      api<UnitPlanPage>(
        `/api/unit-plans${qs({ q: f.q, status: f.status, page: f.page, limit: UNIT_PLANS_PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMyUnitPlan(enabled: boolean) {
  return useQuery({
    queryKey: unitPlanKeys.mine,
    queryFn: () => api<UnitPlan>("/api/unit-plans/mine"),
    enabled,
  });
}

export const unitPlansApi = {
  save: (answers: Partial<Record<keyof UnitPlanAnswers, unknown>>, version: number) =>
    api<UnitPlan>("/api/unit-plans/mine", { method: "PUT", body: { answers, version } }),
  async upload(file: File, version: number): Promise<UnitPlan> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request(`/api/unit-plans/mine/file?version=${version}`, { method: "POST", form });
    return (await res.json()) as UnitPlan;
  },
  submit: (version: number) => api<UnitPlan>("/api/unit-plans/mine/submit", { body: { version } }),
  accept: (id: string, version: number) =>
    api<UnitPlan>(`/api/unit-plans/${id}/accept`, { body: { version } }),
  return: (id: string, version: number, comment: string) =>
    api<UnitPlan>(`/api/unit-plans/${id}/return`, { body: { version, comment } }),
  downloadFile: (file: { id: string; name: string }) => download(`/api/files/${file.id}`, file.name),
};

export const STATUS_LABELS: Record<UnitPlanStatus, string> = UNIT_PLAN_STATUS_LABELS;
export const STATUS_COLORS: Record<UnitPlanStatus, string> = {
  not_submitted: "gray",
  draft: "yellow",
  submitted: "blue",
  accepted: "green",
  returned: "red",
};

type T = NonNullable<UnitPlan["timeliness"]>;
/** One wording for server and screen: see timelinessLabel in src/domain/unit-plans.ts. */
export const timelinessText = (t: T): string => timelinessLabel(t);
export const TIMELINESS_COLORS: Record<T["state"], string> = {
  on_time: "green",
  late: "orange",
  overdue: "red",
  pending: "gray",
};
