import { Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import {
  SECURITY_EVENT_KIND_LABELS,
  SECURITY_EVENT_KINDS,
  type SecurityEventKind,
  securityStatusLabel,
} from "../../../domain/security-events.ts";
import { describeRequest } from "../../../domain/security-request.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { type SecurityLogFilter, securityLogApi } from "./securityLogApi.ts";

const PAGE_SIZE = 50;
const KIND_OPTIONS = SECURITY_EVENT_KINDS.map((k) => ({ value: k, label: SECURITY_EVENT_KIND_LABELS[k] }));

/** "Nhật ký an ninh" (issue #12 item 7): refused and failed attempts, filtered, paged on the server. */
export function SecurityLogPage() {
  useDocumentTitle("Nhật ký an ninh");
  const [params, setParams] = useSearchParams();
  const filter: SecurityLogFilter = {
    kind: (params.get("kind") as SecurityEventKind | null) ?? undefined,
    username: params.get("username") ?? undefined,
    ip: params.get("ip") ?? undefined,
  };
  const page = Number(params.get("trang") ?? "1") || 1;
  const [draft, setDraft] = useState({ username: filter.username ?? "", ip: filter.ip ?? "" });
  const query = { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const log = useQuery({
    queryKey: ["security-events", query],
    queryFn: () => securityLogApi.list(query),
    placeholderData: keepPreviousData,
  });

  const apply = (next: SecurityLogFilter, nextPage = 1) => {
    const sp = new URLSearchParams();
    if (next.kind) sp.set("kind", next.kind);
    if (next.username) sp.set("username", next.username);
    if (next.ip) sp.set("ip", next.ip);
    if (nextPage > 1) sp.set("trang", String(nextPage));
    setParams(sp);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply({ ...filter, username: draft.username.trim() || undefined, ip: draft.ip.trim() || undefined });
  };

  const data = log.data;
  return (
    <Stack gap="md">
      <PageHeader
        title="Nhật ký an ninh"
        description="Các yêu cầu bị từ chối hoặc thất bại: đăng nhập sai, sai mã xác thực, hỏi dữ liệu của đơn vị khác, không có quyền, xung đột dữ liệu. Khác với nhật ký thay đổi."
      />
      <form onSubmit={onSubmit} aria-label="Lọc nhật ký an ninh">
        <Group align="flex-end">
          <Select
            label="Loại sự kiện"
            placeholder="Tất cả"
            data={KIND_OPTIONS}
            value={filter.kind ?? null}
            onChange={(v) => apply({ ...filter, kind: (v as SecurityEventKind | null) ?? undefined })}
            clearable
            w={300}
          />
          <TextInput
            label="Tên đăng nhập"
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.currentTarget.value })}
            w={180}
          />
          <TextInput
            label="Địa chỉ IP"
            value={draft.ip}
            onChange={(e) => setDraft({ ...draft, ip: e.currentTarget.value })}
            w={180}
          />
          <Button type="submit" variant="default">
            Lọc
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({ username: "", ip: "" });
              apply({});
            }}
          >
            Bỏ lọc
          </Button>
        </Group>
      </form>
      {log.isPending ? <PageLoader /> : null}
      {log.isError ? <ErrorAlert error={log.error} onRetry={() => log.refetch()} /> : null}
      {data ? (
        <>
          <Text size="sm" c="dimmed">
            {data.total.toLocaleString("vi-VN")} sự kiện
          </Text>
          <WideTable minWidth={1000} striped withTableBorder aria-label="Nhật ký an ninh">
            <Table.Thead>
              <Table.Tr className="nowrap">
                <Table.Th>Thời điểm</Table.Th>
                <Table.Th>Loại</Table.Th>
                <Table.Th>Tài khoản</Table.Th>
                <Table.Th>Địa chỉ IP</Table.Th>
                <Table.Th>Yêu cầu</Table.Th>
                <Table.Th>Kết quả</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((e) => (
                <Table.Tr key={e.id} data-testid="security-event">
                  <Table.Td className="nowrap">{formatDateTimeVi(e.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      fw={500}
                      c={e.kind === "conflict" || e.kind === "unprocessable" ? "dimmed" : "red.8"}
                    >
                      {SECURITY_EVENT_KIND_LABELS[e.kind]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <div>
                      {e.username ?? ""}
                      {e.fullName ? (
                        <Text size="xs" c="dimmed">
                          {e.fullName}
                        </Text>
                      ) : e.username ? (
                        <Text size="xs" c="dimmed">
                          Không có tài khoản này
                        </Text>
                      ) : null}
                    </div>
                  </Table.Td>
                  <Table.Td className="nowrap">{e.ip ?? ""}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeRequest(e.method, e.route)}</Text>
                    <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: "break-all" }}>
                      {e.method} {e.route}
                    </Text>
                  </Table.Td>
                  <Table.Td title={e.code ?? undefined}>
                    {e.status} · {securityStatusLabel(e.status)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
          <ListPagination
            total={data.total}
            limit={PAGE_SIZE}
            page={page}
            onChange={(p) => apply(filter, p)}
            label="Các trang nhật ký an ninh"
          />
        </>
      ) : null}
    </Stack>
  );
}
