/**
 * The budget's lines as they stand (SPEC I1): estimate, actual and variance per line and in
 * total, the norm in force, the receipt; while approved, the actuals are typed in and a
 * receipt (PDF or photo) attached per line.
 */
import { Anchor, Button, FileButton, Group, NumberInput, Table, Text } from "@mantine/core";
import { useState } from "react";
import { formatDong } from "../../../domain/budget/lines.ts";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";
import { signedDong } from "./words.ts";

export function LinesTable({
  sheet,
  saving,
  onSaveActuals,
  onReceipt,
}: {
  sheet: BudgetSheet;
  saving: boolean;
  onSaveActuals: (lines: { id: string; actual: number | null }[]) => void;
  onReceipt: (lineId: string, file: File) => void;
}) {
  const editing = sheet.can.editActuals;
  const [actuals, setActuals] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(sheet.lines.filter((l) => l.id).map((l) => [l.id!, l.actual])),
  );
  const overNorm = new Set(sheet.violations.map((v) => v.line));
  return (
    <>
      <Table withTableBorder striped data-testid="budget-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>STT</Table.Th>
            <Table.Th>Nội dung chi</Table.Th>
            <Table.Th ta="right">Số lượng</Table.Th>
            <Table.Th ta="right">Đơn giá</Table.Th>
            <Table.Th ta="right">Dự toán</Table.Th>
            <Table.Th ta="right">Thực chi</Table.Th>
            <Table.Th ta="right">Chênh lệch</Table.Th>
            <Table.Th>Chứng từ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.lines.map((l, i) => (
            <Table.Tr key={l.id ?? "awards"} data-over-norm={overNorm.has(i) ? "true" : undefined}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                {l.label}
                {overNorm.has(i) ? (
                  <Text size="xs" c="orange.8">
                    Vượt định mức {l.norm ? formatDong(l.norm) : ""}
                  </Text>
                ) : null}
                {l.category === "awards" ? (
                  <Text size="xs" c="dimmed">
                    Theo các quyết định khen thưởng tại hội nghị
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">
                {new Intl.NumberFormat("vi-VN").format(l.quantity)} {l.unit}
              </Table.Td>
              <Table.Td ta="right" c={overNorm.has(i) ? "orange.8" : undefined}>
                {formatDong(l.unitPrice)}
              </Table.Td>
              <Table.Td ta="right">{formatDong(l.estimate)}</Table.Td>
              <Table.Td ta="right">
                {editing && l.id ? (
                  <NumberInput
                    aria-label={`Thực chi dòng ${i + 1}`}
                    value={actuals[l.id] ?? ""}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    onChange={(v) => setActuals((a) => ({ ...a, [l.id!]: v === "" ? null : Number(v) }))}
                    w={150}
                  />
                ) : l.actual === null ? (
                  "—"
                ) : (
                  formatDong(l.actual)
                )}
              </Table.Td>
              <Table.Td ta="right" c={l.variance && l.variance > 0 ? "red" : undefined}>
                {signedDong(l.variance)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {l.receiptFileId ? (
                    <Anchor href={`/api/files/${l.receiptFileId}`} size="sm">
                      {l.receiptName}
                    </Anchor>
                  ) : null}
                  {editing && l.id ? (
                    <FileButton
                      onChange={(f) => f && onReceipt(l.id!, f)}
                      accept="application/pdf,image/png,image/jpeg"
                    >
                      {(props) => (
                        <Button
                          size="compact-xs"
                          variant="light"
                          {...props}
                          aria-label={`Chứng từ dòng ${i + 1}`}
                        >
                          {l.receiptFileId ? "Thay" : "Đính kèm"}
                        </Button>
                      )}
                    </FileButton>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td />
            <Table.Td fw={700}>Tổng cộng</Table.Td>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="right" fw={700} data-testid="total-estimate">
              {formatDong(sheet.totalEstimate)}
            </Table.Td>
            <Table.Td ta="right" fw={700} data-testid="total-actual">
              {formatDong(sheet.totalActual)}
            </Table.Td>
            <Table.Td ta="right" fw={700} data-testid="total-variance">
              {sheet.totalActual ? signedDong(sheet.variance) : ""}
              {sheet.totalActual && sheet.variancePercent !== null ? ` (${sheet.variancePercent}%)` : ""}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {editing ? (
        <Group justify="flex-end">
          <Button
            loading={saving}
            onClick={() => onSaveActuals(Object.entries(actuals).map(([id, actual]) => ({ id, actual })))}
          >
            Lưu số thực chi
          </Button>
        </Group>
      ) : null}
    </>
  );
}
