import { Group, Stack, Table, Text } from "@mantine/core";
import type { Unit } from "../../../domain/units.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { formatNumber } from "../../lib/dates.ts";
import { type UnitAction, UnitActionsMenu } from "./UnitActionsMenu.tsx";
import { DemoBadge, StatusBadge } from "./UnitBadges.tsx";

type Props = { units: Unit[]; manage: boolean; onAction: (a: UnitAction, u: Unit) => void };

export function UnitTable({ units, manage, onAction }: Props) {
  return (
    <WideTable
      minWidth={1040}
      striped
      highlightOnHover
      withTableBorder
      aria-label="Danh sách đơn vị"
      data-testid="unit-table"
    >
      <Table.Thead>
        <Table.Tr className="nowrap">
          <Table.Th>Tên đơn vị</Table.Th>
          <Table.Th>Loại</Table.Th>
          <Table.Th className="num">Số lao động</Table.Th>
          <Table.Th>Cụm thi đua</Table.Th>
          <Table.Th>Đơn vị điểm</Table.Th>
          <Table.Th>Trạng thái</Table.Th>
          {manage ? <Table.Th w={120}>Thao tác</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.map((u) => (
          <Table.Tr
            key={u.id}
            data-testid="unit-row"
            data-unit-code={u.code}
            c={u.active ? undefined : "dimmed"}
          >
            <Table.Td>
              <Stack gap={2}>
                <Text fw={500} size="sm">
                  {u.name}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    Mã: {u.code}
                  </Text>
                  {u.isDemo ? <DemoBadge /> : null}
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td className="nowrap">{u.kindName}</Table.Td>
            <Table.Td className="num">{formatNumber(u.workforce)}</Table.Td>
            <Table.Td className="nowrap">{u.clusterName ?? ""}</Table.Td>
            <Table.Td>{u.isPilot ? "Có" : ""}</Table.Td>
            <Table.Td>
              <StatusBadge active={u.active} />
            </Table.Td>
            {manage ? (
              <Table.Td>
                <UnitActionsMenu unit={u} onAction={onAction} />
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
