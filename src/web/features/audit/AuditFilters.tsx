import { Button, Group, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "../../../domain/audit/vocabulary.ts";
import { formatDateVi, parseDateVi } from "../../../domain/text.ts";
import type { Unit } from "../../../domain/units.ts";

export type AuditFilter = {
  action?: string;
  entityType?: string;
  actor?: string;
  unitId?: string;
  from?: string;
  to?: string;
};

type Props = { value: AuditFilter; units: Unit[]; onChange: (f: AuditFilter) => void };

/** Every action and every audited entity, from the closed lists, in Vietnamese. */
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }));

/** Filters of the audit log (N2); dates typed as dd/mm/yyyy. */
export function AuditFilters({ value, units, onChange }: Props) {
  const [action, setAction] = useState<string | null>(value.action ?? null);
  const [entityType, setEntityType] = useState<string | null>(value.entityType ?? null);
  const [actor, setActor] = useState(value.actor ?? "");
  const [unitId, setUnitId] = useState<string | null>(value.unitId ?? null);
  const [from, setFrom] = useState(value.from ? formatDateVi(value.from) : "");
  const [to, setTo] = useState(value.to ? formatDateVi(value.to) : "");
  const fromIso = from.trim() ? parseDateVi(from) : undefined;
  const toIso = to.trim() ? parseDateVi(to) : undefined;
  const dateError = "Ngày không hợp lệ, hãy gõ theo dạng dd/mm/yyyy";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fromIso === null || toIso === null) return;
    onChange({
      action: action ?? undefined,
      entityType: entityType ?? undefined,
      actor: actor.trim() || undefined,
      unitId: unitId ?? undefined,
      from: fromIso,
      to: toIso,
    });
  };
  const clear = () => {
    setAction(null);
    setEntityType(null);
    setActor("");
    setUnitId(null);
    setFrom("");
    setTo("");
    onChange({});
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label="Lọc nhật ký">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
          <Select
            label="Thao tác"
            placeholder="Tất cả"
            searchable
            clearable
            data={ACTION_OPTIONS}
            value={action}
            onChange={setAction}
          />
          <Select
            label="Đối tượng"
            placeholder="Tất cả"
            searchable
            clearable
            data={ENTITY_OPTIONS}
            value={entityType}
            onChange={setEntityType}
          />
          <TextInput
            label="Người thực hiện"
            placeholder="Tên đăng nhập"
            value={actor}
            onChange={(e) => setActor(e.currentTarget.value)}
          />
          <Select
            label="Đơn vị"
            placeholder="Tất cả"
            searchable
            clearable
            data={units.map((u) => ({ value: u.id, label: u.name }))}
            value={unitId}
            onChange={setUnitId}
          />
          <TextInput
            label="Từ ngày"
            placeholder="dd/mm/yyyy"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={fromIso === null ? dateError : undefined}
          />
          <TextInput
            label="Đến ngày"
            placeholder="dd/mm/yyyy"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={toIso === null ? dateError : undefined}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">Lọc</Button>
          <Button variant="default" onClick={clear}>
            Xóa bộ lọc
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
