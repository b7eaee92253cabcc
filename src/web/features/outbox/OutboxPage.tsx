/**
 * Hộp thư đi (SPEC K4, ADR 0004): the office reviews the reminder and notification e-mails —
 * status, recipient, subject, attempts — sends one now or skips it, and switches automatic
 * sending on or off. Paged on the server.
 */
import { Alert, Badge, Button, Group, Select, Stack, Switch, Table, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  OUTBOX_STATUS_LABELS,
  OUTBOX_STATUSES,
  type OutboxItem,
  type OutboxStatus,
} from "../../../domain/notifications.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { OUTBOX_PAGE_SIZE, outboxApi, useOutbox } from "./outboxApi.ts";

const STATUS_COLORS: Record<OutboxStatus, string> = {
  pending: "blue",
  sent: "teal",
  failed: "red",
  skipped: "gray",
};

function Row({
  m,
  act,
  busy,
}: {
  m: OutboxItem;
  act: (kind: "send" | "skip", id: string) => void;
  busy: boolean;
}) {
  const open = m.status === "pending" || m.status === "failed";
  return (
    <Table.Tr data-testid="outbox-row">
      <Table.Td>
        <Badge color={STATUS_COLORS[m.status]} variant="light" tt="none">
          {OUTBOX_STATUS_LABELS[m.status]}
        </Badge>
        {m.lastError ? (
          <Text size="xs" c="red.8" mt={4}>
            {m.lastError}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{m.recipientName ?? m.toAddress}</Text>
        {m.recipientName ? (
          <Text size="xs" c="dimmed">
            {m.toAddress}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{m.subject}</Text>
      </Table.Td>
      <Table.Td className="nowrap">
        <Text size="sm">{formatDateTimeVi(m.createdAt)}</Text>
        {m.sentAt ? (
          <Text size="xs" c="dimmed">
            Gửi lúc {formatDateTimeVi(m.sentAt)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td className="num">{m.attempts}</Table.Td>
      <Table.Td>
        {open ? (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              disabled={busy}
              onClick={() =>
                confirmThen(
                  {
                    title: "Gửi thư ngay?",
                    message: `Gửi thư “${m.subject}” đến ${m.toAddress} ngay bây giờ? Thư đã gửi không thu hồi được.`,
                    confirmLabel: "Gửi ngay",
                  },
                  () => act("send", m.id),
                )
              }
            >
              Gửi ngay
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={busy}
              onClick={() =>
                confirmThen(
                  {
                    title: "Bỏ qua thư?",
                    message: `Không gửi thư “${m.subject}” đến ${m.toAddress} nữa? Thư bỏ qua không gửi lại được.`,
                    confirmLabel: "Bỏ qua thư",
                    danger: true,
                  },
                  () => act("skip", m.id),
                )
              }
            >
              Bỏ qua
            </Button>
          </Group>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function OutboxPage() {
  const qc = useQueryClient();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [page, setPage] = useState(1);
  const q = useOutbox(status, page);
  const refresh = () => qc.invalidateQueries({ queryKey: ["outbox"] });
  const act = useMutation({
    mutationFn: ({ kind, id }: { kind: "send" | "skip"; id: string }) =>
      kind === "send" ? outboxApi.send(id) : outboxApi.skip(id),
    onSuccess: async (r, v) => {
      notifyDone(
        v.kind === "send" ? "Đã gửi thư" : "Đã bỏ qua thư",
        `Thư đã chuyển sang “${OUTBOX_STATUS_LABELS[r.status]}”.`,
      );
      await refresh();
    },
  });
  const auto = useMutation({
    mutationFn: ({ on, version }: { on: boolean; version: number }) => outboxApi.setAutoSend(on, version),
    onSuccess: async (s) => {
      notifyDone(s.autoSend ? "Đã bật tự động gửi thư" : "Đã tắt tự động gửi thư");
      await refresh();
    },
  });
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const { items, total, settings } = q.data;

  return (
    <Stack gap="md">
      <PageHeader
        title="Hộp thư đi"
        description="Thư nhắc việc và thông báo gửi qua thư điện tử. Thư chỉ được gửi sau khi thay đổi đã lưu; mỗi thư gửi đúng một lần."
      />
      {!settings.smtpConfigured ? (
        <Alert color="yellow" title="Máy chủ thư chưa được cài đặt">
          Thư được giữ lại trong hộp thư đi và sẽ gửi khi quản trị cài đặt xong máy chủ thư.
        </Alert>
      ) : null}
      <Group justify="space-between" align="flex-end">
        <Select
          label="Tình trạng"
          placeholder="Tất cả"
          clearable
          data={OUTBOX_STATUSES.map((s) => ({ value: s, label: OUTBOX_STATUS_LABELS[s] }))}
          value={status}
          onChange={(v) => {
            setStatus(v as OutboxStatus | null);
            setPage(1);
          }}
          w={220}
        />
        <Switch
          label="Tự động gửi thư"
          description={
            settings.autoSend ? "Thư được gửi ngay sau khi tạo" : "Thư chờ Thường trực HĐ TĐKT gửi"
          }
          checked={settings.autoSend}
          disabled={auto.isPending}
          onChange={(e) => auto.mutate({ on: e.currentTarget.checked, version: settings.version })}
        />
      </Group>
      <MutationError error={act.error ?? auto.error} onReload={refresh} />
      {items.length === 0 ? (
        <Text c="dimmed">
          Không có thư nào{status ? ` ở tình trạng “${OUTBOX_STATUS_LABELS[status]}”` : ""}.
        </Text>
      ) : (
        <WideTable minWidth={900} striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tình trạng</Table.Th>
              <Table.Th>Người nhận</Table.Th>
              <Table.Th>Tiêu đề</Table.Th>
              <Table.Th>Tạo lúc</Table.Th>
              <Table.Th className="num">Số lần gửi</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Row key={m.id} m={m} busy={act.isPending} act={(kind, id) => act.mutate({ kind, id })} />
            ))}
          </Table.Tbody>
        </WideTable>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Tổng số: {total} thư
        </Text>
        <ListPagination
          total={total}
          limit={OUTBOX_PAGE_SIZE}
          page={page}
          onChange={setPage}
          label="Các trang hộp thư đi"
        />
      </Group>
    </Stack>
  );
}
