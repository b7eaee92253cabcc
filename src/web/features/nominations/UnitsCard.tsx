/**
 * "Đề cử của các đơn vị": every unit's count against its quota (over quota flagged), its status,
 * and the office's accept / return. A WideTable, so on a phone each unit is a card with its
 * status and its buttons in sight (issue #13, walk screenshots).
 */
import { Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { NOMINATION_STATUS_LABELS } from "../../../domain/nomination-lifecycle.ts";
import type { Overview } from "../../../domain/nominations.ts";
import { ListPagination } from "../../components/ListPagination.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { confirmThen } from "../../lib/confirm.tsx";
import { nominationsApi } from "./nominationsApi.ts";

export type Ask = {
  title: string;
  label: string;
  run: (comment: string) => Promise<unknown>;
  done: string;
} | null;

type Props = {
  o: Overview;
  offset: number;
  onOffset: (offset: number) => void;
  run: (f: () => Promise<unknown>, done: string) => Promise<void>;
  onAsk: (ask: Ask) => void;
};

export function UnitsCard({ o, offset, onOffset, run, onAsk }: Props) {
  const review = o.list.can.editGuests;
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Đề cử của các đơn vị
      </Title>
      <WideTable minWidth={800} striped withTableBorder aria-label="Đề cử của các đơn vị">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Đề cử / chỉ tiêu</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            {review ? <Table.Th>Thao tác</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {o.units.items.map((u) => (
            <Table.Tr
              key={u.unitId}
              data-testid="unit-row"
              data-unit-code={u.unitCode}
              data-over={u.overQuota}
            >
              <Table.Td>{u.unitName}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {u.quota === null ? (
                    <Text>
                      {u.count}{" "}
                      <Text span c="dimmed" size="sm">
                        (chưa công bố chỉ tiêu)
                      </Text>
                    </Text>
                  ) : (
                    <Text>
                      {u.count} / {u.quota}
                    </Text>
                  )}
                  {u.overQuota ? (
                    <Badge color="red" variant="filled">
                      Vượt chỉ tiêu
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {u.status ? (
                  <Badge
                    variant="light"
                    color={u.status === "accepted" ? "green" : u.status === "returned" ? "red" : "blue"}
                  >
                    {NOMINATION_STATUS_LABELS[u.status]}
                    {u.source === "package" ? " (gói cấp dưới)" : ""}
                  </Badge>
                ) : (
                  <Text c="dimmed" size="sm">
                    Chưa đề cử
                  </Text>
                )}
              </Table.Td>
              {review ? (
                <Table.Td>
                  {u.nominationId && u.status && u.version !== null ? (
                    <Group gap="xs">
                      {u.status === "submitted" ? (
                        <Button
                          size="xs"
                          aria-label={`Chấp nhận ${u.unitName}`}
                          onClick={() =>
                            confirmThen(
                              {
                                title: "Chấp nhận đề cử",
                                message: `Chấp nhận đề cử của ${u.unitName}? Đơn vị sẽ không sửa được nữa.`,
                                confirmLabel: "Chấp nhận",
                              },
                              () =>
                                run(
                                  () => nominationsApi.accept(u.nominationId!, u.version!),
                                  `Đã chấp nhận đề cử của ${u.unitName}.`,
                                ),
                            )
                          }
                        >
                          Chấp nhận
                        </Button>
                      ) : null}
                      {u.status === "submitted" || u.status === "accepted" ? (
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          aria-label={`Trả lại ${u.unitName}`}
                          onClick={() =>
                            onAsk({
                              title: `Trả lại đề cử của ${u.unitName}`,
                              label: "Ý kiến gửi đơn vị",
                              run: (c) => nominationsApi.return(u.nominationId!, u.version!, c),
                              done: `Đã trả lại đề cử của ${u.unitName}.`,
                            })
                          }
                        >
                          Trả lại
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
      <ListPagination
        mt="sm"
        total={o.units.total}
        limit={50}
        page={offset / 50 + 1}
        onChange={(p) => onOffset((p - 1) * 50)}
        label="Các trang đề cử của các đơn vị"
      />
    </Paper>
  );
}
