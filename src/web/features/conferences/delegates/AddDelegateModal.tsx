import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { MutationError } from "../../../components/MutationError.tsx";
import { ApiError } from "../../../lib/api.ts";
import { notifyDone } from "../../../lib/notify.ts";
import {
  emptyPerson,
  PersonFields,
  type PersonValues,
  toPersonInput,
  validatePerson,
} from "../../people/PersonFields.tsx";
import { personOptionLabel, usePeopleSearch } from "../../people/peopleApi.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { conferencesApi } from "../conferencesApi.ts";
import { serverFiltered } from "../inputs/viFilter.ts";
import { DELEGATE_STATUS_LABELS, ROLE_FULL_LABELS } from "../labels.ts";

type Mode = "existing" | "new";
type Role = keyof typeof ROLE_FULL_LABELS;
type Status = keyof typeof DELEGATE_STATUS_LABELS;

/** "Thêm đại biểu" (E1, E2): an existing person of the unit, or a new one typed in here. */
export function AddDelegateModal({ onClose }: { onClose: () => void }) {
  const { conf, savedVersion, reload } = useConferenceCtx();
  const [mode, setMode] = useState<Mode>("existing");
  const [role, setRole] = useState<Role>("exemplar");
  const [status, setStatus] = useState<Status>("invited");
  const [personId, setPersonId] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const [error, setError] = useState<unknown>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string[]>([]);
  // A town conference draws on every unit; a unit's conference on its own people.
  const people = usePeopleSearch(conf.kind === "town" ? null : conf.unitId, q, mode === "existing");
  const listed = new Set(conf.delegates.map((d) => d.personId));
  const options = (people.data ?? [])
    .filter((p) => !listed.has(p.id))
    .map((p) => ({
      value: p.id,
      label: conf.kind === "town" ? `${personOptionLabel(p)} — ${p.unitName}` : personOptionLabel(p),
    }));
  const form = useForm<PersonValues>({
    mode: "controlled",
    initialValues: emptyPerson(conf.kind === "town" ? "" : conf.unitName),
    validate: validatePerson,
  });

  const add = async (body: Parameters<typeof conferencesApi.addDelegate>[1], name: string) => {
    setBusy(true);
    setError(null);
    try {
      const r = await conferencesApi.addDelegate(conf.id, { ...body, role, status });
      await savedVersion(r.version);
      setAdded((a) => [...a, r.delegate.fullName || name]);
      notifyDone("Đã thêm đại biểu", `${r.delegate.fullName || name} đã có trong danh sách đại biểu.`);
      return true;
    } catch (e) {
      setError(e);
      if (e instanceof ApiError)
        form.setErrors(
          Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^person\./u, ""), v])),
        );
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addExisting = async () => {
    if (!personId) {
      setPickError("Hãy chọn một người trong danh sách");
      return;
    }
    const label = options.find((o) => o.value === personId)?.label ?? "";
    if (await add({ personId }, label)) {
      setPersonId(null);
      setSearch("");
    }
  };
  const addNew = form.onSubmit(async (v) => {
    if (await add({ person: toPersonInput(v) }, v.fullName)) form.setValues(emptyPerson(v.workplace));
  });

  return (
    <Modal opened onClose={onClose} title="Thêm đại biểu" size="xl" centered>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: "existing", label: "Chọn người đã có trong danh sách của đơn vị" },
            { value: "new", label: "Nhập người mới" },
          ]}
          aria-label="Cách thêm đại biểu"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Loại đại biểu"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={Object.entries(ROLE_FULL_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <NativeSelect
            label="Trạng thái"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as Status)}
            data={Object.entries(DELEGATE_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </SimpleGrid>
        {mode === "existing" ? (
          <Stack gap="sm">
            <Select
              label="Người được mời"
              description="Gõ tên, có dấu hoặc không dấu (ví dụ: nguyen van an)"
              placeholder="Tìm theo họ tên, chức vụ"
              searchable
              clearable
              filter={serverFiltered}
              searchValue={search}
              onSearchChange={setSearch}
              data={options}
              value={personId}
              onChange={(v) => {
                setPersonId(v);
                setPickError(null);
              }}
              nothingFoundMessage={
                people.isFetching
                  ? "Đang tìm…"
                  : (people.data?.length ?? 0) > 0
                    ? "Mọi người phù hợp đều đã có trong danh sách đại biểu. Chọn “Nhập người mới” để thêm người khác."
                    : "Không tìm thấy người phù hợp"
              }
              error={pickError}
              maxDropdownHeight={320}
            />
            <MutationError error={error} onReload={reload} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Đóng
              </Button>
              <Button onClick={addExisting} loading={busy}>
                Thêm vào danh sách
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={addNew} noValidate aria-label="Người mới">
            <Stack gap="sm">
              <PersonFields form={form} />
              <MutationError error={error} onReload={reload} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  Đóng
                </Button>
                <Button type="submit" loading={busy}>
                  Lưu người mới và thêm vào danh sách
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {added.length ? (
          <Alert color="green" variant="light" title={`Đã thêm ${added.length} người trong lần này`}>
            <Text size="sm">{added.join("; ")}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Modal>
  );
}
