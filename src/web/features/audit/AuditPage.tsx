import { Button, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { AUDIT_ACTION_LABELS, type AuditEvent } from "../../../domain/audit.ts";
import { ROLE_LABELS, type Role } from "../../../domain/roles.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { api, qs } from "../../lib/api.ts";
import { keys, useUnitKinds, useUnits } from "../../lib/queries.ts";
import { usersApi } from "../users/usersApi.ts";
import { AuditDetails } from "./AuditDetails.tsx";
import { type AuditFilter, AuditFilters } from "./AuditFilters.tsx";
import { ENTITY_LABELS, type Lookups, recordName } from "./labels.ts";

const PAGE_SIZE = 50;
type AuditPage = { items: AuditEvent[]; total: number; page: number; pageSize: number };

/** Who changed what, when (N2): office only. */
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
  const kinds = useUnitKinds(units.data);
  const users = useQuery({ queryKey: keys.users, queryFn: usersApi.list });

  const unitNames = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const usernames = new Map((users.data ?? []).map((u) => [u.id, `${u.username} – ${u.fullName}`]));
  const lookups: Lookups = {
    unitName: (id) => unitNames.get(id),
    kindName: (code) => kinds.find((k) => k.code === code)?.name,
  };
  const subject = (e: AuditEvent) => {
    const what = ENTITY_LABELS[e.entityType] ?? e.entityType;
    const known =
      e.entityType === "unit" && e.entityId
        ? unitNames.get(e.entityId)
        : e.entityType === "user" && e.entityId
          ? usernames.get(e.entityId)
          : undefined;
    const name = known ?? recordName(e.before, e.after);
    return name ? `${what}: ${name}` : what;
  };
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
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder aria-label="Nhật ký thay đổi">
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
                          {e.actorUsername ??
                            (e.action.startsWith("auth.") ? "Người chưa đăng nhập" : "Hệ thống")}
                        </Text>
                        {e.actorRole ? (
                          <Text size="xs" c="dimmed">
                            {ROLE_LABELS[e.actorRole as Role] ?? e.actorRole}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{AUDIT_ACTION_LABELS[e.action] ?? e.action}</Table.Td>
                      <Table.Td>{subject(e)}</Table.Td>
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
                          <AuditDetails event={e} lookups={lookups} />
                        </Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 ? (
            <Group justify="center">
              <Pagination
                total={pages}
                value={page}
                onChange={(p) => {
                  setPage(p);
                  setOpen(new Set());
                }}
                getItemProps={(p) => ({ "aria-label": `Trang ${p}` })}
                getControlProps={(control) => ({
                  "aria-label": {
                    first: "Trang đầu",
                    previous: "Trang trước",
                    next: "Trang sau",
                    last: "Trang cuối",
                  }[control],
                })}
              />
            </Group>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
