/** Where each to-do line leads (issue #8 item 5): the server names the place, the web its address. */

import { formatDateVi } from "../../../domain/text.ts";
import type { TodoLine, TodoTarget } from "../../../domain/todo.ts";
import { budgetPath, conferencePath, dossierUnitPath, PATHS } from "../../paths.ts";

export function todoPath(t: TodoTarget): string {
  switch (t.kind) {
    case "conference":
      return t.id ? conferencePath(t.id) : PATHS.conferences;
    case "conferences":
      return PATHS.conferences;
    case "dossier":
      return t.id ? dossierUnitPath(t.id) : PATHS.dossiers;
    case "unit_plans":
      return PATHS.unitPlans;
    case "progress":
      return PATHS.progress;
    case "plan":
      return PATHS.plan;
    case "budget":
      return t.id ? budgetPath(t.id) : PATHS.budgets;
    case "propaganda":
      return PATHS.propaganda;
    case "nominations":
      return PATHS.nominations;
    case "nomination_list":
      return PATHS.nominationList;
  }
}

/** The date beside a line: its deadline, or the day it was sent or returned. */
export function todoWhen(l: Pick<TodoLine, "tone" | "at">): string {
  if (!l.at) return "";
  const day = formatDateVi(l.at);
  if (l.tone === "returned") return `Trả lại ngày ${day}`;
  if (l.tone === "review") return `Gửi ngày ${day}`;
  return `Hạn ${day}`;
}
