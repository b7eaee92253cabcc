/** The plan's settings (A1–A3, B2): read with rules and participants; written by the office. */
import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { PlanDetail, PlanListItem } from "../../../domain/plan/record.ts";
import { api, fetchAllPages } from "../../lib/api.ts";
import { keys, usePlan } from "../../lib/queries.ts";

export const planKeys = {
  detail: (id: string) => ["plan", id] as const,
  list: ["plans"] as const,
};

export function usePlanDetail(id: string | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? ""),
    queryFn: () => api<PlanDetail>(`/api/plans/${id}`),
    enabled: Boolean(id),
  });
}

/** The plan being carried out, with its rules and participants. */
export function useCurrentPlanDetail() {
  const current = usePlan();
  const detail = usePlanDetail(current.data?.id);
  return { current, detail };
}

/** Every template, for the "new plan from a template" picker (the list pages on the server). */
export function usePlanTemplates() {
  return useQuery({
    queryKey: [...planKeys.list, "templates"],
    queryFn: () => fetchAllPages<PlanListItem>("/api/plans?template=true", 500),
  });
}

export type MilestoneInput = {
  code: string;
  label: string;
  dueOn: string;
  appliesTo: string;
  section: string | null;
};
export type ParticipantInput = { unitId: string; role: "ordinary" | "pilot"; invitees: string[] };

const base = (id: string) => `/api/plans/${id}`;
export const planApi = {
  update: (id: string, body: Record<string, unknown> & { version: number }) =>
    api<PlanDetail>(base(id), { method: "PATCH", body }),
  milestones: (id: string, milestones: MilestoneInput[], version: number) =>
    api<PlanDetail>(`${base(id)}/milestones`, { method: "PUT", body: { milestones, version } }),
  participants: (id: string, participants: ParticipantInput[], version: number) =>
    api<PlanDetail>(`${base(id)}/participants`, { method: "PUT", body: { participants, version } }),
  fromTemplate: (body: { templateId: string; title?: string; dateShiftDays?: number }) =>
    api<PlanDetail>("/api/plans/from-template", { body }),
};

/** A save answered with the plan: show it everywhere the plan is shown. */
export async function applyPlan(qc: QueryClient, plan: PlanDetail) {
  qc.setQueryData(planKeys.detail(plan.id), plan);
  await Promise.all([
    qc.invalidateQueries({ queryKey: keys.plan }),
    qc.invalidateQueries({ queryKey: planKeys.list }),
    qc.invalidateQueries({ queryKey: ["conferences"] }),
    qc.invalidateQueries({ queryKey: ["conference"] }),
    qc.invalidateQueries({ queryKey: ["unit-plans"] }),
  ]);
}
