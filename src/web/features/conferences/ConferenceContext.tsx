import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { ConferenceDetail } from "../../../domain/conferences.ts";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { type PlanRules, PlanRulesSchema, SEED_PLAN_RULES } from "../../../domain/plan/rules.ts";
import { api } from "../../lib/api.ts";
import { useMay } from "../../lib/auth.ts";
import { applyDetail, confKeys, refreshConference } from "./conferencesApi.ts";
import type { ConferenceTab } from "./labels.ts";
import { useVersionChain, type VersionChain } from "./versionChain.ts";

export type ConferenceCtx = {
  conf: ConferenceDetail;
  /** Content (fields, delegates, presidium, agenda) may be changed now. */
  editable: boolean;
  /** Invited / confirmed / attended may be changed now (also once approved or held). */
  statusEditable: boolean;
  /** Birth year and ethnicity are shown to this role (N3). */
  seesPersonalData: boolean;
  rules: PlanRules;
  versions: VersionChain;
  /** A save answered with the whole conference. */
  saved: (detail: ConferenceDetail) => Promise<void>;
  /** A save answered with the new version only. */
  savedVersion: (version: number) => Promise<void>;
  reload: () => Promise<void>;
  goTo: (tab: ConferenceTab) => void;
};

const Ctx = createContext<ConferenceCtx | null>(null);

export function useConferenceCtx(): ConferenceCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error("useConferenceCtx outside ConferenceProvider");
  return c;
}

/** The plan's rule values (targets, presidium size, core agenda) for this conference. */
export function usePlanRules(planId: string): PlanRules {
  const q = useQuery({
    queryKey: ["plan", planId],
    queryFn: () => api<PlanDetail>(`/api/plans/${planId}`),
    staleTime: 60_000,
  });
  return useMemo(() => {
    const parsed = PlanRulesSchema.safeParse(q.data?.rules ?? {});
    return parsed.success ? parsed.data : SEED_PLAN_RULES;
  }, [q.data]);
}

export function ConferenceProvider({
  conf,
  goTo,
  children,
}: {
  conf: ConferenceDetail;
  goTo: (tab: ConferenceTab) => void;
  children: ReactNode;
}) {
  const seesPersonalData = useMay()("people.read_personal");
  const qc = useQueryClient();
  const versions = useVersionChain();
  const rules = usePlanRules(conf.planId);
  const value = useMemo<ConferenceCtx>(
    () => ({
      conf,
      editable: conf.can.edit,
      statusEditable: conf.can.editAttendance,
      seesPersonalData,
      rules,
      versions,
      saved: async (detail) => {
        versions.record(detail.version);
        await applyDetail(qc, detail);
      },
      savedVersion: async (version) => {
        versions.record(version);
        await refreshConference(qc, conf.id);
      },
      reload: async () => {
        await qc.refetchQueries({ queryKey: confKeys.detail(conf.id) });
      },
      goTo,
    }),
    [conf, seesPersonalData, rules, versions, qc, goTo],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
