import { Table, Text } from "@mantine/core";
import type { DelegateImportRowError, ParsedDelegatePreview } from "../../../domain/delegate-lists.ts";
import { GENDER_LABELS } from "../../../domain/persons.ts";
import { ImportErrorTable as SharedImportErrorTable } from "../../components/ImportErrorTable.tsx";

/** Every bad row and cell of the file (E3): the shared table, with this modal's test id. */
export function ImportErrorTable({ errors }: { errors: readonly DelegateImportRowError[] }) {
  return <SharedImportErrorTable errors={errors} testId="delegate-import-error" columnWidth={60} />;
}

/** The first rows as the system read them, so the user can see the columns are right. */
export function ImportPreviewTable({ rows }: { rows: readonly ParsedDelegatePreview[] }) {
  return (
    <Table.ScrollContainer minWidth={760} mah={320}>
      <Table striped withTableBorder stickyHeader verticalSpacing={4} aria-label="Xem trước danh sách">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Dòng</Table.Th>
            <Table.Th miw={170}>Họ và tên</Table.Th>
            <Table.Th className="nowrap">Giới tính</Table.Th>
            <Table.Th className="nowrap">Năm sinh</Table.Th>
            <Table.Th className="nowrap">Dân tộc</Table.Th>
            <Table.Th>Chức vụ – đơn vị</Table.Th>
            <Table.Th>Thành tích</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row} data-testid="delegate-import-preview-row">
              <Table.Td c="dimmed">{r.row}</Table.Td>
              <Table.Td fw={500}>
                {r.fullName}
                {r.role === "guest" ? (
                  <Text span size="xs" c="dimmed">
                    {" "}
                    (khách mời)
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{r.gender ? GENDER_LABELS[r.gender] : "—"}</Table.Td>
              <Table.Td>{r.birthYear ?? "—"}</Table.Td>
              <Table.Td>{r.ethnicityName ?? "—"}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {r.position ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={r.achievement ?? undefined}>
                  {r.achievement ?? "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
