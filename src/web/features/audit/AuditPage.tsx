import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import type { AuditEvent } from "../../../domain/audit/schemas.ts";
import { ROLE_LABELS, type Role } from "../../../domain/roles.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { api, qs } from "../../lib/api.ts";
import { keys, useUnits } from "../../lib/queries.ts";
import { AuditDetails } from "./AuditDetails.tsx";
import { type AuditFilter, AuditFilters } from "./AuditFilters.tsx";

const PAGE_SIZE = 50;
type AuditPage = { items: AuditEvent[]; total: number; page: number; pageSize: number };

/** The record an entry is about, as "Hội nghị: Hội nghị điểm – Phường Ba Đình". */
const subject = (e: AuditEvent) => (e.entityName ? `${e.entityLabel}: ${e.entityName}` : e.entityLabel);

/** Who changed what, when (N2): office only. Names and words come from the server. */
export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const query = { ...filter, page, pageSize: PAGE_SIZE };
  const audit = useQuery({
    queryKey: keys.audit(query),
    queryFn: () => api<AuditPage>(`/api/audit${qs(query)}`),
    placeholderData: keepPreviousData,
  });
  const units = useUnits();
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const data = audit.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md">
      <PageHeader
        title="Nhật ký thay đổi"
        description="Ai đã làm gì, lúc nào, dữ liệu trước và sau khi thay đổi."
      />
      <AuditFilters
        value={filter}
        units={units.data ?? []}
        onChange={(f) => {
          setFilter(f);
          setPage(1);
          setOpen(new Set());
        }}
      />
      {audit.isPending ? <PageLoader /> : null}
      {audit.isError ? <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} /> : null}
      {data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {data.total === 0
              ? "Không có bản ghi nào phù hợp."
              : `${data.total} bản ghi · trang ${data.page}/${pages}`}
          </Text>
          <WideTable minWidth={900} withTableBorder aria-label="Nhật ký thay đổi">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Thời gian</Table.Th>
                <Table.Th>Người thực hiện</Table.Th>
                <Table.Th>Thao tác</Table.Th>
                <Table.Th>Đối tượng</Table.Th>
                <Table.Th w={130}>Chi tiết</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((e) => (
                <Fragment key={e.id}>
                  <Table.Tr data-testid="audit-row">
                    <Table.Td className="nowrap">{formatDateTimeVi(e.at)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {e.actorName ??
                          e.actorUsername ??
                          (e.action.startsWith("auth.") ? "Người chưa đăng nhập" : "Hệ thống")}
                      </Text>
                      {e.actorName && e.actorUsername ? (
                        <Text size="xs" c="dimmed">
                          Tên đăng nhập: {e.actorUsername}
                        </Text>
                      ) : null}
                      {e.actorRole ? (
                        <Text size="xs" c="dimmed">
                          {ROLE_LABELS[e.actorRole as Role] ?? e.actorRole}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{e.actionLabel}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{subject(e)}</Text>
                      {e.unitName && e.unitName !== e.entityName ? (
                        <Text size="xs" c="dimmed">
                          Đơn vị: {e.unitName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => toggle(e.id)}
                        aria-expanded={open.has(e.id)}
                      >
                        {open.has(e.id) ? "Ẩn chi tiết" : "Xem chi tiết"}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                  {open.has(e.id) ? (
                    <Table.Tr bg="gray.0">
                      <Table.Td colSpan={5}>
                        <AuditDetails event={e} />
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              ))}
            </Table.Tbody>
          </WideTable>
          {pages > 1 ? (
            <Group justify="center">
              <ListPagination
                total={data.total}
                limit={PAGE_SIZE}
                page={page}
                onChange={(p) => {
                  setPage(p);
                  setOpen(new Set());
                }}
                label="Các trang nhật ký thay đổi"
              />
            </Group>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
