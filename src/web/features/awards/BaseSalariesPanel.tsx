import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BaseSalaryInputSchema, type BaseSalaryView } from "../../../domain/awards.ts";
import type { Page } from "../../../domain/paging.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { api } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { type FieldErrors, zodFieldErrors } from "../../lib/zodForm.ts";
import { DateViInput, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { dong } from "./DecisionResult.tsx";

const LIMIT = 10;
const KEY = ["base-salaries"] as const;

type Editing = { row: BaseSalaryView | null };

/**
 * Lương cơ sở as dated data (SPEC H1; issue #14 item 2): newest first, paged by the server;
 * the office adds a value when a decree raises it, or corrects one (version → 409 when stale).
 * A decision's money uses the value in force on its date.
 */
export function BaseSalariesPanel({ canEdit }: { canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing | null>(null);
  const list = useQuery({
    queryKey: [...KEY, page],
    queryFn: () => api<Page<BaseSalaryView>>(`/api/base-salaries?page=${page}&limit=${LIMIT}`),
  });
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Tiền thưởng = hệ số × mức lương cơ sở áp dụng tại ngày ký quyết định, làm tròn lên hàng chục nghìn
          đồng.
        </Text>
        {canEdit ? <Button onClick={() => setEditing({ row: null })}>Thêm mức lương cơ sở</Button> : null}
      </Group>
      <WideTable minWidth={720} withTableBorder striped aria-label="Mức lương cơ sở">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Áp dụng từ ngày</Table.Th>
            <Table.Th ta="right">Mức lương cơ sở</Table.Th>
            <Table.Th>Bằng chữ</Table.Th>
            <Table.Th>Căn cứ</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{formatDateVi(s.effectiveFrom)}</Table.Td>
              <Table.Td ta="right">{dong(s.amount)}</Table.Td>
              <Table.Td>{s.amountInWords}</Table.Td>
              <Table.Td>{s.legalBasis}</Table.Td>
              <Table.Td>
                {canEdit ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Sửa mức lương cơ sở từ ${formatDateVi(s.effectiveFrom)}`}
                    onClick={() => setEditing({ row: s })}
                  >
                    Sửa
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
      <ListPagination
        total={total}
        limit={LIMIT}
        page={page}
        onChange={setPage}
        label="Các trang lương cơ sở"
      />
      {editing ? <SalaryModal row={editing.row} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function SalaryModal({ row, onClose }: { row: BaseSalaryView | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [date, setDate] = useState(row ? formatDateVi(row.effectiveFrom) : "");
  const [amount, setAmount] = useState<number | string>(row?.amount ?? "");
  const [basis, setBasis] = useState(row?.legalBasis ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: object) =>
      row
        ? api<BaseSalaryView>(`/api/base-salaries/${row.id}`, {
            method: "PUT",
            body: { ...body, version: row.version },
          })
        : api<BaseSalaryView>("/api/base-salaries", { body }),
    onSuccess: async (s) => {
      notifyDone(
        row ? "Đã sửa mức lương cơ sở" : "Đã thêm mức lương cơ sở",
        `${dong(s.amount)} từ ${formatDateVi(s.effectiveFrom)}.`,
      );
      await qc.invalidateQueries({ queryKey: KEY });
      onClose();
    },
  });
  const submit = () => {
    const body = {
      effectiveFrom: viToIso(date) ?? (date.trim() ? "không hợp lệ" : undefined),
      amount: typeof amount === "number" ? amount : undefined,
      legalBasis: basis,
    };
    const found = zodFieldErrors(BaseSalaryInputSchema, body);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(body);
  };
  return (
    <Modal opened onClose={onClose} title={row ? "Sửa mức lương cơ sở" : "Thêm mức lương cơ sở"} centered>
      <Stack>
        <DateViInput
          label="Áp dụng từ ngày"
          required
          value={date}
          onChange={setDate}
          error={errors.effectiveFrom}
        />
        <NumberInput
          label="Mức lương cơ sở (đồng/tháng)"
          required
          value={amount}
          onChange={setAmount}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          error={errors.amount}
        />
        <TextInput
          label="Căn cứ"
          placeholder="Nghị định số …/…/NĐ-CP"
          required
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          error={errors.legalBasis}
        />
        {save.error ? <ErrorAlert error={save.error} title="Chưa lưu được" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {row ? "Lưu thay đổi" : "Thêm"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
