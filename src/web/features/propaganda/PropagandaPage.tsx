/**
 * Tuyên truyền (SPEC J1; plan II.1.1, III.3) at /tuyen-truyen: the tasks, the log of the
 * chosen month's items, the month's counts per channel and kind, and the monthly report.
 */

import {
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import {
  monthWords,
  PROPAGANDA_CHANNEL_LABELS,
  PROPAGANDA_KIND_LABELS,
  type PropagandaCounts,
} from "../../../domain/propaganda.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { download, qs } from "../../lib/api.ts";
import { useMay } from "../../lib/auth.ts";
import { todayIso } from "../../lib/dates.ts";
import { LogItemForm } from "./LogItemForm.tsx";
import { PAGE_SIZE, useCounts, useItems } from "./propagandaApi.ts";
import { TasksPanel } from "./TasksPanel.tsx";

function CountTable({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { label: string; count: number }[];
  testId: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td w="55%">{r.label}</Table.Td>
              <Table.Td>
                <div
                  aria-hidden
                  style={{
                    background: "var(--mantine-color-blue-5)",
                    height: 10,
                    width: `${(r.count / max) * 100}%`,
                    minWidth: r.count ? 4 : 0,
                  }}
                />
              </Table.Td>
              <Table.Td ta="right" w={50}>
                {r.count}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Counts({ c }: { c: PropagandaCounts }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <CountTable
        testId="counts-channel"
        title={`Theo kênh – ${monthWords(c.month)}: ${c.total} tin bài`}
        rows={c.byChannel.map((x) => ({ label: PROPAGANDA_CHANNEL_LABELS[x.channel], count: x.count }))}
      />
      <CountTable
        testId="counts-kind"
        title="Theo loại tin bài"
        rows={c.byKind.map((x) => ({ label: PROPAGANDA_KIND_LABELS[x.kind], count: x.count }))}
      />
    </SimpleGrid>
  );
}

export function PropagandaPage() {
  const may = useMay();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [typed, setTyped] = useState(`${month.slice(5)}/${month.slice(0, 4)}`);
  const [page, setPage] = useState(1);
  const items = useItems(month, page);
  const counts = useCounts(month);
  const m = /^(\d{1,2})\/(\d{4})$/u.exec(typed.trim());
  const parsed = m && Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1]!.padStart(2, "0")}` : null;
  const logs = may("propaganda.manage") || may("propaganda.log_own");
  return (
    <Stack gap="lg">
      <PageHeader
        title="Tuyên truyền"
        description="Phòng Văn hóa – Thông tin, Đài Truyền thanh – Truyền hình, Trung tâm Văn hóa – TDTT và đài truyền thanh các xã, phường tuyên truyền về Hội nghị, biểu dương người tốt, việc tốt (mục II.1.1, III.3 của kế hoạch)."
        actions={
          <Button
            variant="light"
            onClick={() =>
              download(`/api/propaganda/report.docx${qs({ month })}`, `Báo cáo tuyên truyền ${month}.docx`)
            }
          >
            Tải báo cáo tháng (Word)
          </Button>
        }
      />
      <TasksPanel />
      {logs ? (
        <Paper withBorder p="md">
          <LogItemForm />
        </Paper>
      ) : null}
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Tháng"
          placeholder="mm/yyyy"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={120}
        />
        <WhyDisabled disabled={!parsed} reason="Nhập tháng theo dạng mm/yyyy trước">
          <Button
            variant="default"
            disabled={!parsed}
            onClick={() => {
              setMonth(parsed!);
              setPage(1);
            }}
          >
            Xem tháng
          </Button>
        </WhyDisabled>
      </Group>
      {counts.error ? <ErrorAlert error={counts.error} /> : null}
      {counts.data ? <Counts c={counts.data} /> : null}
      <Title order={3}>Tin bài {monthWords(month)}</Title>
      {items.error ? <ErrorAlert error={items.error} /> : null}
      <WideTable minWidth={760} withTableBorder striped data-testid="items-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Kênh</Table.Th>
            <Table.Th>Tiêu đề</Table.Th>
            <Table.Th>Thời lượng, độ dài</Table.Th>
            <Table.Th>Được nêu</Table.Th>
            <Table.Th>Nguồn</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(items.data?.items ?? []).map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{formatDateVi(i.date)}</Table.Td>
              <Table.Td>{i.unitName}</Table.Td>
              <Table.Td>{PROPAGANDA_KIND_LABELS[i.kind]}</Table.Td>
              <Table.Td>{PROPAGANDA_CHANNEL_LABELS[i.channel]}</Table.Td>
              <Table.Td>{i.title}</Table.Td>
              <Table.Td>
                {[i.durationMinutes ? `${i.durationMinutes} phút` : "", i.length ?? ""]
                  .filter(Boolean)
                  .join(", ")}
              </Table.Td>
              <Table.Td>{i.featured}</Table.Td>
              <Table.Td>
                {i.link ? (
                  <Anchor href={i.link} target="_blank" rel="noreferrer" size="sm">
                    Đường dẫn
                  </Anchor>
                ) : null}
                {i.fileId ? (
                  <Anchor href={`/api/files/${i.fileId}`} size="sm" ml="xs">
                    {i.fileName}
                  </Anchor>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {items.data?.total ?? 0} tin bài
        </Text>
        <ListPagination
          total={items.data?.total ?? 0}
          limit={PAGE_SIZE}
          page={page}
          onChange={setPage}
          label="Các trang nhật ký tin bài"
        />
      </Group>
    </Stack>
  );
}
