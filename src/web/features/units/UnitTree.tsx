import { ActionIcon, Badge, Group, Text } from "@mantine/core";
import { useState } from "react";
import { compareVi } from "../../../domain/text.ts";
import { buildTree, type Unit, type UnitNode } from "../../../domain/units.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { type UnitAction, UnitActionsMenu } from "./UnitActionsMenu.tsx";
import { UnitMarks } from "./UnitBadges.tsx";

type Props = {
  /** Units to draw: the matches and their ancestors. */
  units: Unit[];
  /** Units matching the filter (others are drawn only as the path to a match); null: no filter. */
  matched: Set<string> | null;
  manage: boolean;
  onAction: (a: UnitAction, u: Unit) => void;
};

/** The unit tree (B1), children in Vietnamese order; a filter opens every branch. */
export function UnitTree({ units, matched, manage, onAction }: Props) {
  const roots = buildTree(units, compareVi);
  const [open, setOpen] = useState<Set<string>>(() => new Set(roots.map((r) => r.id)));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNode = (node: UnitNode<Unit>) => {
    const expanded = matched !== null || open.has(node.id);
    const hasChildren = node.children.length > 0;
    const dim = (matched !== null && !matched.has(node.id)) || !node.active;
    return (
      <li key={node.id} data-testid="unit-tree-item" data-unit-code={node.code}>
        <Group gap="xs" wrap="nowrap" justify="space-between" className="tree-row">
          {/* On a phone the kind and marks go to a second line instead of pushing the page wider. */}
          <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
            {hasChildren ? (
              <WhyDisabled
                disabled={matched !== null}
                reason="Đang lọc theo tên: xóa ô tìm để thu gọn hoặc mở rộng"
              >
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  onClick={() => toggle(node.id)}
                  aria-expanded={expanded}
                  aria-label={`${expanded ? "Thu gọn" : "Mở rộng"} ${node.name}`}
                  disabled={matched !== null}
                >
                  {expanded ? "▾" : "▸"}
                </ActionIcon>
              </WhyDisabled>
            ) : (
              <span style={{ width: 22, display: "inline-block" }} />
            )}
            <Text size="sm" fw={hasChildren ? 600 : 500} c={dim ? "dimmed" : undefined}>
              {node.name}
            </Text>
            <Text size="xs" c="dimmed" className="nowrap">
              {node.kindName}
              {hasChildren ? ` · ${node.children.length} đơn vị trực thuộc` : ""}
            </Text>
            <UnitMarks unit={node} />
            {node.active ? null : (
              <Badge color="gray" variant="light" tt="none" size="sm">
                Ngừng hoạt động
              </Badge>
            )}
          </Group>
          {manage ? <UnitActionsMenu unit={node} onAction={onAction} /> : null}
        </Group>
        {hasChildren && expanded ? <ul>{node.children.map(renderNode)}</ul> : null}
      </li>
    );
  };

  return (
    <ul className="unit-tree" data-testid="unit-tree" aria-label="Cây đơn vị">
      {roots.map(renderNode)}
    </ul>
  );
}
