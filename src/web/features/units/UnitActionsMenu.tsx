import { Button, Menu } from "@mantine/core";
import type { Unit } from "../../../domain/units.ts";

export type UnitAction = "edit" | "move" | "deactivate" | "activate" | "delete";

/** The office's actions on one unit. */
export function UnitActionsMenu({
  unit,
  onAction,
}: {
  unit: Unit;
  onAction: (a: UnitAction, u: Unit) => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" aria-label={`Thao tác với ${unit.name}`}>
          Thao tác ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction("edit", unit)}>Sửa</Menu.Item>
        <Menu.Item onClick={() => onAction("move", unit)}>Chuyển đơn vị cấp trên</Menu.Item>
        {unit.active ? (
          <Menu.Item onClick={() => onAction("deactivate", unit)}>Ngừng hoạt động</Menu.Item>
        ) : (
          <Menu.Item onClick={() => onAction("activate", unit)}>Kích hoạt lại</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => onAction("delete", unit)}>
          Xóa
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
