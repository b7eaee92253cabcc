import { NativeSelect, SimpleGrid, Table, Text } from "@mantine/core";
import { FIELD_KEYS, FIELD_LABELS, type FieldKey } from "../../../domain/delegate-lists.ts";

const NONE = "";

/** "AB" → 28, for ordering the file's columns. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The file's columns as choices: "C – Nam", in the file's order, after "(không dùng)". */
export function columnChoices(headers: Record<string, string>, mapping: Record<string, string | null>) {
  const letters = new Set([
    ...Object.keys(headers),
    ...Object.values(mapping).filter((v): v is string => !!v),
  ]);
  const sorted = [...letters].sort((a, b) => columnNumber(a) - columnNumber(b));
  return [
    { value: NONE, label: "(không dùng)" },
    ...sorted.map((l) => ({
      value: l,
      label: headers[l]?.trim() ? `${l} – ${headers[l]}` : `${l} – (không có tiêu đề)`,
    })),
  ];
}

/**
 * The column mapping the server detected (E3), as a table the user can correct:
 * each field of the list → one column of the file, or "(không dùng)".
 */
export function ColumnMapping({
  mapping,
  headers,
  disabled,
  onChange,
}: {
  mapping: Record<string, string | null>;
  headers: Record<string, string>;
  disabled?: boolean;
  onChange: (field: FieldKey, column: string | null) => void;
}) {
  const data = columnChoices(headers, mapping);
  const half = Math.ceil(FIELD_KEYS.length / 2);
  // Two halves side by side keep the twelve fields on one screen.
  const table = (fields: readonly FieldKey[], label: string) => (
    <Table withTableBorder verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="45%">Trường dữ liệu</Table.Th>
          <Table.Th>Cột trong tệp</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => {
          const value = mapping[field] ?? NONE;
          return (
            <Table.Tr key={field} data-testid="delegate-import-mapping-row">
              <Table.Td>
                <Text size="sm" fw={field === "fullName" ? 600 : undefined}>
                  {FIELD_LABELS[field]}
                </Text>
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={`Cột cho “${FIELD_LABELS[field]}”`}
                  data={data}
                  value={value}
                  disabled={disabled}
                  styles={value === NONE ? { input: { color: "var(--mantine-color-dimmed)" } } : undefined}
                  onChange={(e) => onChange(field, e.currentTarget.value || null)}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {table(FIELD_KEYS.slice(0, half), "Cột của tệp cho từng trường dữ liệu (phần 1)")}
      {table(FIELD_KEYS.slice(half), "Cột của tệp cho từng trường dữ liệu (phần 2)")}
    </SimpleGrid>
  );
}
