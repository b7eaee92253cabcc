/** Units × milestones (K2): a header per milestone with its deadline and counts; click a header to sort by it. */
import { Stack, Table, Text, UnstyledButton } from "@mantine/core";
import type { ProgressBoard } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { ProgressCellView } from "./ProgressCellView.tsx";

export function ProgressTable({
  board,
  sortedBy,
  onSort,
}: {
  board: ProgressBoard;
  sortedBy: string | null;
  onSort: (code: string | null) => void;
}) {
  return (
    <WideTable
      minWidth={1100}
      striped
      withTableBorder
      withColumnBorders
      verticalSpacing="xs"
      aria-label="Bảng theo dõi tiến độ"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={260}>
            <UnstyledButton onClick={() => onSort(null)} fw={700} fz="sm">
              Đơn vị {sortedBy === null ? "▲" : ""}
            </UnstyledButton>
          </Table.Th>
          {board.milestones.map((m) => {
            const c = board.counts[m.code]!;
            return (
              // On a phone each card's cell is named by the milestone alone, not the board's counts.
              <Table.Th key={m.code} miw={170} data-label={m.label}>
                <UnstyledButton onClick={() => onSort(m.code)} title="Sắp xếp: quá hạn lâu nhất trước">
                  <Stack gap={0}>
                    <Text fw={700} fz="sm">
                      {m.label} {sortedBy === m.code ? "▼" : ""}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      Hạn {formatDateVi(m.dueOn)} · {c.on_time + c.late}/
                      {c.on_time + c.late + c.overdue + c.not_due} hoàn thành
                    </Text>
                  </Stack>
                </UnstyledButton>
              </Table.Th>
            );
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {board.units.map((u) => (
          <Table.Tr key={u.id} data-testid="progress-row">
            <Table.Td>
              <Text fw={500} fz="sm">
                {u.name}
              </Text>
              <Text fz="xs" c="dimmed">
                {u.kindName}
                {u.role === "pilot" ? " · làm điểm" : ""}
                {u.members.length > 0 ? ` · theo dõi: ${u.members.join(", ")}` : ""}
              </Text>
            </Table.Td>
            {board.milestones.map((m) => (
              <Table.Td key={m.code}>
                <ProgressCellView code={m.code} cell={u.cells[m.code]} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
