/** Saved allocations, newest first, paged on the server (SPEC F2); the office publishes one. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { QUOTA_BASIS_LABELS } from "../../../domain/quotas/schemas.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { quotaKeys, quotasApi } from "./quotasApi.ts";

const PAGE = 10;

export function VersionsCard({
  latestVersionNo,
  canManage,
}: {
  latestVersionNo: number;
  canManage: boolean;
}) {
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const versions = useQuery({
    queryKey: quotaKeys.versions((page - 1) * PAGE),
    queryFn: () => quotasApi.versions((page - 1) * PAGE, PAGE),
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function publish(id: string, versionNo: number) {
    setBusy(id);
    setError(null);
    try {
      await quotasApi.publish(id, latestVersionNo);
      notifyDone(`Đã công bố phương án số ${versionNo}`, "Các đơn vị thấy chỉ tiêu trên trang chủ.");
      await qc.invalidateQueries({ queryKey: quotaKeys.all });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const data = versions.data;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>Các phương án đã lưu</Title>
        {versions.error ? <ErrorAlert error={versions.error} /> : null}
        {data && data.total === 0 ? <Text size="sm">Chưa lưu phương án nào.</Text> : null}
        {data && data.total > 0 ? (
          <Table withTableBorder aria-label="Các phương án phân bổ">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Số</Table.Th>
                <Table.Th>Căn cứ</Table.Th>
                <Table.Th ta="right">Tổng</Table.Th>
                <Table.Th ta="right">Tối thiểu</Table.Th>
                <Table.Th>Lưu lúc</Table.Th>
                <Table.Th>Công bố</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.versionNo}</Table.Td>
                  <Table.Td>
                    {QUOTA_BASIS_LABELS[v.basis]}
                    {v.note ? (
                      <Text size="xs" c="dimmed">
                        {v.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{v.total}</Table.Td>
                  <Table.Td ta="right">{v.minimum}</Table.Td>
                  <Table.Td>
                    {formatDateTimeVi(v.createdAt)}
                    {v.createdByName ? ` · ${v.createdByName}` : ""}
                  </Table.Td>
                  <Table.Td>
                    {v.isCurrent ? <Badge color="teal">Đang công bố</Badge> : null}
                    {v.publishedAt && !v.isCurrent ? `Đã công bố ${formatDateTimeVi(v.publishedAt)}` : null}
                  </Table.Td>
                  <Table.Td>
                    {canManage && !v.isCurrent ? (
                      <Button
                        size="xs"
                        loading={busy === v.id}
                        onClick={() =>
                          confirmThen(
                            {
                              title: `Công bố phương án số ${v.versionNo}?`,
                              message: `Công bố phương án số ${v.versionNo} làm chỉ tiêu chính thức: các đơn vị thấy chỉ tiêu của mình và đề cử theo phương án này.`,
                              confirmLabel: "Công bố",
                            },
                            () => publish(v.id, v.versionNo),
                          )
                        }
                        aria-label={`Công bố phương án số ${v.versionNo}`}
                      >
                        Công bố
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {data && data.total > PAGE ? (
          <Group justify="flex-end">
            <ListPagination
              total={data.total}
              limit={PAGE}
              page={page}
              onChange={setPage}
              label="Các trang phương án phân bổ"
            />
          </Group>
        ) : null}
        <MutationError error={error} onReload={() => qc.invalidateQueries({ queryKey: quotaKeys.all })} />
      </Stack>
    </Paper>
  );
}
