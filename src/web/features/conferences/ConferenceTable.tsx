import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ConferenceSummary } from "../../../domain/conferences.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { conferencePath } from "../../paths.ts";
import { kindLabel, STATUS_COLORS, STATUS_LABELS } from "./labels.ts";

/** The list of conferences with their rule counts (D9) and status. */
export function ConferenceTable({ items }: { items: ConferenceSummary[] }) {
  return (
    <WideTable minWidth={960} striped highlightOnHover withTableBorder aria-label="Danh sách hội nghị">
      <Table.Thead>
        <Table.Tr className="nowrap">
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th>Loại hội nghị</Table.Th>
          <Table.Th>Ngày tổ chức</Table.Th>
          <Table.Th className="num">Số đại biểu</Table.Th>
          <Table.Th className="num">Lỗi</Table.Th>
          <Table.Th className="num">Cảnh báo</Table.Th>
          <Table.Th>Trạng thái</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id} data-testid="conference-row" data-conference-id={c.id} data-status={c.status}>
            <Table.Td>
              <Anchor component={Link} to={conferencePath(c.id)} fw={600} size="sm">
                {c.unitName}
              </Anchor>
              {c.title ? (
                <Text size="xs" c="dimmed" lineClamp={1} title={c.title}>
                  {c.title}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td className="nowrap">{kindLabel(c.kind, c.kindLabel)}</Table.Td>
            <Table.Td className="nowrap">
              {c.date ? (
                formatDateVi(c.date)
              ) : (
                <Text span c="dimmed" size="sm">
                  Chưa ghi
                </Text>
              )}
            </Table.Td>
            <Table.Td className="num">{c.delegateCount}</Table.Td>
            <Table.Td className="num" data-testid="error-count">
              {c.errorCount > 0 ? (
                <Text span c="red.8" fw={700} size="sm">
                  {c.errorCount}
                </Text>
              ) : (
                <Text span c="dimmed" size="sm">
                  0
                </Text>
              )}
            </Table.Td>
            <Table.Td className="num" data-testid="warning-count">
              {c.warningCount > 0 ? (
                <Text span c="yellow.9" fw={700} size="sm">
                  {c.warningCount}
                </Text>
              ) : (
                <Text span c="dimmed" size="sm">
                  0
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLORS[c.status]} variant="light">
                {STATUS_LABELS[c.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
