/** One audit entry's changes, field by field, as the server wrote them in words (N2). */
import { Table, Text } from "@mantine/core";
import { EMPTY_TEXT } from "../../../domain/audit/format.ts";
import type { AuditEvent } from "../../../domain/audit/schemas.ts";

/** Old and new values are marked (struck, green) unless there was nothing. */
const mark = (value: string | null, cls: string) =>
  value !== null && value !== EMPTY_TEXT ? cls : undefined;

export function AuditDetails({ event }: { event: AuditEvent }) {
  const creation = event.changes.every((c) => c.before === null);
  return (
    <div data-testid="audit-details">
      {event.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          Thao tác này không ghi nội dung thay đổi.
        </Text>
      ) : (
        <Table
          withTableBorder
          withColumnBorders
          fz="sm"
          verticalSpacing={4}
          bg="white"
          aria-label="Nội dung thay đổi"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">Trường</Table.Th>
              {creation ? null : <Table.Th w="37%">Trước</Table.Th>}
              <Table.Th>{creation ? "Nội dung" : "Sau"}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.changes.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td fw={500}>{c.label}</Table.Td>
                {creation ? null : (
                  <Table.Td className={mark(c.before, "diff-old")}>{c.before ?? "—"}</Table.Td>
                )}
                <Table.Td className={creation ? undefined : mark(c.after, "diff-new")}>
                  {c.after ?? "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {event.ip ? (
        <Text size="xs" c="dimmed" mt={6}>
          Địa chỉ IP: {event.ip}
        </Text>
      ) : null}
    </div>
  );
}
