import { Alert, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Dismissal } from "../../../domain/duplicates.ts";
import { pageCount } from "../../../domain/paging.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { DismissalsTable } from "./DismissalsTable.tsx";
import { DismissModal, type PairToDismiss } from "./DismissModal.tsx";
import { DuplicateGroupCard } from "./DuplicateGroupCard.tsx";
import { DUPLICATES_KEY, DUPLICATES_PAGE_SIZE, duplicatesApi, useDuplicates } from "./duplicatesApi.ts";

/**
 * "Người trùng giữa các đơn vị" (E6): the same person (name without diacritics,
 * birth year, gender) on the lists of several units. The office may mark a pair
 * "not the same person" and undo it; the Council and the chairman read.
 */
export function DuplicatesPage() {
  const may = useMay();
  const allowed = may("duplicates.read");
  const canDismiss = may("duplicates.dismiss");
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const q = useDuplicates(allowed, page);
  const [pair, setPair] = useState<PairToDismiss | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (!allowed) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này dành cho Thường trực Hội đồng Thi đua – Khen thưởng, thành viên Hội đồng và lãnh đạo UBND.
      </Alert>
    );
  }

  const dismiss = async (note: string) => {
    if (!pair) return;
    setBusy("dismiss");
    setError(null);
    try {
      await duplicatesApi.dismiss({
        personIdA: pair.a.personId,
        personIdB: pair.b.personId,
        note: note || null,
      });
      await qc.invalidateQueries({ queryKey: DUPLICATES_KEY });
      notifyDone(
        "Đã đánh dấu không trùng",
        `Đã đánh dấu ${pair.a.fullName} (${pair.a.unitName}) và ${pair.b.fullName} (${pair.b.unitName}) không phải cùng một người.`,
      );
      setPair(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const undo = async (d: Dismissal) => {
    setBusy(d.id);
    try {
      await duplicatesApi.undo(d.id);
      await qc.invalidateQueries({ queryKey: DUPLICATES_KEY });
      notifyDone(
        "Đã hoàn tác",
        `Đã hoàn tác: ${d.fullNameA} (${d.unitNameA}) và ${d.fullNameB} (${d.unitNameB}) lại được báo trùng.`,
      );
    } catch (e) {
      notifyError(e, "Chưa hoàn tác được");
    } finally {
      setBusy(null);
    }
  };

  const header = (
    <PageHeader
      title="Người trùng giữa các đơn vị"
      description="Cùng họ tên (không phân biệt dấu, hoa thường), năm sinh và giới tính, có trong danh sách của từ hai đơn vị trở lên — có thể là một người được hai đơn vị cùng đề cử."
    />
  );
  if (q.isPending)
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  if (q.isError)
    return (
      <>
        {header}
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      </>
    );

  const { groups, total, dismissals } = q.data;
  const pages = pageCount(total, DUPLICATES_PAGE_SIZE);
  return (
    <Stack gap="md">
      {header}
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="duplicate-count">
        {total === 0
          ? "Không có người nào trùng giữa các đơn vị."
          : pages > 1
            ? `Có ${total} nhóm người trùng; trang ${q.data.page}/${pages}.`
            : `Có ${total} nhóm người trùng.`}
      </Text>
      {groups.map((g) => (
        <DuplicateGroupCard
          key={g.key}
          group={g}
          canDismiss={canDismiss}
          onDismiss={(p) => {
            setError(null);
            setPair(p);
          }}
        />
      ))}
      <ListPagination
        total={total}
        limit={DUPLICATES_PAGE_SIZE}
        page={page}
        onChange={setPage}
        label="Các trang nhóm người trùng"
      />
      {dismissals.length > 0 ? (
        <Stack gap="xs" mt="md">
          <Title order={4}>Đã đánh dấu không phải cùng một người</Title>
          <DismissalsTable dismissals={dismissals} canUndo={canDismiss} busyId={busy} onUndo={undo} />
        </Stack>
      ) : null}
      <DismissModal
        key={pair ? `${pair.a.personId}|${pair.b.personId}` : "none"}
        pair={pair}
        busy={busy === "dismiss"}
        error={error}
        onConfirm={dismiss}
        onClose={() => setPair(null)}
      />
    </Stack>
  );
}
