import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Person } from "../../../domain/persons.ts";
import type { Unit } from "../../../domain/units.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import {
  emptyPerson,
  PersonFields,
  type PersonValues,
  personToValues,
  toPersonInput,
  validatePerson,
} from "./PersonFields.tsx";
import { peopleApi, peopleKeys } from "./peopleApi.ts";
import { UnitSelect } from "./UnitSelect.tsx";

type Props = {
  /** null: add a new person. */
  person: Person | null;
  /** The office chooses the unit of a new person; a unit's staff add to their own (unitId fixed). */
  units: readonly Unit[] | null;
  unitId: string | null;
  unitName: string | null;
  onClose: () => void;
};

/** Add or edit one person (E1). An edit carries the version read; a stale one offers "Tải lại" (N2). */
export function PersonFormModal({ person, units, unitId, unitName, onClose }: Props) {
  const qc = useQueryClient();
  const [version, setVersion] = useState(person?.version ?? 0);
  const [targetUnit, setTargetUnit] = useState<string | null>(unitId);
  const [unitError, setUnitError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<PersonValues>({
    mode: "controlled",
    initialValues: person ? personToValues(person) : emptyPerson(unitName ?? ""),
    validate: validatePerson,
  });
  const choosesUnit = !person && units !== null;

  const pickUnit = (id: string | null) => {
    setTargetUnit(id);
    setUnitError(null);
    // The workplace follows the unit until the clerk types one of their own.
    const before = units?.find((u) => u.id === targetUnit)?.name ?? "";
    const after = units?.find((u) => u.id === id)?.name ?? "";
    if (form.values.workplace.trim() === "" || form.values.workplace === before)
      form.setFieldValue("workplace", after);
  };

  const onSubmit = form.onSubmit(async (v) => {
    if (choosesUnit && !targetUnit) {
      setUnitError("Hãy chọn đơn vị");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const input = toPersonInput(v);
      if (person) await peopleApi.update(person.id, { ...input, version });
      else await peopleApi.create({ ...input, unitId: choosesUnit ? (targetUnit ?? undefined) : undefined });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      await qc.invalidateQueries({ queryKey: ["collectives"] });
      if (person) notifyDone(`Đã lưu thông tin của ${input.fullName}`);
      else notifyDone("Đã thêm người", `${input.fullName}.`);
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        form.setErrors(e.fields);
        if (e.fields.unitId) setUnitError(e.fields.unitId);
      }
    } finally {
      setBusy(false);
    }
  });

  const reload = async () => {
    if (!person) return;
    try {
      const fresh = await peopleApi.get(person.id);
      form.setValues(personToValues(fresh));
      form.resetDirty();
      setVersion(fresh.version);
      setError(null);
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    } catch (e) {
      setError(e);
    }
  };

  const title = person ? `Sửa thông tin: ${person.fullName}` : "Thêm người";
  return (
    <Modal opened onClose={onClose} title={title} size="xl" centered>
      <form onSubmit={onSubmit} noValidate aria-label={person ? "Sửa thông tin người" : "Thêm người"}>
        <Stack>
          <MutationError error={error} onReload={reload} />
          {person && units !== null ? (
            <Text size="sm">
              Đơn vị: <b>{person.unitName}</b>
            </Text>
          ) : null}
          {choosesUnit ? (
            <UnitSelect
              units={units}
              label="Đơn vị"
              description="Người này thuộc danh sách của đơn vị nào"
              placeholder="Chọn đơn vị"
              required
              value={targetUnit}
              onChange={pickUnit}
              error={unitError}
            />
          ) : null}
          <PersonFields form={form} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              {person ? "Lưu" : "Thêm người"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
