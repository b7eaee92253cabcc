/**
 * Propaganda tasks (SPEC J1; plan III.3): who, what, by when, status. The culture office
 * gives them (any unit); the unit or the office moves the status. Paged on the server.
 */

import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from "../../../domain/propaganda.ts";
import { formatDateVi, parseDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { useMay } from "../../lib/auth.ts";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { useUnits } from "../../lib/queries.ts";
import { UnitSelect } from "../people/UnitSelect.tsx";
import { PAGE_SIZE, propagandaApi, propagandaKeys, useTasks } from "./propagandaApi.ts";

const STATUS_OPTIONS = TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }));
const color = (s: string) => (s === "done" ? "green" : s === "in_progress" ? "blue" : "gray");

function NewTask() {
  const qc = useQueryClient();
  const units = useUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const dueIso = parseDateVi(due);
  const create = useMutation({
    mutationFn: () => propagandaApi.createTask({ unitId: unitId!, title, detail: "", dueDate: dueIso! }),
    onSuccess: () => {
      setTitle("");
      setDue("");
      qc.invalidateQueries({ queryKey: propagandaKeys.all });
      notifyDone("Đã giao nhiệm vụ");
    },
    onError: (e) => notifyError(e),
  });
  return (
    <Group align="flex-end" gap="sm" data-testid="new-task">
      <UnitSelect
        units={units.data ?? []}
        label="Đơn vị thực hiện"
        value={unitId}
        onChange={setUnitId}
        w={260}
      />
      <TextInput
        label="Nội dung nhiệm vụ"
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        w={340}
      />
      <TextInput
        label="Hạn hoàn thành"
        placeholder="dd/mm/yyyy"
        value={due}
        onChange={(e) => setDue(e.currentTarget.value)}
        error={due && !dueIso ? "Nhập ngày theo dạng dd/mm/yyyy" : null}
        w={150}
      />
      <WhyDisabled
        disabled={!unitId || !title.trim() || !dueIso}
        reason="Chọn đơn vị, nhập nhiệm vụ và hạn (dd/mm/yyyy) trước"
      >
        <Button
          loading={create.isPending}
          disabled={!unitId || !title.trim() || !dueIso}
          onClick={() => create.mutate()}
        >
          Giao nhiệm vụ
        </Button>
      </WhyDisabled>
    </Group>
  );
}

export function TasksPanel() {
  const may = useMay();
  const [page, setPage] = useState(1);
  const q = useTasks(page);
  const qc = useQueryClient();
  const status = useMutation({
    mutationFn: (v: { id: string; status: TaskStatus; version: number }) =>
      propagandaApi.setStatus(v.id, { status: v.status, version: v.version }),
    onSuccess: (_r, v) => {
      notifyDone("Đã đổi trạng thái nhiệm vụ", `Nhiệm vụ chuyển sang “${TASK_STATUS_LABELS[v.status]}”.`);
      return qc.invalidateQueries({ queryKey: propagandaKeys.all });
    },
    onError: (e) => {
      notifyError(e);
      qc.invalidateQueries({ queryKey: propagandaKeys.all });
    },
  });
  return (
    <Stack gap="sm">
      <Title order={3}>Nhiệm vụ tuyên truyền</Title>
      {may("propaganda.manage") ? <NewTask /> : null}
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <WideTable minWidth={760} withTableBorder striped data-testid="tasks-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Nội dung</Table.Th>
            <Table.Th>Hạn</Table.Th>
            <Table.Th>Tin bài đã ghi</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(q.data?.items ?? []).map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>{t.unitName}</Table.Td>
              <Table.Td>{t.title}</Table.Td>
              <Table.Td>{formatDateVi(t.dueDate)}</Table.Td>
              <Table.Td>{t.itemCount}</Table.Td>
              <Table.Td>
                {t.canUpdate ? (
                  <Select
                    aria-label={`Trạng thái: ${t.title}`}
                    data={STATUS_OPTIONS}
                    value={t.status}
                    allowDeselect={false}
                    onChange={(v) =>
                      v && status.mutate({ id: t.id, status: v as TaskStatus, version: t.version })
                    }
                    w={170}
                  />
                ) : (
                  <Badge variant="light" color={color(t.status)}>
                    {TASK_STATUS_LABELS[t.status]}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {q.data?.total ?? 0} nhiệm vụ
        </Text>
        <ListPagination
          total={q.data?.total ?? 0}
          limit={PAGE_SIZE}
          page={page}
          onChange={setPage}
          label="Các trang danh sách nhiệm vụ"
        />
      </Group>
    </Stack>
  );
}
