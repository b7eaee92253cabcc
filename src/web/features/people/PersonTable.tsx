import { Badge, Button, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import type { Person } from "../../../domain/persons.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { categoryLabels, DEMO_PERSON_HINT, genderLabel, positionLine } from "./labels.ts";

export function DemoPersonBadge() {
  return (
    <Tooltip label={DEMO_PERSON_HINT} multiline w={280} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color="yellow"
        variant="light"
        tt="none"
        size="sm"
        tabIndex={0}
        aria-description={DEMO_PERSON_HINT}
      >
        Số liệu mẫu
      </Badge>
    </Tooltip>
  );
}

type Props = {
  people: readonly Person[];
  /** The row number before the first row (a later page starts after the earlier ones). */
  firstIndex?: number;
  /** Show each person's unit (when the list spans several units). */
  showUnit: boolean;
  /** Mark each demo person (when the page mixes them with real people; otherwise one note says it). */
  markDemo?: boolean;
  canEdit: (p: Person) => boolean;
  onEdit: (p: Person) => void;
};

/** The people of a unit in the order of official lists (E4): given name, middle, family name. */
export function PersonTable({ people, firstIndex = 0, showUnit, markDemo = true, canEdit, onEdit }: Props) {
  const actions = people.some(canEdit);
  const badge = (p: Person) => markDemo && p.isDemo;
  return (
    <WideTable
      minWidth={1000}
      striped
      highlightOnHover
      withTableBorder
      verticalSpacing="xs"
      aria-label="Danh sách cá nhân"
    >
      <Table.Thead>
        <Table.Tr className="nowrap">
          <Table.Th w={48} className="num">
            STT
          </Table.Th>
          <Table.Th miw={190}>Họ và tên</Table.Th>
          <Table.Th>Giới tính</Table.Th>
          <Table.Th>Năm sinh</Table.Th>
          <Table.Th>Dân tộc</Table.Th>
          <Table.Th miw={220}>Chức vụ – đơn vị công tác</Table.Th>
          <Table.Th miw={200}>Thành phần</Table.Th>
          {actions ? <Table.Th w={90}>Thao tác</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((p, i) => (
          <Table.Tr key={p.id} data-testid="person-row" data-person-id={p.id}>
            <Table.Td className="num">{firstIndex + i + 1}</Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text fw={600} size="sm" className="nowrap">
                  {p.fullName}
                </Text>
                {badge(p) || showUnit ? (
                  <Group gap={6}>
                    {badge(p) ? <DemoPersonBadge /> : null}
                    {showUnit ? (
                      <Text size="xs" c="dimmed">
                        {p.unitName}
                      </Text>
                    ) : null}
                  </Group>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>{genderLabel(p.gender)}</Table.Td>
            <Table.Td>{p.birthYear ?? ""}</Table.Td>
            <Table.Td className="nowrap">{p.ethnicityName ?? ""}</Table.Td>
            <Table.Td>
              <Text size="sm">{positionLine(p)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{categoryLabels(p.categories).join("; ")}</Text>
            </Table.Td>
            {actions ? (
              <Table.Td>
                {canEdit(p) ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onEdit(p)}
                    aria-label={`Sửa thông tin ${p.fullName}`}
                  >
                    Sửa
                  </Button>
                ) : null}
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}
