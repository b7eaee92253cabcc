/** One board cell in words, for the xlsx export (K2): "Muộn 7 ngày (gửi 22/11/2019)". */
import { cellText, type ProgressCell } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";

export function cellWords(c: ProgressCell | undefined): string {
  if (!c) return "";
  const text = cellText(c.state, c.days);
  return c.doneAt && (c.state === "on_time" || c.state === "late")
    ? `${text} (${formatDateVi(c.doneAt.slice(0, 10) === c.doneAt ? c.doneAt : new Date(c.doneAt))})`
    : text;
}
