import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Unit, wouldCreateCycle } from "../../../domain/units.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { api } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { keys } from "../../lib/queries.ts";
import { unitsApi } from "./unitsApi.ts";

/** Puts a unit under another parent; a unit cannot go under itself or its own subunits. */
export function UnitMoveModal({ unit, units, onClose }: { unit: Unit; units: Unit[]; onClose: () => void }) {
  const qc = useQueryClient();
  const [current, setCurrent] = useState(unit);
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const options = units
    .filter((u) => u.id !== unit.id && !wouldCreateCycle(parents, unit.id, u.id))
    .map((u) => ({ value: u.id, label: u.name }));
  const currentParent = units.find((u) => u.id === current.parentId)?.name ?? "không có (cấp cao nhất)";

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unitsApi.move(current, parentId);
      await qc.invalidateQueries({ queryKey: keys.units });
      notifyDone("Đã chuyển đơn vị", `“${unit.name}” đã sang đơn vị cấp trên mới.`);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    try {
      setCurrent(await api<Unit>(`/api/units/${unit.id}`));
      setError(null);
      await qc.invalidateQueries({ queryKey: keys.units });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Chuyển đơn vị cấp trên: ${unit.name}`} centered>
      <Stack>
        <Text size="sm">Đơn vị cấp trên hiện tại: {currentParent}.</Text>
        <MutationError error={error} onReload={reload} />
        <Select
          label="Đơn vị cấp trên mới"
          placeholder="Không có (đơn vị cấp cao nhất)"
          searchable
          clearable
          data={options}
          value={parentId}
          onChange={setParentId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <WhyDisabled disabled={parentId === current.parentId} reason="Chọn đơn vị cấp trên mới trước">
            <Button onClick={save} loading={busy} disabled={parentId === current.parentId}>
              Chuyển
            </Button>
          </WhyDisabled>
        </Group>
      </Stack>
    </Modal>
  );
}
