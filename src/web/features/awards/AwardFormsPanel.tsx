import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AWARD_FORM_KIND_LABELS, CERTIFICATE_KIND_LABELS } from "../../../domain/award-forms.ts";
import { AwardFormInputSchema, AwardFormUpdateSchema, type AwardFormView } from "../../../domain/awards.ts";
import type { Page } from "../../../domain/paging.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { api } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { type FieldErrors, zodFieldErrors } from "../../lib/zodForm.ts";
import { awardKeys } from "./awardsApi.ts";

const LIMIT = 10;
const KEY = ["award-forms-page"] as const;

/** "0,3" lần ↔ 300 phần nghìn: the decree writes multiples, the data keeps integers. */
const toPerMille = (v: number | string) => (typeof v === "number" ? Math.round(v * 1000) : null);
const fromPerMille = (v: number | null) => (v === null ? "" : v / 1000);

/**
 * Hình thức khen thưởng as data (SPEC H1; issue #14 item 2): code, name, kind, the blank it
 * prints on and the multiples of the base salary for an individual and a collective. Paged by
 * the server; the office adds and edits (version → 409 when stale); decisions keep the code.
 */
export function AwardFormsPanel({ canEdit }: { canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ row: AwardFormView | null } | null>(null);
  const list = useQuery({
    queryKey: [...KEY, page],
    queryFn: () => api<Page<AwardFormView>>(`/api/award-forms?page=${page}&limit=${LIMIT}`),
  });
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Hệ số là số lần mức lương cơ sở (Nghị định số 98/2023/NĐ-CP, Điều 73 và 75).
        </Text>
        {canEdit ? <Button onClick={() => setEditing({ row: null })}>Thêm hình thức</Button> : null}
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <WideTable minWidth={720} withTableBorder striped aria-label="Hình thức khen thưởng">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Mã</Table.Th>
              <Table.Th>Tên</Table.Th>
              <Table.Th>Loại</Table.Th>
              <Table.Th>Phôi</Table.Th>
              <Table.Th ta="right">Hệ số cá nhân</Table.Th>
              <Table.Th ta="right">Hệ số tập thể</Table.Th>
              <Table.Th>Căn cứ</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.code}>
                <Table.Td>{f.code}</Table.Td>
                <Table.Td>
                  {f.name}{" "}
                  {f.active ? null : (
                    <Badge color="gray" size="xs">
                      Ngừng dùng
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{AWARD_FORM_KIND_LABELS[f.kind]}</Table.Td>
                <Table.Td>{CERTIFICATE_KIND_LABELS[f.certificate]}</Table.Td>
                <Table.Td ta="right">{f.individualMultiplier ?? "—"}</Table.Td>
                <Table.Td ta="right">{f.collectiveMultiplier ?? "—"}</Table.Td>
                <Table.Td>{f.legalBasis ?? ""}</Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={`Sửa ${f.name}`}
                      onClick={() => setEditing({ row: f })}
                    >
                      Sửa
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      </Table.ScrollContainer>
      <ListPagination
        total={total}
        limit={LIMIT}
        page={page}
        onChange={setPage}
        label="Các trang danh mục khen thưởng"
      />
      {editing ? <FormModal row={editing.row} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function FormModal({ row, onClose }: { row: AwardFormView | null; onClose: () => void }) {
  const qc = useQueryClient();
  const [code, setCode] = useState(row?.code ?? "");
  const [kind, setKind] = useState<string | null>(row?.kind ?? "award");
  const [name, setName] = useState(row?.name ?? "");
  const [certificate, setCertificate] = useState<string | null>(row?.certificate ?? "giay_khen");
  const [individual, setIndividual] = useState<number | string>(
    fromPerMille(row?.individualPerMille ?? null),
  );
  const [collective, setCollective] = useState<number | string>(
    fromPerMille(row?.collectivePerMille ?? null),
  );
  const [basis, setBasis] = useState(row?.legalBasis ?? "");
  const [active, setActive] = useState(row?.active ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (body: object) =>
      row
        ? api<AwardFormView>(`/api/award-forms/${row.code}`, { method: "PUT", body })
        : api<AwardFormView>("/api/award-forms", { body }),
    onSuccess: async (f) => {
      notifyDone(row ? "Đã sửa hình thức khen thưởng" : "Đã thêm hình thức khen thưởng", f.name);
      await qc.invalidateQueries({ queryKey: KEY });
      await qc.invalidateQueries({ queryKey: awardKeys.forms });
      onClose();
    },
  });
  const submit = () => {
    const shared = {
      name,
      certificate,
      individualPerMille: toPerMille(individual),
      collectivePerMille: toPerMille(collective),
      legalBasis: basis,
      active,
    };
    const body = row ? { ...shared, version: row.version } : { ...shared, code: code.trim(), kind };
    const found = zodFieldErrors(row ? AwardFormUpdateSchema : AwardFormInputSchema, body);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(body);
  };
  const multiple = { decimalScale: 3, decimalSeparator: ",", allowNegative: false, min: 0 } as const;
  return (
    <Modal
      opened
      onClose={onClose}
      title={row ? "Sửa hình thức khen thưởng" : "Thêm hình thức khen thưởng"}
      size="lg"
      centered
    >
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput
            label="Mã"
            description="Chữ thường không dấu, số, dấu gạch dưới; không đổi sau khi thêm"
            required
            disabled={row !== null}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
          <Select
            label="Loại"
            required
            disabled={row !== null}
            data={Object.entries(AWARD_FORM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={setKind}
            error={errors.kind}
          />
        </SimpleGrid>
        <TextInput
          label="Tên"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <SimpleGrid cols={3}>
          <Select
            label="In trên phôi"
            required
            data={Object.entries(CERTIFICATE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            value={certificate}
            onChange={setCertificate}
            error={errors.certificate}
          />
          <NumberInput
            label="Hệ số cá nhân (lần)"
            value={individual}
            onChange={setIndividual}
            error={errors.individualPerMille}
            {...multiple}
          />
          <NumberInput
            label="Hệ số tập thể (lần)"
            value={collective}
            onChange={setCollective}
            error={errors.collectivePerMille}
            {...multiple}
          />
        </SimpleGrid>
        <TextInput
          label="Căn cứ"
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          error={errors.legalBasis}
        />
        <Checkbox
          label="Đang dùng (hiện trong danh sách chọn khi ghi quyết định)"
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
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
