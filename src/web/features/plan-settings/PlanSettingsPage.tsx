import { Anchor, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PATHS } from "../../paths.ts";
import { useVersionChain } from "../conferences/versionChain.ts";
import { FromTemplateSection } from "./FromTemplateSection.tsx";
import { MilestonesSection } from "./MilestonesSection.tsx";
import { PilotsSection } from "./PilotsSection.tsx";
import { PlanFieldsSection } from "./PlanFieldsSection.tsx";
import { applyPlan, planKeys, useCurrentPlanDetail } from "./planApi.ts";
import { ReminderPolicySection } from "./ReminderPolicySection.tsx";
import { RulesSection } from "./RulesSection.tsx";

export type SectionProps = {
  plan: PlanDetail;
  /** The version to send for a draft started at `base` (own saves in between do not make it stale). */
  resolve: (base: number) => number;
  saved: (plan: PlanDetail) => Promise<void>;
  reload: () => Promise<void>;
};

/** "Sửa kế hoạch" (A1–A3, D3–D7): the office edits the plan's text, dates, pilot units and rule values. */
export function PlanSettingsPage() {
  const qc = useQueryClient();
  const { current, detail } = useCurrentPlanDetail();
  const versions = useVersionChain();
  const q = current.isError ? current : detail;
  if (current.isPending || detail.isPending) return <PageLoader />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const plan = detail.data!;
  const props: SectionProps = {
    plan,
    resolve: versions.resolve,
    saved: async (p) => {
      versions.record(p.version);
      await applyPlan(qc, p);
    },
    reload: async () => {
      await qc.refetchQueries({ queryKey: planKeys.detail(plan.id) });
    },
  };
  return (
    <Stack gap="lg">
      <PageHeader
        title="Sửa kế hoạch"
        description={
          <>
            {plan.title}. Mỗi phần lưu riêng; mọi thay đổi được ghi vào nhật ký.{" "}
            <Anchor component={Link} to={PATHS.plan} size="sm">
              Xem kế hoạch
            </Anchor>
          </>
        }
      />
      <PlanFieldsSection {...props} />
      <MilestonesSection {...props} />
      <ReminderPolicySection {...props} />
      <PilotsSection {...props} />
      <RulesSection {...props} />
      <FromTemplateSection />
      <Text size="xs" c="dimmed">
        Các giá trị quy định được dùng ngay để kiểm tra mọi hội nghị của kế hoạch.
      </Text>
    </Stack>
  );
}
