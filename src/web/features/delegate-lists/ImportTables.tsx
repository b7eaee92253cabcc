import { Box, Table, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import type { DelegateImportRowError, ParsedDelegatePreview } from "../../../domain/delegate-lists.ts";
import { GENDER_LABELS } from "../../../domain/persons.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ImportErrorTable as SharedImportErrorTable } from "../../components/ImportErrorTable.tsx";

/** Every bad row and cell of the file (E3): the shared table, with this modal's test id. */
export function ImportErrorTable({
  errors,
  testId = "delegate-import-error",
  messageLabel,
}: {
  errors: readonly DelegateImportRowError[];
  testId?: string;
  messageLabel?: string;
}) {
  return (
    <SharedImportErrorTable errors={errors} testId={testId} columnWidth={60} messageLabel={messageLabel} />
  );
}

const ROW_HEIGHT = 34;
const VIEW_HEIGHT = 360;
const OVERSCAN = 8;
/** Dòng, Họ và tên, Giới tính, Ngày/năm sinh, Dân tộc, then the rest for Chức vụ – đơn vị. */
const COLUMN_WIDTHS = [64, 220, 96, 140, 100, null] as const;

type RowMark = "error" | "warning" | null;

/**
 * Every row as the system read it (issue #10 item 7), rows with an error first, then
 * rows with a warning: only the rows in view are drawn, so 5,000 rows scroll smoothly.
 */
export function ImportPreviewTable({
  rows,
  errors = [],
  warnings = [],
}: {
  rows: readonly ParsedDelegatePreview[];
  errors?: readonly DelegateImportRowError[];
  warnings?: readonly DelegateImportRowError[];
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const ordered = useMemo(() => {
    const bad = new Set(errors.map((e) => e.row));
    const odd = new Set(warnings.map((w) => w.row));
    const mark = (row: number): RowMark => (bad.has(row) ? "error" : odd.has(row) ? "warning" : null);
    const rank = { error: 0, warning: 1 } as const;
    return rows
      .map((r) => ({ r, mark: mark(r.row) }))
      .sort((x, y) => (x.mark ? rank[x.mark] : 2) - (y.mark ? rank[y.mark] : 2) || x.r.row - y.r.row);
  }, [rows, errors, warnings]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ordered.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const cell = { height: ROW_HEIGHT, paddingTop: 0, paddingBottom: 0 };
  return (
    <Box
      mah={VIEW_HEIGHT}
      style={{ overflow: "auto" }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="delegate-import-preview"
    >
      <Table
        miw={820}
        withTableBorder
        stickyHeader
        layout="fixed"
        aria-label="Xem trước danh sách"
        aria-rowcount={ordered.length + 1}
      >
        <colgroup>
          {COLUMN_WIDTHS.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of columns
            <col key={i} style={w ? { width: w } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dòng</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th className="nowrap">Giới tính</Table.Th>
            <Table.Th className="nowrap">Ngày/năm sinh</Table.Th>
            <Table.Th>Dân tộc</Table.Th>
            <Table.Th>Chức vụ – đơn vị công tác</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {first > 0 ? <tr style={{ height: first * ROW_HEIGHT }} aria-hidden /> : null}
          {ordered.slice(first, last).map(({ r, mark }, i) => (
            <Table.Tr
              key={r.row}
              data-testid="delegate-import-preview-row"
              data-mark={mark ?? undefined}
              aria-rowindex={first + i + 2}
              bg={mark === "error" ? "red.0" : mark === "warning" ? "yellow.0" : undefined}
            >
              <Table.Td style={cell} c="dimmed">
                {r.row}
              </Table.Td>
              <Table.Td style={cell} fw={500}>
                <Text size="sm" truncate title={r.fullName}>
                  {r.fullName}
                  {r.role === "guest" ? (
                    <Text span size="xs" c="dimmed">
                      {" "}
                      (khách mời)
                    </Text>
                  ) : null}
                </Text>
              </Table.Td>
              <Table.Td style={cell}>{r.gender ? GENDER_LABELS[r.gender] : "—"}</Table.Td>
              <Table.Td style={cell}>
                {r.birthDate ? formatDateVi(r.birthDate) : (r.birthYear ?? "—")}
              </Table.Td>
              <Table.Td style={cell}>{r.ethnicityName ?? "—"}</Table.Td>
              <Table.Td style={cell}>
                <Text size="sm" truncate title={r.position ?? undefined}>
                  {r.position ?? "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          {last < ordered.length ? (
            <tr style={{ height: (ordered.length - last) * ROW_HEIGHT }} aria-hidden />
          ) : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
