import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Cluster, type Unit, UnitInputSchema, type UnitKind } from "../../../domain/units.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { ApiError, api } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { keys } from "../../lib/queries.ts";
import { zodValidate } from "../../lib/zodForm.ts";
import { unitsApi } from "./unitsApi.ts";

type Values = {
  code: string;
  name: string;
  kind: string | null;
  parentId: string | null;
  workforce: number | string;
  population: number | string;
  clusterId: string | null;
  address: string;
};

const toValues = (u: Unit | null): Values => ({
  code: u?.code ?? "",
  name: u?.name ?? "",
  kind: u?.kind ?? null,
  parentId: u?.parentId ?? null,
  workforce: u?.workforce ?? "",
  population: u?.population ?? "",
  clusterId: u?.clusterId ?? null,
  address: u?.address ?? "",
});

const num = (v: number | string) => (v === "" || v === null ? null : Number(v));

/** What the API receives from the form. */
const toInput = (v: Values) => ({
  code: v.code.trim(),
  name: v.name.trim(),
  kind: v.kind ?? "",
  workforce: num(v.workforce),
  population: num(v.population),
  clusterId: v.clusterId,
  address: v.address.trim() || null,
});

type Props = {
  unit: Unit | null;
  units: Unit[];
  kinds: UnitKind[];
  clusters: Cluster[];
  onClose: () => void;
};

/** Add (unit = null) or edit one unit. Moving it elsewhere in the tree is its own action. */
export function UnitFormModal({ unit, units, kinds, clusters, onClose }: Props) {
  const qc = useQueryClient();
  const [version, setVersion] = useState(unit?.version ?? 0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: toValues(unit),
    // The API's own schema, field by field (issue #13 item 4).
    validate: zodValidate<Values>(UnitInputSchema, (v) => ({ ...toInput(v), parentId: v.parentId })),
  });

  const kind = kinds.find((k) => k.code === form.values.kind);
  const onSubmit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    const fields = toInput(v);
    try {
      if (unit) await unitsApi.update(unit.id, { ...fields, version });
      else await unitsApi.create({ ...fields, parentId: v.parentId });
      await qc.invalidateQueries({ queryKey: keys.units });
      if (unit) notifyDone(`Đã lưu đơn vị “${fields.name}”`);
      else notifyDone("Đã thêm đơn vị", `“${fields.name}”.`);
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  });

  const reload = async () => {
    if (!unit) return;
    try {
      const fresh = await api<Unit>(`/api/units/${unit.id}`);
      form.setValues(toValues(fresh));
      setVersion(fresh.version);
      setError(null);
      await qc.invalidateQueries({ queryKey: keys.units });
    } catch (e) {
      setError(e);
    }
  };

  const parentOptions = units.filter((u) => u.id !== unit?.id).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? `Sửa đơn vị: ${unit.name}` : "Thêm đơn vị"}
      size="lg"
      centered
    >
      <form onSubmit={onSubmit} noValidate aria-label={unit ? "Sửa đơn vị" : "Thêm đơn vị"}>
        <Stack>
          <MutationError error={error} onReload={reload} />
          <TextInput label="Tên đơn vị" {...form.getInputProps("name")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Mã đơn vị"
              description="Chữ không dấu, số, '-' hoặc '_'; dùng khi nhập/xuất Excel"
              spellCheck={false}
              {...form.getInputProps("code")}
            />
            <Select
              label="Loại đơn vị"
              data={kinds.map((k) => ({ value: k.code, label: k.name }))}
              allowDeselect={false}
              {...form.getInputProps("kind")}
            />
          </SimpleGrid>
          {unit ? null : (
            <Select
              label="Đơn vị cấp trên"
              placeholder="Không có (đơn vị cấp cao nhất)"
              searchable
              clearable
              data={parentOptions}
              {...form.getInputProps("parentId")}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Số lao động"
              description={kind?.hasWorkforce ? "Dùng để xác định hình thức hội nghị" : undefined}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps("workforce")}
            />
            <NumberInput
              label="Dân số"
              min={0}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps("population")}
            />
          </SimpleGrid>
          <Select
            label="Cụm thi đua"
            placeholder="Không thuộc cụm nào"
            clearable
            data={clusters.map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps("clusterId")}
          />
          <TextInput label="Địa chỉ" {...form.getInputProps("address")} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              {unit ? "Lưu" : "Thêm đơn vị"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
