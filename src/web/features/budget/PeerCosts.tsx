/**
 * Cost per delegate beside the other units' (plan I.4 "tiết kiệm, tránh phô trương"): by
 * name for those who read every budget; a unit sees its own and the others' average only.
 */
import { Table, Text, Title } from "@mantine/core";
import { formatDong } from "../../../domain/budget/lines.ts";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";

export function PeerCosts({ sheet }: { sheet: BudgetSheet }) {
  return (
    <div data-testid="peer-costs">
      <Title order={4} mb="xs">
        Chi phí tổ chức bình quân mỗi đại biểu (không kể tiền thưởng)
      </Title>
      <Table withTableBorder maw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Hội nghị của</Table.Th>
            <Table.Th ta="right">Đại biểu</Table.Th>
            <Table.Th ta="right">Chi phí</Table.Th>
            <Table.Th ta="right">Mỗi đại biểu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.peers.map((p) => (
            <Table.Tr key={`${p.unitName}-${p.own}`} fw={p.own ? 700 : undefined}>
              <Table.Td>{p.own ? `${p.unitName} (hội nghị này)` : p.unitName}</Table.Td>
              <Table.Td ta="right">{p.delegates}</Table.Td>
              <Table.Td ta="right">{formatDong(p.cost)}</Table.Td>
              <Table.Td ta="right">{p.perDelegate === null ? "—" : formatDong(p.perDelegate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt={4}>
        {sheet.othersAverage === null
          ? "Chưa có hội nghị nào khác lập dự toán để so sánh."
          : `Bình quân các hội nghị khác: ${formatDong(sheet.othersAverage)} mỗi đại biểu.`}
      </Text>
    </div>
  );
}
