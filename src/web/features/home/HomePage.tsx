import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ROLE_LABELS } from "../../../domain/roles.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { hasCapability, useCurrentUser } from "../../lib/auth.ts";
import { todayIso } from "../../lib/dates.ts";
import { usePlan } from "../../lib/queries.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { PATHS } from "../../paths.ts";
import { NO_FILTERS, useProgress } from "../progress/progressApi.ts";
import { MyQuotaCard } from "../quotas/MyQuotaCard.tsx";
import { SecurityAlertBanner } from "../security-log/SecurityAlertBanner.tsx";
import { MilestoneTable } from "./MilestoneTable.tsx";
import { milestonesFor, splitMilestones } from "./milestones.ts";
import { TodoPanel } from "./TodoPanel.tsx";
import { UnitCounts } from "./UnitCounts.tsx";

export function HomePage() {
  const me = useCurrentUser();
  const plan = usePlan();
  const showBoard = hasCapability(me, "progress.read_all") || hasCapability(me, "progress.read_own");
  // A unit's staff, or an office that is also a participant (ADR 0005): its own row only.
  const unitView = !hasCapability(me, "progress.read_all") && hasCapability(me, "progress.read_own");
  const board = useProgress(NO_FILTERS, showBoard);
  // The server's day (Vietnam) when the board is read, so deadlines and progress agree.
  const today = board.data?.today ?? todayIso();
  const { coming, past } = plan.data
    ? splitMilestones(milestonesFor(plan.data, me), today)
    : { coming: [], past: [] };
  useDocumentTitle("Trang chủ");

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>Xin chào, {me.fullName}</Title>
        <Text c="dimmed">
          Vai trò: {ROLE_LABELS[me.role]}
          {me.unitName ? ` · Đơn vị: ${me.unitName}` : ""}
        </Text>
      </Stack>

      {hasCapability(me, "security.read") ? <SecurityAlertBanner /> : null}

      <TodoPanel />

      {hasCapability(me, "quotas.read_own") ? <MyQuotaCard /> : null}

      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={3}>Các mốc của kế hoạch</Title>
          {plan.isPending ? <PageLoader /> : null}
          {plan.isError ? <ErrorAlert error={plan.error} onRetry={() => plan.refetch()} /> : null}
          {plan.data ? (
            <>
              <Text size="sm" c="dimmed">
                Theo {plan.data.title.charAt(0).toLowerCase() + plan.data.title.slice(1)}. Hôm nay là{" "}
                {formatDateVi(today)}.{" "}
                {board.data
                  ? unitView
                    ? "Cột cuối cho biết đơn vị của bạn đã hoàn thành mốc nào."
                    : board.data.memberId
                      ? "Tiến độ tính trên các đơn vị bạn theo dõi."
                      : "Tiến độ tính trên tất cả đơn vị."
                  : ""}{" "}
                {showBoard ? (
                  <Anchor component={Link} to={PATHS.progress}>
                    Xem bảng theo dõi tiến độ
                  </Anchor>
                ) : null}
              </Text>
              {board.data?.demo ? (
                <Text size="sm" c="orange.8">
                  Số liệu mẫu: ngày của các mốc được dời theo ngày nạp số liệu mẫu, không phải lịch thật.
                </Text>
              ) : null}
              {coming.length > 0 ? (
                <MilestoneTable
                  label="Việc sắp đến hạn"
                  list={coming}
                  today={today}
                  unitView={unitView}
                  board={board.data}
                />
              ) : (
                <Text size="sm">Không còn mốc nào sắp đến hạn.</Text>
              )}
              {past.length > 0 ? (
                <>
                  <Title order={4} mt="sm">
                    Mốc đã qua
                  </Title>
                  <MilestoneTable
                    label="Mốc đã qua"
                    list={past}
                    today={today}
                    unitView={unitView}
                    board={board.data}
                  />
                </>
              ) : null}
            </>
          ) : null}
        </Stack>
      </Paper>

      {hasCapability(me, "units.read_all") ? <UnitCounts /> : null}
    </Stack>
  );
}
