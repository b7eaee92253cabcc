import { Button, Table, Text } from "@mantine/core";
import type { Dismissal } from "../../../domain/duplicates.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { WideTable } from "../../components/WideTable.tsx";

/** Pairs the office marked "not the same person" (E6); the office may undo each. */
export function DismissalsTable({
  dismissals,
  canUndo,
  busyId,
  onUndo,
}: {
  dismissals: readonly Dismissal[];
  canUndo: boolean;
  busyId: string | null;
  onUndo: (d: Dismissal) => void;
}) {
  return (
    <WideTable
      minWidth={760}
      striped
      withTableBorder
      verticalSpacing="xs"
      aria-label="Đã đánh dấu không phải cùng một người"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Người thứ nhất</Table.Th>
          <Table.Th>Người thứ hai</Table.Th>
          <Table.Th>Ghi chú</Table.Th>
          <Table.Th>Người đánh dấu</Table.Th>
          <Table.Th w={140}>Thời gian</Table.Th>
          {canUndo ? <Table.Th w={110} /> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dismissals.map((d) => (
          <Table.Tr key={d.id} data-testid="duplicate-dismissal">
            <Table.Td>
              {d.fullNameA}
              <Text size="xs" c="dimmed">
                {d.unitNameA}
              </Text>
            </Table.Td>
            <Table.Td>
              {d.fullNameB}
              <Text size="xs" c="dimmed">
                {d.unitNameB}
              </Text>
            </Table.Td>
            <Table.Td>{d.note ?? "—"}</Table.Td>
            <Table.Td>{d.createdBy ?? "—"}</Table.Td>
            <Table.Td className="nowrap">{formatDateTimeVi(d.createdAt)}</Table.Td>
            {canUndo ? (
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  loading={busyId === d.id}
                  onClick={() => onUndo(d)}
                  aria-label={`Hoàn tác: ${d.fullNameA} (${d.unitNameA}) và ${d.fullNameB} (${d.unitNameB})`}
                >
                  Hoàn tác
                </Button>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
