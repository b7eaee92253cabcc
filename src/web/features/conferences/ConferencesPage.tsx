import { Button, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import type { ConferenceStatus } from "../../../domain/conferences.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";
import { matchesSearch } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { ConferenceTable } from "./ConferenceTable.tsx";
import { CreateConferenceModal } from "./CreateConferenceModal.tsx";
import { useConferences } from "./conferencesApi.ts";
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
  const q = useConferences();
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const items = q.data ?? [];
  const townLabel = items.find((c) => c.kind === "town")?.kindLabel;
  const shown = useMemo(
    () =>
      (q.data ?? []).filter(
        (c) =>
          (!status || c.status === status) && (!kind || c.kind === kind) && matchesSearch(c.unitName, search),
      ),
    [q.data, status, kind, search],
  );
  const filtering = Boolean(status || kind || search.trim());
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
          <Text size="sm" c="dimmed" aria-live="polite">
            {filtering ? `Tìm thấy ${shown.length} / ${items.length} hội nghị` : `${items.length} hội nghị`}
          </Text>
          {shown.length ? (
            <ConferenceTable items={shown} />
          ) : (
            <Text>{items.length ? "Không có hội nghị nào phù hợp." : "Chưa có hội nghị nào."}</Text>
          )}
        </>
      ) : null}
      {creating ? <CreateConferenceModal existing={items} onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}
