import { Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type ReactNode, useEffect, useState } from "react";
import type { Collective } from "../../../domain/persons.ts";
import type { Unit } from "../../../domain/units.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { CollectiveFormModal } from "./CollectiveFormModal.tsx";
import { COLLECTIVES_PAGE_SIZE, useCollectivesPage } from "./peopleApi.ts";

type Props = {
  unitId: string | null;
  unitName: string | null;
  units: readonly Unit[] | null;
  editable: boolean;
  /** The unit choice of roles that read every unit, shown before the filter box. */
  picker?: ReactNode;
};

/**
 * "Tập thể" (E1): the unit's collectives with their representative and achievement, filtered
 * without regard to diacritics and paged by the server (issue #11 item 5).
 */
export function CollectivesTab({ unitId, unitName, units, editable, picker }: Props) {
  const [filter, setFilter] = useState("");
  const [typed] = useDebouncedValue(filter.trim(), 250);
  const [page, setPage] = useState(1);
  // A new filter or unit starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of these changing
  useEffect(() => setPage(1), [typed, unitId]);
  const q = useCollectivesPage(unitId, typed, page);
  const [modal, setModal] = useState<{ collective: Collective | null } | null>(null);
  const shown = q.data?.items ?? [];
  const total = q.data?.total ?? 0;
  const filtering = typed !== "";
  const firstIndex = ((q.data?.page ?? 1) - 1) * COLLECTIVES_PAGE_SIZE;

  return (
    <Stack gap="md">
      {/* On a phone the filter takes the whole row and the button goes under it. */}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md" w={{ base: "100%", sm: "auto" }}>
          {picker}
          <TextInput
            label="Lọc theo tên tập thể"
            placeholder="Gõ có dấu hoặc không dấu"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            type="search"
            w={{ base: "100%", sm: 360 }}
          />
        </Group>
        {editable ? <Button onClick={() => setModal({ collective: null })}>Thêm tập thể</Button> : null}
      </Group>
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {filtering ? `Tìm thấy ${total} tập thể` : `${total} tập thể`}
            {unitName ? ` — ${unitName}` : " — tất cả đơn vị"}
          </Text>
          {shown.length === 0 ? (
            <Text>
              {filtering
                ? "Không có tập thể nào phù hợp."
                : editable
                  ? "Chưa có tập thể nào. Bấm “Thêm tập thể” để nhập."
                  : "Chưa có tập thể nào."}
            </Text>
          ) : (
            <WideTable
              minWidth={860}
              striped
              highlightOnHover
              withTableBorder
              verticalSpacing="xs"
              aria-label="Danh sách tập thể"
            >
              <Table.Thead>
                <Table.Tr className="nowrap">
                  <Table.Th w={48} className="num">
                    STT
                  </Table.Th>
                  <Table.Th miw={200}>Tên tập thể</Table.Th>
                  {unitId === null ? <Table.Th miw={150}>Đơn vị</Table.Th> : null}
                  <Table.Th miw={150}>Người đại diện</Table.Th>
                  <Table.Th w="35%">Thành tích</Table.Th>
                  {editable ? <Table.Th w={90}>Thao tác</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((c, i) => (
                  <Table.Tr key={c.id} data-testid="collective-row" data-collective-id={c.id}>
                    <Table.Td className="num">{firstIndex + i + 1}</Table.Td>
                    <Table.Td fw={600}>{c.name}</Table.Td>
                    {unitId === null ? <Table.Td>{c.unitName}</Table.Td> : null}
                    <Table.Td>{c.representativeName ?? ""}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3} title={c.achievement ?? undefined}>
                        {c.achievement ?? ""}
                      </Text>
                    </Table.Td>
                    {editable ? (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setModal({ collective: c })}
                          aria-label={`Sửa tập thể ${c.name}`}
                        >
                          Sửa
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </WideTable>
          )}
          <ListPagination
            total={total}
            limit={COLLECTIVES_PAGE_SIZE}
            page={page}
            onChange={setPage}
            label="Các trang danh sách tập thể"
          />
        </>
      ) : null}
      {modal ? (
        <CollectiveFormModal
          collective={modal.collective}
          units={units}
          unitId={unitId}
          onClose={() => setModal(null)}
        />
      ) : null}
    </Stack>
  );
}
