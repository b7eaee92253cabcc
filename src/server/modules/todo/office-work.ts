/**
 * The offices' own work on the home page (issue #14 item 6; SPEC I1, J1; plan III.3–III.4):
 * budgets waiting for finance's review, the propaganda tasks falling due (the culture office
 * sees every unit's, a unit its own), and the chairman's one "Chờ Chủ tịch phê duyệt" section
 * holding both what he approves — compiled delegate lists (F4) and budgets — so the page never
 * says "1 pending" and "nothing pending" at once (issue #13, walk screenshots). Read through the
 * budget, nominations and propaganda modules' index.ts.
 */
import { has } from "../../../domain/access.ts";
import { TODO_CAP, type TodoLine, type TodoSection } from "../../../domain/todo.ts";
import { type BudgetQueueRow, budgetsIn } from "../budget/index.ts";
import { pendingListDecisions } from "../nominations/index.ts";
import { tasksDue } from "../propaganda/index.ts";
import { pendingListLine } from "./lines.ts";
import { todoPolicy } from "./policy.ts";
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

/**
 * What awaits the chairman's decision, in one section: the compiled delegate lists of his
 * level's conference (F4) first, then the budgets finance has forwarded (III.4).
 */
async function approvalSection({ ctx }: TodoDeps): Promise<TodoSection[]> {
  const work = todoPolicy.officeWork(ctx.actor);
  if (!work) return [];
  const lists = todoPolicy.approvesLists(ctx.actor)
    ? await pendingListDecisions(ctx.db, ctx.actor.unitId!)
    : [];
  const budgets = has(ctx.actor, "budget.approve")
    ? await budgetsIn(ctx.db, "awaiting_approval", TODO_CAP)
    : { total: 0, rows: [] };
  const lines = [
    ...lists.map(pendingListLine),
    ...budgets.rows.map((r) => budgetLine(r, "Phê duyệt dự toán kinh phí hội nghị")),
  ].slice(0, TODO_CAP);
  return [
    {
      key: "office_work",
      title: work.title,
      total: lists.length + budgets.total,
      lines,
      more: budgets.total > 0 ? { kind: "budget", id: null } : null,
      empty: work.empty,
    },
  ];
}

export async function officeWorkSections(deps: TodoDeps): Promise<TodoSection[]> {
  const { actor, db } = deps.ctx;
  const out: TodoSection[] = await approvalSection(deps);
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
        title: "Việc tuyên truyền quá hạn hoặc sắp đến hạn",
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
