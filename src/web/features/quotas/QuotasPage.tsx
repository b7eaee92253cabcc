/**
 * "Chỉ tiêu đại biểu" (SPEC F1–F3, issue #9 items 1–3): the office sets the higher
 * conference's seats, allocates the exemplar seats to the participating units with a
 * what-if beside the published allocation, saves and publishes versions, and sets the
 * composition targets. The Council and the chairman read it.
 */
import { Alert, Anchor, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PATHS } from "../../paths.ts";
import { AllocationPanel } from "./AllocationPanel.tsx";
import { quotaKeys, quotasApi } from "./quotasApi.ts";
import { SeatsCard } from "./SeatsCard.tsx";
import { TargetsCard } from "./TargetsCard.tsx";
import { VersionsCard } from "./VersionsCard.tsx";

export function QuotasPage() {
  const overview = useQuery({ queryKey: quotaKeys.overview, queryFn: quotasApi.overview });
  const hasConference = !!overview.data?.conference;
  const seats = useQuery({ queryKey: quotaKeys.seats, queryFn: quotasApi.seats, enabled: hasConference });
  const targets = useQuery({ queryKey: quotaKeys.targets, queryFn: quotasApi.targets });
  const o = overview.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Chỉ tiêu đại biểu"
        description="Số đại biểu của hội nghị cấp trên, chỉ tiêu phân bổ cho từng đơn vị (phương pháp số dư lớn nhất) và mục tiêu cơ cấu."
      />
      {overview.isPending ? <PageLoader /> : null}
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => overview.refetch()} /> : null}
      {o && !o.conference ? (
        <Alert color="orange" variant="light" title="Chưa có hội nghị cấp trên">
          Kế hoạch chưa có hội nghị cấp trên nên chưa đặt được số đại biểu và chưa lưu được phương án.{" "}
          {o.canManage ? (
            <>
              <Anchor component={Link} to={PATHS.conferences}>
                Tạo hội nghị cấp trên ở trang Hội nghị
              </Anchor>
              . Vẫn có thể tính thử phân bổ.
            </>
          ) : (
            "Khi Thường trực HĐ TĐKT tạo hội nghị cấp trên và công bố chỉ tiêu, số liệu sẽ hiện ở đây."
          )}
        </Alert>
      ) : null}
      {seats.error ? <ErrorAlert error={seats.error} /> : null}
      {seats.data ? <SeatsCard view={seats.data} /> : null}
      {o?.published ? (
        <Text size="sm">
          Đang công bố: phương án số {o.published.versionNo}, {o.published.total} chỉ tiêu.
        </Text>
      ) : null}
      {o?.canManage && (seats.data || !hasConference) ? (
        <AllocationPanel
          overview={o}
          key={seats.data?.exemplars ?? 0}
          exemplarSeats={seats.data?.exemplars ?? o.published?.total ?? 210}
        />
      ) : null}
      {o && hasConference ? (
        <VersionsCard latestVersionNo={o.latestVersionNo} canManage={o.canManage} />
      ) : null}
      {targets.data ? <TargetsCard view={targets.data} /> : null}
    </Stack>
  );
}
