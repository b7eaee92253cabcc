/**
 * The to-do list of those who follow every unit (issue #8 item 5; K1–K2): the units
 * overdue on some milestone (a Council member: among the units assigned to them) and the
 * milestones falling due within a week with how many units have not done them. Both come
 * from the progress board's one aggregate query, through the progress module's index.
 */
import { TODO_CAP, type TodoLine, type TodoSection } from "../../../domain/todo.ts";
import { progressBoard } from "../progress/index.ts";
import { overdueUnitLine } from "./lines.ts";
import type { TodoDeps } from "./service.ts";

/** "What is due this week": milestones due today or within this many days. */
const WEEK = 7;

export async function followerSections({ ctx }: TodoDeps): Promise<TodoSection[]> {
  const board = await progressBoard(ctx, { state: "overdue", sort: "name", page: 1, limit: TODO_CAP });
  const mine = board.memberId !== null;
  const label = new Map(board.milestones.map((m) => [m.code, m.label]));

  const overdue = board.units.map((u) => overdueUnitLine(u, label));

  const week: TodoLine[] = board.milestones
    .map((m) => ({ m, left: board.counts[m.code]?.not_due ?? 0, days: dayDiff(board.today, m.dueOn) }))
    .filter((x) => x.days >= 0 && x.days <= WEEK && x.left > 0)
    .map(({ m, left, days }) => ({
      tone: "due",
      text: `${m.label}: ${left} đơn vị chưa hoàn thành`,
      unitName: null,
      comment: null,
      days,
      at: m.dueOn,
      target: { kind: "progress", id: null },
    }));

  return [
    {
      key: "overdue_units",
      title: mine ? "Đơn vị bạn theo dõi đang quá hạn" : "Đơn vị đang quá hạn",
      total: board.total,
      lines: overdue,
      more: { kind: "progress", id: null },
      empty: mine ? "Không có đơn vị nào bạn theo dõi đang quá hạn." : "Không có đơn vị nào đang quá hạn.",
    },
    {
      key: "due_this_week",
      title: "Đến hạn trong tuần này",
      total: week.length,
      lines: week,
      more: null,
      empty: "Không có mốc nào đến hạn trong 7 ngày tới.",
    },
  ];
}

/** Calendar days from `from` to `to` (both yyyy-mm-dd). */
function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
