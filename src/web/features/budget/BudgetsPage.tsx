/**
 * Kinh phí hội nghị (SPEC I1, plan III.4) at /kinh-phi: the plan's conferences with their
 * budget's state, estimate and actual (organising cost, award money apart), paged on the server.
 */

import { Anchor, Badge, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { formatDong } from "../../../domain/budget/lines.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { budgetPath, PATHS } from "../../paths.ts";
import { PAGE_SIZE, useBudgetList } from "./budgetApi.ts";
import { statusColor } from "./words.ts";

export function BudgetsPage() {
  const [page, setPage] = useState(1);
  const q = useBudgetList(page);
  return (
    <Stack gap="md">
      <PageHeader
        title="Kinh phí hội nghị"
        description="Phòng Nội vụ lập dự toán cùng Phòng Tài chính – Kế hoạch, Chủ tịch UBND phê duyệt, Phòng Tài chính – Kế hoạch hướng dẫn chi và quyết toán (mục III.4 của kế hoạch). Tiết kiệm, tránh phô trương."
      />
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isPending ? (
        <PageLoader />
      ) : q.data?.total === 0 ? (
        <Text c="dimmed" data-testid="budgets-empty">
          Chưa có hội nghị nào để lập kinh phí. Khi hội nghị được tạo ở trang{" "}
          <Anchor component={Link} to={PATHS.conferences}>
            Hội nghị
          </Anchor>
          , dự toán và thực chi của hội nghị sẽ hiện ở đây.
        </Text>
      ) : q.data ? (
        <>
          {/* The count above the list, as on every list page (issue #13, walk screenshots). */}
          <Text size="sm" c="dimmed" data-testid="budgets-total">
            {q.data.total} hội nghị
            {q.data.total > PAGE_SIZE ? ` · trang ${page}/${Math.ceil(q.data.total / PAGE_SIZE)}` : ""}
          </Text>
          <WideTable minWidth={760} striped withTableBorder data-testid="budgets-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Hội nghị</Table.Th>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th>Ngày</Table.Th>
                <Table.Th>Trạng thái</Table.Th>
                <Table.Th ta="right">Dự toán</Table.Th>
                <Table.Th ta="right">Thực chi</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((b) => (
                <Table.Tr key={b.conferenceId}>
                  <Table.Td>
                    <Anchor component={Link} to={budgetPath(b.conferenceId)}>
                      {b.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{b.unitName}</Table.Td>
                  <Table.Td>{b.date ? formatDateVi(b.date) : "—"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColor(b.status)}>
                      {b.statusLabel}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{b.status ? formatDong(b.totalEstimate) : "—"}</Table.Td>
                  <Table.Td ta="right">{b.totalActual ? formatDong(b.totalActual) : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
          <ListPagination
            total={q.data.total}
            limit={PAGE_SIZE}
            page={page}
            onChange={setPage}
            label="Các trang danh sách kinh phí"
          />
        </>
      ) : null}
    </Stack>
  );
}
