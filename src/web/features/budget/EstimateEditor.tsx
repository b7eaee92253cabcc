/**
 * The estimate's lines while they may change (SPEC I1): category, content, quantity, unit,
 * unit price in whole đồng; the norm in force beside the price, the venue class that sets it.
 */
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import {
  BUDGET_CATEGORY_LABELS,
  type BudgetLineInput,
  ENTERED_CATEGORIES,
  formatDong,
} from "../../../domain/budget/lines.ts";
import { VENUE_CLASS_LABELS, VENUE_CLASSES, type VenueClass } from "../../../domain/budget/norms.ts";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";

const CATEGORY_OPTIONS = ENTERED_CATEGORIES.map((c) => ({ value: c, label: BUDGET_CATEGORY_LABELS[c] }));
const VENUE_OPTIONS = VENUE_CLASSES.map((v) => ({ value: v, label: VENUE_CLASS_LABELS[v] }));
const blank = (): BudgetLineInput => ({ category: "other", label: "", quantity: 1, unit: "", unitPrice: 0 });

export function EstimateEditor({
  sheet,
  saving,
  onSave,
}: {
  sheet: BudgetSheet;
  saving: boolean;
  onSave: (v: { venueClass: VenueClass; lines: BudgetLineInput[] }) => void;
}) {
  const [venueClass, setVenueClass] = useState<VenueClass>(sheet.venueClass);
  const [lines, setLines] = useState<BudgetLineInput[]>(
    sheet.lines
      .filter((l) => l.category !== "awards")
      .map((l) => ({
        category: l.category,
        label: l.label,
        quantity: l.quantity,
        unit: l.unit,
        unitPrice: l.unitPrice,
      })),
  );
  const set = (i: number, patch: Partial<BudgetLineInput>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const normOf = (i: number) => sheet.lines[i]?.norm;
  const total = lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0);

  return (
    <Stack gap="sm" data-testid="estimate-editor">
      <Select
        label="Hạng địa điểm (định mức theo Thông tư 40/2017/TT-BTC)"
        data={VENUE_OPTIONS}
        value={venueClass}
        onChange={(v) => v && setVenueClass(v as VenueClass)}
        allowDeselect={false}
        maw={520}
      />
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>Khoản chi</Table.Th>
            <Table.Th>Nội dung</Table.Th>
            <Table.Th w={100}>Số lượng</Table.Th>
            <Table.Th w={100}>Đơn vị tính</Table.Th>
            <Table.Th w={160}>Đơn giá (đồng)</Table.Th>
            <Table.Th w={150} ta="right">
              Thành tiền
            </Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id until saved
            <Table.Tr key={i}>
              <Table.Td>
                <Select
                  aria-label={`Khoản chi dòng ${i + 1}`}
                  data={CATEGORY_OPTIONS}
                  value={l.category}
                  onChange={(v) => v && set(i, { category: v as BudgetLineInput["category"] })}
                  allowDeselect={false}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Nội dung dòng ${i + 1}`}
                  value={l.label}
                  onChange={(e) => set(i, { label: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`Số lượng dòng ${i + 1}`}
                  value={l.quantity}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  onChange={(v) => set(i, { quantity: Number(v) || 0 })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Đơn vị tính dòng ${i + 1}`}
                  value={l.unit}
                  onChange={(e) => set(i, { unit: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`Đơn giá dòng ${i + 1}`}
                  value={l.unitPrice}
                  min={0}
                  allowDecimal={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  onChange={(v) => set(i, { unitPrice: Number(v) || 0 })}
                  description={normOf(i) ? `Định mức ${formatDong(normOf(i)!)}` : undefined}
                />
              </Table.Td>
              <Table.Td ta="right">{formatDong(l.quantity * l.unitPrice)}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Bỏ dòng ${i + 1}`}
                  onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Button variant="default" onClick={() => setLines((ls) => [...ls, blank()])}>
          Thêm khoản chi
        </Button>
        <Group>
          <Text fw={500}>Cộng các khoản nhập: {formatDong(total)}</Text>
          <Button loading={saving} onClick={() => onSave({ venueClass, lines })}>
            Lưu dự toán
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
