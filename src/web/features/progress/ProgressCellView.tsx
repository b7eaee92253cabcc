/** One cell of the board: its state in words, when it was done, its status and reviewer; a link to the item. */
import { Anchor, Badge, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from "../../../domain/conferences.ts";
import { CELL_STATE_COLORS, cellText, type ProgressCell } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { UNIT_PLAN_STATUS_LABELS, type UnitPlanStatus } from "../../../domain/unit-plans.ts";
import { conferencePath, PATHS } from "../../paths.ts";

function statusLabel(code: string, status: string | null): string | null {
  if (!status) return null;
  if (code === "unit_plan") return UNIT_PLAN_STATUS_LABELS[status as UnitPlanStatus] ?? null;
  if (code.endsWith("_conference")) return CONFERENCE_STATUS_LABELS[status as ConferenceStatus] ?? null;
  return null;
}

function itemLink(code: string, cell: ProgressCell): string | null {
  if (code === "unit_plan") return PATHS.unitPlans;
  if (code.endsWith("_conference") && cell.itemId) return conferencePath(cell.itemId);
  return null;
}

export function ProgressCellView({ code, cell }: { code: string; cell: ProgressCell | undefined }) {
  if (!cell || cell.state === "na") {
    return (
      <Text size="xs" c="dimmed">
        Không áp dụng
      </Text>
    );
  }
  const status = statusLabel(code, cell.status);
  const done = cell.doneAt
    ? formatDateVi(cell.doneAt.length === 10 ? cell.doneAt : new Date(cell.doneAt))
    : null;
  const link = itemLink(code, cell);
  const details = [
    done ? `${code === "unit_plan" ? "Gửi" : "Hoàn thành"} ${done}` : null,
    status,
    cell.by && (cell.status === "accepted" || cell.status === "approved" || cell.status === "returned")
      ? `bởi ${cell.by}`
      : null,
  ].filter(Boolean);
  return (
    <Stack gap={2} data-state={cell.state}>
      <Badge color={CELL_STATE_COLORS[cell.state]} variant="light" tt="none" size="md">
        {cellText(cell.state, cell.days)}
      </Badge>
      {details.length > 0 ? (
        <Text size="xs" c="dimmed">
          {details.join(" · ")}
        </Text>
      ) : null}
      {link ? (
        <Anchor component={Link} to={link} size="xs">
          {code === "unit_plan" ? "Xem kế hoạch" : "Xem hội nghị"}
        </Anchor>
      ) : null}
    </Stack>
  );
}
