/**
 * "Đề cử của các đơn vị": every unit's count against its quota (over quota flagged), its status,
 * and the office's accept / return. A WideTable, so on a phone each unit is a card with its
 * status and its buttons in sight (issue #13, walk screenshots). Paged and searched on the
 * server (issue #11 item 5): a town's units fit on one page, a province's take several.
 */
import { Badge, Button, Group, Paper, Table, Text, TextInput, Title } from "@mantine/core";
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
  /** What is typed in "Tìm đơn vị", and whether the page shown is filtered by it. */
  search: string;
  onSearch: (search: string) => void;
  searched: boolean;
  onPage: (page: number) => void;
  run: (f: () => Promise<unknown>, done: string) => Promise<void>;
  onAsk: (ask: Ask) => void;
};

export function UnitsCard({ o, search, onSearch, searched, onPage, run, onAsk }: Props) {
  const review = o.list.can.editGuests;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={4}>Đề cử của các đơn vị</Title>
        <TextInput
          label="Tìm đơn vị"
          placeholder="Gõ tên đơn vị, có dấu hoặc không dấu"
          type="search"
          w={300}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
        />
      </Group>
      {searched ? (
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="units-found">
          {o.units.total ? `Tìm thấy ${o.units.total} đơn vị` : "Không có đơn vị nào phù hợp."}
        </Text>
      ) : null}
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
        limit={o.units.limit}
        page={o.units.page}
        onChange={onPage}
        label="Các trang đề cử của các đơn vị"
      />
    </Paper>
  );
}
