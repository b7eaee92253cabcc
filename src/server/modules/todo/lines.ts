/**
 * The to-do list's lines in words (issue #8 item 5): one function per kind of record,
 * each saying what to do and where (`target`). Dates stay ISO; the web writes dd/mm/yyyy.
 */
import { CONFERENCE_KIND_LABELS } from "../../../domain/audit/values.ts";
import type { ProgressBoard } from "../../../domain/progress.ts";
import { vnDate } from "../../../domain/progress.ts";
import type { TodoLine, TodoTone } from "../../../domain/todo.ts";
import type { DossierTodo } from "../dossiers/index.ts";
import type { PendingList, ReturnedNomination } from "../nominations/index.ts";
import type { QueueRow } from "./queries.ts";

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** The Vietnamese calendar day of an instant (what the page writes as dd/mm/yyyy). */
const day = (v: Date | string | null) => (v === null ? null : vnDate(new Date(v)));
const kindWords = (kind: string | null) => CONFERENCE_KIND_LABELS[kind ?? ""] ?? "Hội nghị";

/** A unit plan sent for review, or returned to its unit. */
export function unitPlanLine(r: QueueRow, tone: TodoTone = "review"): TodoLine {
  const returned = tone === "returned";
  return {
    tone,
    text: returned
      ? "Kế hoạch của đơn vị bị trả lại: sửa và gửi lại"
      : r.kind === "pilot"
        ? "Duyệt kế hoạch của đơn vị điểm"
        : "Xem xét kế hoạch của đơn vị",
    unitName: returned ? null : r.unitName,
    comment: returned ? r.comment : null,
    days: null,
    at: day(r.at),
    target: { kind: "unit_plans", id: null },
  };
}

/** A conference submitted for approval, or returned to its unit. */
export function conferenceLine(r: QueueRow, tone: TodoTone): TodoLine {
  const returned = tone === "returned";
  return {
    tone,
    text: returned ? `${kindWords(r.kind)} bị trả lại: sửa và nộp lại` : `Duyệt ${lower(kindWords(r.kind))}`,
    unitName: returned ? null : r.unitName,
    comment: returned ? r.comment : null,
    days: null,
    at: day(r.at),
    target: { kind: "conference", id: r.id },
  };
}

/** A dossier item sent for review, or returned to its unit with the office's comment. */
export function dossierLine(i: DossierTodo, tone: TodoTone): TodoLine {
  const what = i.personName ? `${i.requirementLabel} – ${i.personName}` : i.requirementLabel;
  const returned = tone === "returned";
  return {
    tone,
    text: returned ? `Hồ sơ bị trả lại: ${what}` : `Xem xét hồ sơ: ${what}`,
    unitName: returned ? null : i.unitName,
    comment: returned ? i.comment : null,
    days: null,
    at: day(i.at),
    target: { kind: "dossier", id: i.unitId },
  };
}

/** A unit's nominations returned by the office with its comment (F4). */
export function nominationLine(n: ReturnedNomination): TodoLine {
  return {
    tone: "returned",
    text: `Đề cử đại biểu dự ${lower(n.conferenceTitle)} bị trả lại: sửa và gửi lại`,
    unitName: null,
    comment: n.comment,
    days: null,
    at: day(n.at),
    target: { kind: "nominations", id: null },
  };
}

/** A compiled list sent to the chairman (F4). */
export function pendingListLine(l: PendingList): TodoLine {
  return {
    tone: "review",
    text: `Phê duyệt danh sách ${l.people} đại biểu dự ${lower(l.conferenceTitle)}`,
    unitName: null,
    comment: null,
    days: null,
    at: day(l.sentAt),
    target: { kind: "nomination_list", id: l.conferenceId },
  };
}

/**
 * A unit overdue on the progress board, in one line (issue #13, walk screenshots): the
 * milestone, or how many with the one overdue longest; the line's chip says by how many
 * days (`days`), so the text does not repeat it.
 */
export function overdueUnitLine(
  u: ProgressBoard["units"][number],
  label: ReadonlyMap<string, string>,
): TodoLine {
  const late = Object.entries(u.cells)
    .filter(([, c]) => c.state === "overdue")
    .map(([code, c]) => ({ label: label.get(code) ?? code, days: c.days ?? 0 }))
    .sort((a, b) => b.days - a.days);
  const worst = late[0];
  return {
    tone: "overdue",
    text:
      late.length > 1
        ? `${late.length} mốc quá hạn, lâu nhất: ${lower(worst!.label)}`
        : (worst?.label ?? "Quá hạn"),
    unitName: u.name,
    comment: null,
    days: worst?.days ?? 0,
    at: null,
    target: { kind: "progress", id: null },
  };
}
