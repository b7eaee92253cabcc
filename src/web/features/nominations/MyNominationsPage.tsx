/**
 * "Đề cử đại biểu" (SPEC F4): after its own conference is held, a unit picks people from its
 * list or its conference's delegates (search without diacritics), orders them, writes each
 * one's achievement summary, saves and sends them — within its quota (a warning above it).
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { NOMINATION_STATUS_LABELS } from "../../../domain/nomination-lifecycle.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import {
  type Entry,
  nominationKeys,
  nominationsApi,
  PAGE,
  useCandidates,
  useMyNomination,
} from "./nominationsApi.ts";

export function MyNominationsPage() {
  const mine = useMyNomination();
  const qc = useQueryClient();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const n = mine.data?.conference ? mine.data.nomination : null;
  useEffect(() => {
    setEntries(
      (n?.entries ?? []).map((e) => ({
        personId: e.personId,
        fullName: e.fullName,
        position: e.position,
        achievement: e.achievement,
      })),
    );
  }, [n]);
  const editable = mine.data?.conference ? mine.data.open && (n === null || n.can.edit) : false;
  const candidates = useCandidates(search.trim(), (page - 1) * PAGE, editable);

  if (mine.isPending) return <PageLoader />;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => mine.refetch()} />;
  const m = mine.data;
  if (m.conference === null) {
    // Not an error: the unit has no higher conference to nominate to yet (issue #13).
    return (
      <Stack gap="md">
        <PageHeader title="Đề cử đại biểu" />
        <Alert color="blue" data-testid="nothing-to-nominate">
          {m.reason}
        </Alert>
      </Stack>
    );
  }
  const quota = m.quota;
  const over = quota !== null && entries.length > quota;
  const picked = new Set(entries.map((e) => e.personId));
  const refresh = () => qc.invalidateQueries({ queryKey: nominationKeys.all });
  const run = async (f: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      notifyDone(done.replace(/\.$/u, ""));
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const move = (i: number, by: number) =>
    setEntries((list) => {
      const next = [...list];
      const [it] = next.splice(i, 1);
      next.splice(i + by, 0, it!);
      return next;
    });

  return (
    <Stack>
      <PageHeader
        title="Đề cử đại biểu"
        description={`Đề cử đại biểu dự ${m.conference.title}${m.conference.date ? ` (${formatDateVi(m.conference.date)})` : ""}.`}
      />
      <Group>
        <Badge size="lg" variant="light" data-testid="quota">
          {quota === null ? "Chưa có chỉ tiêu được công bố" : `Chỉ tiêu của đơn vị: ${quota} đại biểu`}
        </Badge>
        <Badge size="lg" variant="light" color={over ? "red" : "blue"} data-testid="count">
          Đã chọn: {entries.length}
        </Badge>
        {n ? (
          <Badge
            size="lg"
            color={n.status === "returned" ? "red" : n.status === "accepted" ? "green" : "gray"}
            data-testid="status"
          >
            {NOMINATION_STATUS_LABELS[n.status]}
          </Badge>
        ) : null}
      </Group>
      {!m.open ? (
        <Alert color="yellow" title="Chưa mở đề cử">
          {m.closedReason}
        </Alert>
      ) : null}
      {over ? (
        <Alert color="red" title="Vượt chỉ tiêu" role="alert" data-testid="over-quota">
          Đơn vị đang chọn {entries.length} người, vượt chỉ tiêu {quota}. Thường trực sẽ trả lại danh sách
          vượt chỉ tiêu: hãy bớt người trước khi gửi.
        </Alert>
      ) : null}
      {n?.status === "returned" && n.reviewComment ? (
        <Alert color="red" title="Thường trực trả lại">
          {n.reviewComment}
        </Alert>
      ) : null}
      <MutationError error={error} onReload={refresh} />

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Danh sách đề cử (theo thứ tự)
        </Title>
        {entries.length === 0 ? (
          <Text c="dimmed">Chưa chọn ai.</Text>
        ) : (
          <Table aria-label="Danh sách đề cử" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>STT</Table.Th>
                <Table.Th>Họ và tên</Table.Th>
                <Table.Th>Tóm tắt thành tích</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e, i) => (
                <Table.Tr key={e.personId} data-testid="entry">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text fw={600}>{e.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {e.position}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={320}>
                    <Textarea
                      aria-label={`Thành tích của ${e.fullName}`}
                      value={e.achievement}
                      disabled={!editable}
                      autosize
                      minRows={1}
                      onChange={(ev) => {
                        const v = ev.currentTarget.value;
                        setEntries((l) => l.map((x, j) => (j === i ? { ...x, achievement: v } : x)));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    {editable ? (
                      <Group gap={4} wrap="nowrap">
                        <WhyDisabled disabled={i === 0} reason="Người này đã ở đầu danh sách">
                          <ActionIcon
                            variant="subtle"
                            aria-label="Lên"
                            disabled={i === 0}
                            onClick={() => move(i, -1)}
                          >
                            ↑
                          </ActionIcon>
                        </WhyDisabled>
                        <WhyDisabled
                          disabled={i === entries.length - 1}
                          reason="Người này đã ở cuối danh sách"
                        >
                          <ActionIcon
                            variant="subtle"
                            aria-label="Xuống"
                            disabled={i === entries.length - 1}
                            onClick={() => move(i, 1)}
                          >
                            ↓
                          </ActionIcon>
                        </WhyDisabled>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setEntries((l) => l.filter((_, j) => j !== i))}
                        >
                          Bỏ
                        </Button>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editable ? (
          <Group mt="md">
            <Button
              loading={busy}
              onClick={() =>
                run(() => nominationsApi.save(n?.version ?? 0, entries), "Đã lưu danh sách đề cử.")
              }
            >
              Lưu danh sách
            </Button>
            {n?.can.submit ? (
              <Button
                color="green"
                loading={busy}
                onClick={() =>
                  confirmThen(
                    {
                      title: "Gửi đề cử",
                      message:
                        "Gửi danh sách đề cử lên Thường trực? Danh sách không sửa được nữa, trừ khi bị trả lại.",
                      confirmLabel: "Gửi đề cử",
                    },
                    () => run(() => nominationsApi.submit(n.version), "Đã gửi đề cử lên Thường trực."),
                  )
                }
              >
                Gửi đề cử
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Paper>

      {editable ? (
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Chọn người của đơn vị
          </Title>
          <TextInput
            label="Tìm người (gõ không dấu được)"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            mb="sm"
          />
          {candidates.isError ? <ErrorAlert error={candidates.error} /> : null}
          <Table aria-label="Người có thể đề cử" striped>
            <Table.Tbody>
              {(candidates.data?.items ?? []).map((c) => (
                <Table.Tr key={c.personId} data-testid="candidate">
                  <Table.Td>
                    <Text fw={600}>{c.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {[c.position, c.workplace].filter(Boolean).join(", ")}
                      {c.delegate ? " · đại biểu hội nghị của đơn vị" : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td w={120}>
                    <WhyDisabled disabled={picked.has(c.personId)} reason="Đã chọn người này">
                      <Button
                        size="xs"
                        variant="light"
                        disabled={picked.has(c.personId)}
                        aria-label={`Chọn ${c.fullName}`}
                        onClick={() =>
                          setEntries((l) => [
                            ...l,
                            {
                              personId: c.personId,
                              fullName: c.fullName,
                              position: c.position,
                              achievement: c.achievement ?? "",
                            },
                          ])
                        }
                      >
                        {picked.has(c.personId) ? "Đã chọn" : "Chọn"}
                      </Button>
                    </WhyDisabled>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPagination
            mt="sm"
            total={candidates.data?.total ?? 0}
            limit={PAGE}
            page={page}
            onChange={setPage}
            label="Các trang danh sách người có thể đề cử"
          />
        </Paper>
      ) : null}
    </Stack>
  );
}
