import { Table, Text } from "@mantine/core";
import type { AuditEvent } from "../../../domain/audit.ts";
import { diffRows, type Lookups } from "./labels.ts";

/** Before and after of one change, field by field, in words. */
export function AuditDetails({ event, lookups }: { event: AuditEvent; lookups: Lookups }) {
  const rows = diffRows(event.before, event.after, lookups);
  return (
    <div data-testid="audit-details">
      {rows.length === 0 ? (
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
              <Table.Th w="37%">Trước</Table.Th>
              <Table.Th>Sau</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key} fw={r.changed ? 500 : undefined} c={r.changed ? undefined : "dimmed"}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td className={r.changed && r.before !== null ? "diff-old" : undefined}>
                  {r.before ?? "—"}
                </Table.Td>
                <Table.Td className={r.changed && r.after !== null ? "diff-new" : undefined}>
                  {r.after ?? "—"}
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
