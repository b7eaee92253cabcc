import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type ReactNode, useEffect, useState } from "react";
import { pageCount } from "../../../domain/paging.ts";
import type { Person } from "../../../domain/persons.ts";
import type { Unit } from "../../../domain/units.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { PersonFormModal } from "./PersonFormModal.tsx";
import { PersonTable } from "./PersonTable.tsx";
import { PEOPLE_PAGE_SIZE, usePeoplePage } from "./peopleApi.ts";

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

/**
 * "Cá nhân": the unit's people, filtered without regard to diacritics (E5) and paged by the
 * server in the order of official lists (issue #11 item 5), added and edited here.
 */
export function PeopleTab({ unitId, unitName, units, editable, picker }: Props) {
  const [filter, setFilter] = useState("");
  const [typed] = useDebouncedValue(filter.trim(), 250);
  const [page, setPage] = useState(1);
  // A new filter or unit starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of these changing
  useEffect(() => setPage(1), [typed, unitId]);
  const q = usePeoplePage(unitId, typed, page);
  const [modal, setModal] = useState<{ person: Person | null } | null>(null);
  const shown = q.data?.items ?? [];
  const total = q.data?.total ?? 0;
  const filtering = typed !== "";
  const pages = pageCount(total, PEOPLE_PAGE_SIZE);
  // One note for a page of demo people, not a badge on each (issue #13, walk screenshots);
  // a page mixing them with real people still marks each demo row.
  const allDemo = shown.length > 0 && shown.every((p) => p.isDemo);

  return (
    <Stack gap="md">
      {/* On a phone the filter takes the whole row and the button goes under it. */}
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md" w={{ base: "100%", sm: "auto" }}>
          {picker}
          <TextInput
            label="Lọc theo họ tên, chức vụ"
            placeholder="Gõ có dấu hoặc không dấu"
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
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="people-total">
            {filtering ? `Tìm thấy ${total} người` : `${total} người`}
            {unitName ? ` — ${unitName}` : " — tất cả đơn vị"}
            {pages > 1 ? ` · trang ${q.data.page}/${pages}` : ""}
          </Text>
          {allDemo ? (
            <Text size="sm" c="orange.8" data-testid="people-demo-note">
              Số liệu mẫu: những người trong danh sách này được tạo để chạy thử phần mềm, không phải người
              thật của đơn vị.
            </Text>
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
              firstIndex={(q.data.page - 1) * PEOPLE_PAGE_SIZE}
              showUnit={unitId === null}
              markDemo={!allDemo}
              canEdit={() => editable}
              onEdit={(person) => setModal({ person })}
            />
          )}
          <ListPagination
            total={total}
            limit={PEOPLE_PAGE_SIZE}
            page={page}
            onChange={setPage}
            label="Các trang danh sách cá nhân"
          />
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
