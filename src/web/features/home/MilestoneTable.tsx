/** One table of the home page's milestones (A3, K2): deadline, section, who it concerns, where it stands. */
import { Badge, Table, Text } from "@mantine/core";
import type { Milestone } from "../../../domain/plan/milestones.ts";
import { cellText, type ProgressBoard } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { APPLIES_TO_LABELS, chipColor, completionText, dueStatus } from "./milestones.ts";

export function MilestoneTable({
  label,
  list,
  today,
  unitView,
  board,
}: {
  label: string;
  list: Milestone[];
  today: string;
  unitView: boolean;
  board: ProgressBoard | undefined;
}) {
  const own = unitView ? board?.units[0] : undefined;
  return (
    <WideTable minWidth={720} striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Việc</Table.Th>
          <Table.Th>Hạn chót</Table.Th>
          <Table.Th>Mục kế hoạch</Table.Th>
          {!unitView ? <Table.Th>Áp dụng cho</Table.Th> : null}
          <Table.Th>Thời hạn</Table.Th>
          {board ? <Table.Th>{unitView ? "Đơn vị của bạn" : "Tiến độ"}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((m) => {
          const status = dueStatus(m.dueOn, today);
          const counts = board?.counts[m.code];
          const cell = own?.cells[m.code];
          const overdue = unitView ? cell?.state === "overdue" : (counts?.overdue ?? 0) > 0;
          return (
            <Table.Tr key={m.id} data-testid="milestone-row">
              <Table.Td fw={500}>{m.label}</Table.Td>
              <Table.Td className="nowrap">{formatDateVi(m.dueOn)}</Table.Td>
              <Table.Td className="nowrap">{m.section ? `Mục ${m.section}` : ""}</Table.Td>
              {!unitView ? <Table.Td>{APPLIES_TO_LABELS[m.appliesTo] ?? m.appliesTo}</Table.Td> : null}
              <Table.Td>
                <Badge color={chipColor(status, overdue)} variant="light" tt="none" size="md">
                  {status.text}
                </Badge>
              </Table.Td>
              {board ? (
                <Table.Td>
                  <Text size="sm">
                    {unitView
                      ? cell
                        ? cellText(cell.state, cell.days)
                        : ""
                      : counts
                        ? completionText(counts)
                        : ""}
                  </Text>
                </Table.Td>
              ) : null}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </WideTable>
  );
}
