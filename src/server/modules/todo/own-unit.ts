/**
 * The to-do list of a unit's own duties (issue #8 item 5; C1, D, G3; ADR 0005): what a
 * reviewer returned, with the comment (shown first, newest first), then the unit's
 * milestones not yet done, the overdue ones first, each with its days left or overdue.
 * Read for the actor's own unit only: the board is scoped to its row, the queries to its id.
 */
import { MILESTONE_SOURCES, type ProgressBoard } from "../../../domain/progress.ts";
import type { TodoLine, TodoSection, TodoTarget } from "../../../domain/todo.ts";
import { readTogether } from "../../db/read-together.ts";
import { returnedItemsOf } from "../dossiers/index.ts";
import { returnedNominationOf } from "../nominations/index.ts";
import { progressBoard } from "../progress/index.ts";
import { conferenceLine, dossierLine, nominationLine, unitPlanLine } from "./lines.ts";
import { returnedToUnit } from "./queries.ts";
import type { TodoDeps } from "./service.ts";

/** Every returned record of one unit is listed: a unit has a handful, never thousands. */
const RETURNED_LIMIT = 200;

async function returnedSection({ ctx, planId }: TodoDeps, unitId: string): Promise<TodoSection> {
  const [records, items, nominations] = await readTogether(ctx.db, [
    () => returnedToUnit(ctx.db, planId, unitId, RETURNED_LIMIT),
    () => returnedItemsOf(ctx.db, planId, unitId, RETURNED_LIMIT),
    () => returnedNominationOf(ctx.db, unitId),
  ]);
  // Newest first, by the instant it was returned.
  const when = (v: Date | string | null) => (v === null ? 0 : new Date(v).getTime());
  const lines = [
    ...records.rows.map((r) => ({
      at: when(r.at),
      line: r.kind === "unit_plan" ? unitPlanLine(r, "returned") : conferenceLine(r, "returned"),
    })),
    ...items.map((i) => ({ at: when(i.at), line: dossierLine(i, "returned") })),
    ...nominations.map((n) => ({ at: when(n.at), line: nominationLine(n) })),
  ]
    .sort((a, b) => b.at - a.at)
    .map((x) => x.line);
  return {
    key: "returned",
    title: "Bị trả lại, cần sửa và gửi lại",
    total: lines.length,
    lines,
    more: null,
    empty: "Không có việc nào bị trả lại.",
  };
}

function targetOf(
  code: string,
  cell: ProgressBoard["units"][number]["cells"][string],
  unitId: string,
): TodoTarget {
  const source = MILESTONE_SOURCES[code] ?? "";
  if (source === "unit_plan") return { kind: "unit_plans", id: null };
  if (source === "dossier") return { kind: "dossier", id: unitId };
  if (source.startsWith("conference:"))
    return cell.itemId ? { kind: "conference", id: cell.itemId } : { kind: "conferences", id: null };
  return { kind: "plan", id: null };
}

function nextSection(board: ProgressBoard, unitId: string): TodoSection {
  const row = board.units.find((u) => u.id === unitId);
  const lines: TodoLine[] = [];
  for (const m of board.milestones) {
    const cell = row?.cells[m.code];
    if (!cell || (cell.state !== "overdue" && cell.state !== "not_due")) continue;
    lines.push({
      tone: cell.state === "overdue" ? "overdue" : "due",
      text: m.label,
      unitName: null,
      comment: null,
      days: cell.days,
      at: m.dueOn,
      target: targetOf(m.code, cell, unitId),
    });
  }
  // Overdue first (longest overdue first), then by days left.
  lines.sort((a, b) =>
    a.tone !== b.tone
      ? a.tone === "overdue"
        ? -1
        : 1
      : a.tone === "overdue"
        ? b.days! - a.days!
        : a.days! - b.days!,
  );
  return {
    key: "next",
    title: "Việc cần làm của đơn vị",
    total: lines.length,
    lines,
    more: { kind: "progress", id: null },
    empty: row
      ? "Đơn vị đã hoàn thành mọi mốc của kế hoạch đến nay."
      : "Đơn vị không có trong danh sách tham gia kế hoạch này.",
  };
}

export async function ownUnitSections(deps: TodoDeps): Promise<TodoSection[]> {
  const unitId = deps.ctx.actor.unitId!;
  const [returned, board] = await readTogether(deps.ctx.db, [
    () => returnedSection(deps, unitId),
    () => progressBoard(deps.ctx, { sort: "name", page: 1, limit: 1 }),
  ]);
  return [returned, nextSection(board, unitId)];
}
