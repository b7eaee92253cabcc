import { Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { formatDateVi } from "../../../domain/text.ts";
import type { UnitPlan, UnitPlanStatus } from "../../../domain/unit-plans.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { confirmAction } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { ReasonModal } from "../conferences/ReasonModal.tsx";
import { UnitPlanDetailsModal } from "./UnitPlanDetailsModal.tsx";
import { UnitPlansTable } from "./UnitPlansTable.tsx";
import {
  STATUS_LABELS,
  UNIT_PLANS_PAGE_SIZE,
  type UnitPlanPage,
  unitPlanKeys,
  unitPlansApi,
  useUnitPlansPage,
} from "./unitPlansApi.ts";

type Open = { kind: "accept" | "return" | "view"; plan: UnitPlan } | null;

/** Every unit's plan: status, when sent, on time or late, the file; accept or return with a comment. */
export function AllUnitPlans() {
  const qc = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  // A new filter starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of these changing
  useEffect(() => setPage(1), [typed, status]);
  const q = useUnitPlansPage({ q: typed, status, page });
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = q.data?.items ?? [];
  const counts = q.data?.counts;
  const count = (s: UnitPlanStatus) => counts?.byStatus[s] ?? 0;
  const overdue = counts?.overdue ?? 0;
  const due = shown.find((p) => p.timeliness)?.timeliness?.dueOn;

  const decide = async (kind: "accept" | "return", plan: UnitPlan, comment?: string) => {
    if (!plan.id) return;
    setBusy(true);
    setError(null);
    try {
      const p =
        kind === "accept"
          ? await unitPlansApi.accept(plan.id, plan.version)
          : await unitPlansApi.return(plan.id, plan.version, comment ?? "");
      // The row changes in place; the counts come again from the server.
      qc.setQueriesData<UnitPlanPage>({ queryKey: unitPlanKeys.all }, (data) =>
        data ? { ...data, items: data.items.map((x) => (x.unitId === p.unitId ? p : x)) } : data,
      );
      void qc.invalidateQueries({ queryKey: unitPlanKeys.all });
      notifyDone(
        kind === "accept" ? "Đã chấp nhận kế hoạch" : "Đã trả lại kèm ý kiến",
        `Kế hoạch của ${p.unitName}.`,
      );
      setOpen(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  /** Accepting is asked once with `confirmAction`; returning asks for the comment in its own modal. */
  const onOpen = async (kind: "view" | "accept" | "return", plan: UnitPlan) => {
    if (kind !== "accept") return setOpen({ kind, plan });
    setError(null);
    const yes = await confirmAction({
      title: "Chấp nhận kế hoạch",
      message: `Chấp nhận kế hoạch của ${plan.unitName}? Đơn vị sẽ không sửa được kế hoạch đã chấp nhận.`,
      confirmLabel: "Chấp nhận",
    });
    if (yes) await decide("accept", plan);
  };
  const close = () => {
    setOpen(null);
    setError(null);
  };
  const reload = async () => {
    setError(null);
    setOpen(null);
    await qc.refetchQueries({ queryKey: unitPlanKeys.all });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Kế hoạch của các đơn vị"
        description={`Các đơn vị gửi kế hoạch thực hiện về UBND (qua Phòng Nội vụ)${due ? ` trước ngày ${formatDateVi(due)}` : ""} (mục III.2). Đơn vị tổ chức Hội nghị điểm do Hội đồng TĐKT duyệt (mục III.1).`}
      />
      {q.data ? (
        <Text size="sm" data-testid="unit-plan-counts">
          {counts?.units ?? 0} đơn vị tham gia kế hoạch · Đã gửi chờ xem xét: <b>{count("submitted")}</b> · Đã
          chấp nhận: <b>{count("accepted")}</b> · Bị trả lại: <b>{count("returned")}</b> · Chưa gửi:{" "}
          <b>{count("not_submitted") + count("draft")}</b>
          {overdue ? (
            <Text span c="red.8">
              {" "}
              (quá hạn: <b>{overdue}</b>)
            </Text>
          ) : null}
        </Text>
      ) : null}
      <Paper withBorder p="md">
        <Group gap="md" align="flex-end">
          <TextInput
            label="Tìm đơn vị"
            placeholder="Gõ tên đơn vị, có dấu hoặc không dấu"
            type="search"
            w={300}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Select
            label="Trạng thái"
            placeholder="Tất cả trạng thái"
            clearable
            w={220}
            value={status}
            onChange={setStatus}
            data={(Object.keys(STATUS_LABELS) as UnitPlanStatus[]).map((s) => ({
              value: s,
              label: STATUS_LABELS[s],
            }))}
          />
        </Group>
      </Paper>
      {!open && error ? <MutationError error={error} onReload={reload} /> : null}
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.data ? (
        shown.length ? (
          <UnitPlansTable items={shown} onOpen={(kind, plan) => void onOpen(kind, plan)} />
        ) : (
          <Text>Không có đơn vị nào phù hợp.</Text>
        )
      ) : null}
      {q.data && (typed || status) ? (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="unit-plans-found">
          Tìm thấy {q.data.total} đơn vị
        </Text>
      ) : null}
      <ListPagination
        total={q.data?.total ?? 0}
        limit={UNIT_PLANS_PAGE_SIZE}
        page={page}
        onChange={setPage}
        label="Các trang danh sách kế hoạch của các đơn vị"
      />
      {open?.kind === "view" ? <UnitPlanDetailsModal plan={open.plan} onClose={close} /> : null}
      {open?.kind === "return" ? (
        <ReasonModal
          title="Trả lại kế hoạch"
          intro={`Kế hoạch của ${open.plan.unitName} sẽ trở về cho đơn vị sửa và gửi lại. Ghi rõ cần sửa gì.`}
          label="Ý kiến trả lại"
          confirmLabel="Trả lại"
          danger
          loading={busy}
          error={error}
          onConfirm={(c) => void decide("return", open.plan, c)}
          onClose={close}
          onReload={reload}
        />
      ) : null}
    </Stack>
  );
}
