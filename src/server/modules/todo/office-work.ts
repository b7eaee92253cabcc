/**
 * The offices' own work on the home page (issue #14 item 6; SPEC I1, J1; plan III.3–III.4):
 * budgets waiting for finance's review or the chairman's approval, and the propaganda tasks
 * falling due (the culture office sees every unit's, a unit its own). Read through the
 * budget and propaganda modules' index.ts.
 */
import { has } from "../../../domain/access.ts";
import { TODO_CAP, type TodoLine, type TodoSection } from "../../../domain/todo.ts";
import { type BudgetQueueRow, budgetsIn } from "../budget/index.ts";
import { tasksDue } from "../propaganda/index.ts";
import type { TodoDeps } from "./service.ts";

/** Tasks due within this many days are listed (overdue ones always). */
const TASK_HORIZON_DAYS = 14;

const MS_PER_DAY = 86_400_000;
const dayDiff = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(iso) + n * MS_PER_DAY).toISOString().slice(0, 10);

function budgetLine(r: BudgetQueueRow, text: string): TodoLine {
  return {
    tone: "review",
    text,
    unitName: r.unitName,
    comment: null,
    days: null,
    at: r.at ? r.at.slice(0, 10) : null,
    target: { kind: "budget", id: r.conferenceId },
  };
}

async function budgetSection(
  deps: TodoDeps,
  status: string,
  key: string,
  title: string,
  text: string,
  empty: string,
) {
  const q = await budgetsIn(deps.ctx.db, status, TODO_CAP);
  return {
    key,
    title,
    total: q.total,
    lines: q.rows.map((r) => budgetLine(r, text)),
    more: { kind: "budget", id: null },
    empty,
  } satisfies TodoSection;
}

export async function officeWorkSections(deps: TodoDeps): Promise<TodoSection[]> {
  const { actor, db } = deps.ctx;
  const out: TodoSection[] = [];
  if (has(actor, "budget.approve")) {
    out.push(
      await budgetSection(
        deps,
        "awaiting_approval",
        "approve_budgets",
        "Dự toán kinh phí chờ Chủ tịch phê duyệt",
        "Phê duyệt dự toán kinh phí hội nghị",
        "Không có dự toán nào đang chờ phê duyệt.",
      ),
    );
  }
  if (has(actor, "budget.review")) {
    out.push(
      await budgetSection(
        deps,
        "in_review",
        "review_budgets",
        "Dự toán kinh phí chờ thẩm định",
        "Thẩm định dự toán kinh phí hội nghị",
        "Không có dự toán nào đang chờ thẩm định.",
      ),
    );
  }
  const manage = has(actor, "propaganda.manage");
  if (manage || (has(actor, "propaganda.log_own") && actor.unitId)) {
    const q = await tasksDue(db, {
      unitId: manage ? null : actor.unitId,
      until: addDays(deps.today, TASK_HORIZON_DAYS),
      limit: TODO_CAP,
    });
    // A unit with no task at all is not shown an empty propaganda section.
    if (manage || q.total > 0) {
      out.push({
        key: "propaganda_tasks",
        title: "Việc tuyên truyền đến hạn",
        total: q.total,
        lines: q.rows.map((t): TodoLine => {
          const days = dayDiff(deps.today, t.dueDate);
          return {
            tone: days < 0 ? "overdue" : "due",
            text: t.title,
            unitName: t.unitName,
            comment: null,
            days: Math.abs(days),
            at: t.dueDate,
            target: { kind: "propaganda", id: null },
          };
        }),
        more: { kind: "propaganda", id: null },
        empty: `Không có việc tuyên truyền nào đến hạn trong ${TASK_HORIZON_DAYS} ngày tới.`,
      });
    }
  }
  return out;
}
