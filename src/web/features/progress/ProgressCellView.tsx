/** One cell of the board: its state in words, when it was done, its status and reviewer; a link to the item (K2, G3). */
import { Anchor, Badge, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from "../../../domain/conferences.ts";
import { DOSSIER_STATE_LABELS, type DossierState } from "../../../domain/dossiers.ts";
import { CELL_STATE_COLORS, cellText, type ProgressCell } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { UNIT_PLAN_STATUS_LABELS, type UnitPlanStatus } from "../../../domain/unit-plans.ts";
import { conferencePath, dossierUnitPath, PATHS } from "../../paths.ts";

function statusLabel(code: string, status: string | null): string | null {
  if (!status) return null;
  if (code === "unit_plan") return UNIT_PLAN_STATUS_LABELS[status as UnitPlanStatus] ?? null;
  if (code.endsWith("_conference")) return CONFERENCE_STATUS_LABELS[status as ConferenceStatus] ?? null;
  if (code === "dossier") return DOSSIER_STATE_LABELS[status as DossierState] ?? null;
  return null;
}

function itemLink(code: string, cell: ProgressCell): string | null {
  if (code === "unit_plan") return PATHS.unitPlans;
  if (code.endsWith("_conference") && cell.itemId) return conferencePath(cell.itemId);
  if (code === "dossier" && cell.itemId) return dossierUnitPath(cell.itemId);
  return null;
}

const LINK_WORDS: Record<string, string> = { unit_plan: "Xem kế hoạch", dossier: "Xem hồ sơ" };

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
          {LINK_WORDS[code] ?? "Xem hội nghị"}
        </Anchor>
      ) : null}
    </Stack>
  );
}
