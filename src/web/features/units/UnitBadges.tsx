import { Badge, Group, Tooltip } from "@mantine/core";
import type { Unit } from "../../../domain/units.ts";

export const DEMO_HINT =
  "Số lao động và các số liệu khác của đơn vị này là số liệu mẫu, không phải số liệu thật của đơn vị.";

export function DemoBadge() {
  return (
    <Tooltip label={DEMO_HINT} events={{ hover: true, focus: true, touch: true }}>
      <Badge color="yellow" variant="light" tt="none" size="sm" tabIndex={0} aria-description={DEMO_HINT}>
        Số liệu mẫu
      </Badge>
    </Tooltip>
  );
}

export function StatusBadge({ active }: { active: boolean }) {
  return (
    <Badge color={active ? "green" : "gray"} variant="light" tt="none" size="md" className="nowrap">
      {active ? "Đang hoạt động" : "Ngừng hoạt động"}
    </Badge>
  );
}

/** The small marks beside a unit's name. */
export function UnitMarks({ unit }: { unit: Unit }) {
  if (!unit.isDemo && !unit.isPilot) return null;
  return (
    <Group gap={4} wrap="nowrap" component="span">
      {unit.isPilot ? (
        <Badge color="grape" variant="light" tt="none" size="sm">
          Đơn vị điểm
        </Badge>
      ) : null}
      {unit.isDemo ? <DemoBadge /> : null}
    </Group>
  );
}
