import { Badge, Button, Group, Paper, Stack, Table, Text } from "@mantine/core";
import type { DuplicateGroup } from "../../../domain/duplicates.ts";
import { GENDER_LABELS } from "../../../domain/persons.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { ConferenceLinks } from "../search/ConferenceLinks.tsx";
import type { PairToDismiss } from "./DismissModal.tsx";

const pairLabel = ({ a, b }: PairToDismiss) =>
  `${a.fullName} (${a.unitName}) và ${b.fullName} (${b.unitName})`;

/** One person (same folded name, birth year, gender) on the lists of several units (E6). */
export function DuplicateGroupCard({
  group,
  canDismiss,
  onDismiss,
}: {
  group: DuplicateGroup;
  canDismiss: boolean;
  onDismiss: (pair: PairToDismiss) => void;
}) {
  const order = new Map(group.people.map((p, i) => [p.personId, i]));
  // Each pair in the order the people are listed, so "A và B" reads top to bottom.
  const pairs = group.pairs
    .flatMap((p) => {
      const [i, j] = [order.get(p.personIdA), order.get(p.personIdB)];
      return i === undefined || j === undefined ? [] : [[Math.min(i, j), Math.max(i, j)] as const];
    })
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([i, j]) => ({ a: group.people[i]!, b: group.people[j]! }));
  const facts = [
    group.birthYear ? `sinh năm ${group.birthYear}` : "không rõ năm sinh",
    group.gender ? GENDER_LABELS[group.gender].toLocaleLowerCase("vi") : null,
  ].filter(Boolean);

  return (
    <Paper withBorder p="md" data-testid="duplicate-group">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Text fw={700}>{group.fullName}</Text>
            <Text c="dimmed" size="sm">
              {facts.join(", ")}
            </Text>
            <Badge color="orange" variant="light">
              {group.unitCount} đơn vị
            </Badge>
          </Group>
          {canDismiss && pairs.length === 1 ? (
            <Button
              size="xs"
              variant="default"
              onClick={() => onDismiss(pairs[0]!)}
              aria-label={`Không phải cùng một người: ${pairLabel(pairs[0]!)}`}
            >
              Không phải cùng một người
            </Button>
          ) : null}
        </Group>
        <WideTable
          minWidth={760}
          withTableBorder
          verticalSpacing="xs"
          layout="fixed"
          aria-label={`Những người tên ${group.fullName}`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">Họ và tên</Table.Th>
              <Table.Th w="20%">Đơn vị</Table.Th>
              <Table.Th w="25%">Chức vụ – đơn vị công tác</Table.Th>
              <Table.Th w="35%">Hội nghị</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.people.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Td fw={500}>{p.fullName}</Table.Td>
                <Table.Td>{p.unitName}</Table.Td>
                <Table.Td>{p.position ?? "—"}</Table.Td>
                <Table.Td>
                  <ConferenceLinks conferences={p.conferences} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
        {canDismiss && pairs.length > 1 ? (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Đánh dấu từng cặp không phải cùng một người:
            </Text>
            {pairs.map(({ a, b }) => (
              <Group key={`${a.personId}|${b.personId}`} gap="sm" justify="space-between">
                <Text size="sm">{pairLabel({ a, b })}</Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onDismiss({ a, b })}
                  aria-label={`Không phải cùng một người: ${pairLabel({ a, b })}`}
                >
                  Không phải cùng một người
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
