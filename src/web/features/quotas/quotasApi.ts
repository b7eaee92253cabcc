/** Seats, quotas and composition targets (SPEC F1–F3) through the API. */
import type { CompositionTargets } from "../../../domain/plan/composition-targets.ts";
import type {
  AllocationDetail,
  AllocationVersion,
  MyQuota,
  QuotaBasis,
  QuotaOverview,
  SeatsView,
  SimulateResult,
  TargetsView,
} from "../../../domain/quotas/schemas.ts";
import { api, qs } from "../../lib/api.ts";

export type QuotaAsk = {
  total: number;
  basis: QuotaBasis;
  minimum: number;
  maximum?: number | null;
  weights?: Record<string, number>;
  overrides?: Record<string, number>;
};

export const quotaKeys = {
  all: ["quotas"] as const,
  overview: ["quotas", "overview"] as const,
  seats: ["quotas", "seats"] as const,
  versions: (offset: number) => ["quotas", "versions", offset] as const,
  targets: ["quotas", "targets"] as const,
  mine: ["quotas", "mine"] as const,
};

export const quotasApi = {
  overview: () => api<QuotaOverview>("/api/quotas"),
  seats: () => api<SeatsView>("/api/quotas/seats"),
  saveSeats: (body: { total: number; exemplars: number; guests: number; version: number }) =>
    api<SeatsView>("/api/quotas/seats", { method: "PUT", body }),
  simulate: (body: QuotaAsk) => api<SimulateResult>("/api/quotas/simulate", { method: "POST", body }),
  save: (body: QuotaAsk & { latestVersionNo: number; note?: string | null }) =>
    api<AllocationDetail>("/api/quotas/versions", { method: "POST", body }),
  versions: (offset: number, limit = 10) =>
    api<{ items: AllocationVersion[]; total: number; limit: number; offset: number }>(
      `/api/quotas/versions${qs({ limit, offset })}`,
    ),
  publish: (id: string, latestVersionNo: number) =>
    api<AllocationDetail>(`/api/quotas/versions/${id}/publish`, {
      method: "POST",
      body: { latestVersionNo },
    }),
  targets: () => api<TargetsView>("/api/quotas/targets"),
  saveTargets: (targets: CompositionTargets, version: number) =>
    api<TargetsView>("/api/quotas/targets", { method: "PUT", body: { targets, version } }),
  mine: () => api<MyQuota>("/api/quotas/mine"),
};
