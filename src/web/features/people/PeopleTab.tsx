import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { type ReactNode, useMemo, useState } from "react";
import type { Person } from "../../../domain/persons.ts";
import { comparePersonNames, matchesSearch } from "../../../domain/text.ts";
import type { Unit } from "../../../domain/units.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PersonFormModal } from "./PersonFormModal.tsx";
import { PersonTable } from "./PersonTable.tsx";
import { usePeopleList } from "./peopleApi.ts";

type Props = {
  /** The unit shown; null: every unit the caller reads. */
  unitId: string | null;
  unitName: string | null;
  /** The office's unit choice for a new person; null for a unit's staff (their own unit). */
  units: readonly Unit[] | null;
  editable: boolean;
  /** The unit choice of roles that read every unit, shown before the filter box. */
  picker?: ReactNode;
};

/** "Cá nhân": the unit's people, filtered without regard to diacritics (E5), added and edited here. */
export function PeopleTab({ unitId, unitName, units, editable, picker }: Props) {
  const q = usePeopleList(unitId);
  const [filter, setFilter] = useState("");
  const [modal, setModal] = useState<{ person: Person | null } | null>(null);
  const sorted = useMemo(
    () => [...(q.data?.items ?? [])].sort((a, b) => comparePersonNames(a.fullName, b.fullName)),
    [q.data],
  );
  const shown = sorted.filter((p) =>
    matchesSearch(`${p.fullName} ${p.position ?? ""} ${p.workplace ?? ""}`, filter),
  );
  const filtering = filter.trim() !== "";
  const truncated = q.data && q.data.total > q.data.items.length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          {picker}
          <TextInput
            label="Lọc theo họ tên, chức vụ"
            placeholder="Gõ có dấu hoặc không dấu, ví dụ: nguyen van an"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            type="search"
            w={{ base: "100%", sm: 360 }}
          />
        </Group>
        {editable ? <Button onClick={() => setModal({ person: null })}>Thêm người</Button> : null}
      </Group>
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {filtering ? `Tìm thấy ${shown.length} / ${sorted.length} người` : `${sorted.length} người`}
            {unitName ? ` — ${unitName}` : " — tất cả đơn vị"}
          </Text>
          {truncated ? (
            <Alert color="yellow" variant="light">
              Đang hiện {q.data.items.length} trong tổng số {q.data.total} người. Hãy chọn một đơn vị để xem
              đủ danh sách.
            </Alert>
          ) : null}
          {shown.length === 0 ? (
            <Text>
              {filtering
                ? "Không có người nào phù hợp."
                : editable
                  ? "Chưa có người nào trong danh sách. Bấm “Thêm người” để nhập."
                  : "Chưa có người nào trong danh sách."}
            </Text>
          ) : (
            <PersonTable
              people={shown}
              showUnit={unitId === null}
              canEdit={() => editable}
              onEdit={(person) => setModal({ person })}
            />
          )}
        </>
      ) : null}
      {modal ? (
        <PersonFormModal
          person={modal.person}
          units={units}
          unitId={unitId}
          unitName={unitName}
          onClose={() => setModal(null)}
        />
      ) : null}
    </Stack>
  );
}
