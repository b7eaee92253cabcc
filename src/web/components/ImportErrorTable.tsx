import { Table } from "@mantine/core";

export type ImportRowError = { row: number | null; column: string | null; message: string };

/**
 * Every bad row and cell of an imported file, in the server's Vietnamese words
 * (B1, E3). Row 0 or none means the whole file.
 */
export function ImportErrorTable({
  errors,
  testId,
  columnWidth = 120,
  messageLabel = "Lỗi",
}: {
  errors: readonly ImportRowError[];
  /** data-testid of each row, for the browser tests. */
  testId: string;
  columnWidth?: number;
  /** The third column's title ("Cần xem lại" for warnings). */
  messageLabel?: string;
}) {
  return (
    <Table.ScrollContainer minWidth={520} mah={340}>
      <Table striped withTableBorder stickyHeader aria-label="Lỗi trong tệp">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={76}>Dòng</Table.Th>
            <Table.Th w={columnWidth}>Cột</Table.Th>
            <Table.Th>{messageLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e) => (
            <Table.Tr key={`${e.row}|${e.column}|${e.message}`} data-testid={testId}>
              <Table.Td>{e.row ? e.row : "—"}</Table.Td>
              <Table.Td>{e.column || "—"}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
