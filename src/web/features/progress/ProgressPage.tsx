/**
 * The progress board page (K2, plan III.5–III.6): filters (kind, cluster, Council member,
 * state of a milestone), the stacked chart, units × milestones with click-through, paging,
 * xlsx export; the office assigns units to Council members here (K1).
 */
import { Alert, Button, Group, Select, Skeleton, Stack, Text } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { CELL_STATE_LABELS, CELL_STATES, type CellState } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { hasCapability, useCurrentUser } from "../../lib/auth.ts";
import { useClusters, useUnitKinds } from "../../lib/queries.ts";
import { AssignmentsPanel } from "./AssignmentsPanel.tsx";
import { ProgressTable } from "./ProgressTable.tsx";
import {
  NO_FILTERS,
  PAGE_SIZE,
  type ProgressFilters,
  progressApi,
  useCouncilMembers,
  useProgress,
} from "./progressApi.ts";

/** The chart library is large: it loads after the table (issue #11 item 2). */
const ProgressChart = lazy(() => import("./ProgressChart.tsx").then((m) => ({ default: m.ProgressChart })));

export function ProgressPage() {
  const me = useCurrentUser();
  const all = hasCapability(me, "progress.read_all");
  const [f, setF] = useState<ProgressFilters>(NO_FILTERS);
  const q = useProgress(f);
  const kinds = useUnitKinds(undefined);
  const clusters = useClusters();
  const members = useCouncilMembers(all);
  const set = (patch: Partial<ProgressFilters>) => setF((old) => ({ ...old, page: 1, ...patch }));
  const board = q.data;
  // The count says why it is one more than the units taking part (issue #13, walk screenshots).
  const office = board?.units.find((u) => u.role === "office");

  const memberOptions = [
    ...(me.role === "council" ? [{ value: "", label: "Đơn vị tôi theo dõi" }] : []),
    { value: "all", label: "Tất cả đơn vị" },
    ...(members.data ?? [])
      .filter((m) => me.role !== "council" || m.id !== me.id)
      .map((m) => ({ value: m.id, label: `Do ${m.fullName} theo dõi` })),
  ];
  const memberValue = f.memberId ?? (me.role === "council" ? "" : "all");

  return (
    <Stack gap="md">
      <PageHeader
        title="Theo dõi tiến độ"
        description={
          board
            ? `Tình hình thực hiện các mốc của kế hoạch, tính đến hôm nay ${formatDateVi(board.today)} (giờ Việt Nam).`
            : "Tình hình thực hiện các mốc của kế hoạch."
        }
        actions={
          <Button variant="light" onClick={() => progressApi.exportXlsx(f)} disabled={!board}>
            Xuất Excel
          </Button>
        }
      />
      {board?.demo ? (
        <Alert color="yellow" variant="light" title="Số liệu mẫu">
          Kế hoạch đang thực hiện là số liệu mẫu, không phải số liệu thật; các ngày được dời theo ngày nạp số
          liệu mẫu.
        </Alert>
      ) : null}
      {all ? (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Theo dõi"
            data={memberOptions}
            value={memberValue}
            onChange={(v) => set({ memberId: v === "" || v === null ? null : v })}
            allowDeselect={false}
            w={260}
          />
          <Select
            label="Loại đơn vị"
            placeholder="Tất cả"
            data={kinds.map((k) => ({ value: k.code, label: k.name }))}
            value={f.kind}
            onChange={(v) => set({ kind: v })}
            clearable
            w={170}
          />
          <Select
            label="Cụm thi đua"
            placeholder="Tất cả"
            data={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={f.clusterId}
            onChange={(v) => set({ clusterId: v })}
            clearable
            w={190}
          />
          <Select
            label="Tình trạng"
            placeholder="Tất cả"
            data={CELL_STATES.filter((s) => s !== "na").map((s) => ({
              value: s,
              label: CELL_STATE_LABELS[s],
            }))}
            value={f.state}
            onChange={(v) => set({ state: (v as CellState | null) ?? null })}
            clearable
            w={180}
          />
          <Select
            label="Của mốc"
            placeholder="Mốc bất kỳ"
            data={(board?.milestones ?? []).map((m) => ({ value: m.code, label: m.label }))}
            value={f.milestone}
            onChange={(v) => set({ milestone: v, sort: v ? "milestone" : "name" })}
            clearable
            w={240}
          />
        </Group>
      ) : null}
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {board ? (
        <>
          {all ? (
            <Suspense fallback={<Skeleton height={220} aria-label="Đang tải biểu đồ" />}>
              <ProgressChart board={board} />
            </Suspense>
          ) : null}
          <Text size="sm" data-testid="progress-total">
            {board.total} đơn vị
            {office
              ? `: ${board.total - 1} đơn vị tham gia kế hoạch và ${office.name} (các mốc của Thường trực)`
              : ""}
          </Text>
          {board.units.length === 0 ? (
            <Text c="dimmed">Không có đơn vị nào khớp với bộ lọc.</Text>
          ) : (
            <ProgressTable
              board={board}
              sortedBy={f.sort === "milestone" ? f.milestone : null}
              onSort={(code) => set({ milestone: code, sort: code ? "milestone" : "name" })}
            />
          )}
          <ListPagination
            total={board.total}
            limit={PAGE_SIZE}
            page={f.page}
            onChange={(page) => setF((old) => ({ ...old, page }))}
            label="Các trang bảng tiến độ"
          />
        </>
      ) : null}
      {hasCapability(me, "council.assign") ? <AssignmentsPanel /> : null}
    </Stack>
  );
}
