import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Collective } from "../../../domain/persons.ts";
import type { Unit } from "../../../domain/units.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { viFilter } from "../conferences/inputs/viFilter.ts";
import { collectivesApi, peopleKeys, personOptionLabel, usePeopleList } from "./peopleApi.ts";
import { UnitSelect } from "./UnitSelect.tsx";

type Values = { name: string; unitId: string | null; representativeId: string | null; achievement: string };

const toValues = (c: Collective | null, unitId: string | null): Values => ({
  name: c?.name ?? "",
  unitId: c?.unitId ?? unitId,
  representativeId: c?.representativeId ?? null,
  achievement: c?.achievement ?? "",
});

type Props = {
  collective: Collective | null;
  /** The office chooses the unit of a new collective; null for a unit's staff (their own unit). */
  units: readonly Unit[] | null;
  unitId: string | null;
  onClose: () => void;
};

/** Add or edit a collective (E1): name, unit, representative (one of the unit's people), achievement. */
export function CollectiveFormModal({ collective, units, unitId, onClose }: Props) {
  const qc = useQueryClient();
  const [version, setVersion] = useState(collective?.version ?? 0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choosesUnit = !collective && units !== null;
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: toValues(collective, unitId),
    validate: {
      name: (v) => (v.trim() ? null : "Hãy nhập tên tập thể"),
      unitId: (v) => (choosesUnit && !v ? "Hãy chọn đơn vị" : null),
    },
  });
  // A unit's staff read only their own list, so null (every readable unit) is theirs.
  const peopleUnit = form.values.unitId;
  const people = usePeopleList(peopleUnit, peopleUnit !== null || !choosesUnit);
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: personOptionLabel(p) }));

  const onSubmit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    const fields = {
      name: v.name.trim(),
      representativeId: v.representativeId,
      achievement: v.achievement.trim() || null,
    };
    try {
      if (collective) await collectivesApi.update(collective.id, { ...fields, version });
      else
        await collectivesApi.create({ ...fields, unitId: choosesUnit ? (v.unitId ?? undefined) : undefined });
      await qc.invalidateQueries({ queryKey: ["collectives"] });
      if (collective) notifyDone(`Đã lưu tập thể “${fields.name}”`);
      else notifyDone("Đã thêm tập thể", `“${fields.name}”.`);
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  });

  const reload = async () => {
    if (!collective) return;
    try {
      const fresh = await collectivesApi.get(collective);
      if (fresh) {
        form.setValues(toValues(fresh, fresh.unitId));
        setVersion(fresh.version);
      }
      setError(null);
      await qc.invalidateQueries({ queryKey: ["collectives"] });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={collective ? `Sửa tập thể: ${collective.name}` : "Thêm tập thể"}
      size="lg"
      centered
    >
      <form onSubmit={onSubmit} noValidate aria-label={collective ? "Sửa tập thể" : "Thêm tập thể"}>
        <Stack>
          <MutationError error={error} onReload={reload} />
          {collective ? (
            <Text size="sm">
              Đơn vị: <b>{collective.unitName}</b>
            </Text>
          ) : null}
          {choosesUnit ? (
            <UnitSelect
              units={units}
              label="Đơn vị"
              placeholder="Chọn đơn vị"
              required
              {...form.getInputProps("unitId")}
              onChange={(id) => {
                form.setFieldValue("unitId", id);
                form.setFieldValue("representativeId", null);
              }}
            />
          ) : null}
          <TextInput label="Tên tập thể" required data-autofocus {...form.getInputProps("name")} />
          <Select
            label="Người đại diện"
            description="Một người trong danh sách cá nhân của đơn vị"
            placeholder={choosesUnit && !peopleUnit ? "Chọn đơn vị trước" : "Chưa chọn"}
            disabled={choosesUnit && !peopleUnit}
            searchable
            clearable
            filter={viFilter}
            nothingFoundMessage={
              people.isFetching
                ? "Đang tải danh sách…"
                : options.length === 0
                  ? "Đơn vị chưa có ai trong danh sách cá nhân"
                  : "Không có người phù hợp"
            }
            data={options}
            {...form.getInputProps("representativeId")}
          />
          <Textarea label="Thành tích" autosize minRows={3} {...form.getInputProps("achievement")} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              {collective ? "Lưu" : "Thêm tập thể"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
