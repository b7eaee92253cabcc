import { Button, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import type { ConferenceStatus } from "../../../domain/conferences.ts";
import { pageCount } from "../../../domain/paging.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { ConferenceTable } from "./ConferenceTable.tsx";
import { CreateConferenceModal } from "./CreateConferenceModal.tsx";
import { CONFERENCE_PAGE_SIZE, useConferences } from "./conferencesApi.ts";
import { kindLabel, STATUS_LABELS } from "./labels.ts";
import { MyConference } from "./MyConference.tsx";

/** "Hội nghị": every conference of the plan for the office, council and leaders; a unit goes to its own. */
export function ConferencesPage() {
  const may = useMay();
  if (!may("conferences.read_all")) return <MyConference />;
  return <AllConferences />;
}

function AllConferences() {
  const may = useMay();
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  // A new filter starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of these changing
  useEffect(() => setPage(1), [typed, status, kind]);
  // Filtered, ordered and paged by the server (issue #11 item 5).
  const q = useConferences({
    q: typed || undefined,
    status: status ?? undefined,
    kind: kind ?? undefined,
    page,
    limit: CONFERENCE_PAGE_SIZE,
  });
  const [creating, setCreating] = useState(false);
  const shown = q.data?.items ?? [];
  const total = q.data?.total ?? 0;
  const pages = pageCount(total, CONFERENCE_PAGE_SIZE);
  const townLabel = shown.find((c) => c.kind === "town")?.kindLabel;
  const filtering = Boolean(status || kind || typed);
  return (
    <Stack gap="md">
      <PageHeader
        title="Hội nghị"
        description="Hội nghị điển hình tiên tiến của các đơn vị, các Hội nghị điểm và Hội nghị cấp trên; số lỗi, cảnh báo theo quy định của kế hoạch."
        actions={
          may("conferences.create_all") ? (
            <Button onClick={() => setCreating(true)}>Tạo hội nghị</Button>
          ) : null
        }
      />
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
            label="Loại hội nghị"
            placeholder="Tất cả các loại"
            clearable
            w={220}
            value={kind}
            onChange={setKind}
            data={(["pilot", "unit", "town"] as ConferenceKind[]).map((k) => ({
              value: k,
              label: kindLabel(k, townLabel ?? "Hội nghị cấp Thị xã"),
            }))}
          />
          <Select
            label="Trạng thái"
            placeholder="Tất cả trạng thái"
            clearable
            w={200}
            value={status}
            onChange={setStatus}
            data={(Object.keys(STATUS_LABELS) as ConferenceStatus[]).map((s) => ({
              value: s,
              label: STATUS_LABELS[s],
            }))}
          />
        </Group>
      </Paper>
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="conferences-total">
            {filtering ? `Tìm thấy ${total} hội nghị` : `${total} hội nghị`}
            {pages > 1 ? ` · trang ${q.data.page}/${pages}` : ""}
          </Text>
          {shown.length ? (
            <ConferenceTable items={shown} />
          ) : (
            <Text>{filtering ? "Không có hội nghị nào phù hợp." : "Chưa có hội nghị nào."}</Text>
          )}
          <ListPagination
            total={total}
            limit={CONFERENCE_PAGE_SIZE}
            page={page}
            onChange={setPage}
            label="Các trang danh sách hội nghị"
          />
        </>
      ) : null}
      {creating ? <CreateConferenceModal onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
