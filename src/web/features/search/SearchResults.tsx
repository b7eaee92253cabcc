import { Table, Text } from "@mantine/core";
import { GENDER_LABELS } from "../../../domain/persons.ts";
import type { PeopleSearchItem } from "../../../domain/search.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { ConferenceLinks } from "./ConferenceLinks.tsx";

/** "Chức vụ, đơn vị công tác" as offices write it: position, then workplace when it adds something. */
export function positionLine(p: { position: string | null; workplace: string | null }): string {
  const parts = [p.position, p.workplace].filter((s): s is string => !!s?.trim());
  if (parts.length === 2 && parts[0]!.toLocaleLowerCase("vi").includes(parts[1]!.toLocaleLowerCase("vi")))
    return parts[0]!;
  return parts.join(", ");
}

export function SearchResults({ items }: { items: readonly PeopleSearchItem[] }) {
  return (
    <WideTable minWidth={900} striped withTableBorder verticalSpacing="xs" aria-label="Kết quả tìm kiếm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th miw={160}>Họ và tên</Table.Th>
          {/* The same order as every person list: Họ và tên, Giới tính, Năm sinh … (issue #13 item 4). */}
          <Table.Th className="nowrap">Giới tính</Table.Th>
          <Table.Th className="nowrap">Năm sinh</Table.Th>
          <Table.Th miw={150}>Đơn vị</Table.Th>
          <Table.Th>Chức vụ – đơn vị công tác</Table.Th>
          <Table.Th w="30%">Hội nghị</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr key={p.id} data-testid="search-result">
            <Table.Td fw={600}>{p.fullName}</Table.Td>
            <Table.Td>{p.gender ? GENDER_LABELS[p.gender] : "—"}</Table.Td>
            <Table.Td>{p.birthYear ?? "—"}</Table.Td>
            <Table.Td>{p.unitName}</Table.Td>
            <Table.Td>
              <Text size="sm">{positionLine(p) || "—"}</Text>
            </Table.Td>
            <Table.Td>
              <ConferenceLinks conferences={p.conferences} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
