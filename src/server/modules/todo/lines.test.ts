/** The to-do list's line for a unit overdue on several milestones (issue #13, walk screenshots). */
import { describe, expect, it } from "vitest";
import type { ProgressCell } from "../../../domain/progress.ts";
import { overdueUnitLine } from "./lines.ts";

const cell = (state: ProgressCell["state"], days: number | null): ProgressCell => ({
  state,
  days,
  doneAt: null,
  status: null,
  by: null,
  itemId: null,
});
const unit = (cells: Record<string, ProgressCell>) => ({
  id: "u1",
  name: "Xã Quang Trung",
  kind: "commune",
  kindName: "Xã, phường",
  clusterName: null,
  role: "ordinary",
  members: [],
  cells,
});
const labels = new Map([
  ["plan", "Gửi kế hoạch của đơn vị"],
  ["conf", "Hoàn thành Hội nghị của đơn vị"],
  ["dossier", "Nộp hồ sơ sau Hội nghị"],
]);

describe("overdueUnitLine", () => {
  it("says how many milestones are overdue and names the one overdue longest; the days go to the chip", () => {
    const line = overdueUnitLine(
      unit({
        plan: cell("overdue", 120),
        conf: cell("overdue", 300),
        dossier: cell("on_time", null),
      }),
      labels,
    );
    expect(line).toMatchObject({
      tone: "overdue",
      unitName: "Xã Quang Trung",
      text: "2 mốc quá hạn, lâu nhất: hoàn thành Hội nghị của đơn vị",
      days: 300,
    });
  });
  it("names the milestone alone when only one is overdue", () => {
    const line = overdueUnitLine(unit({ dossier: cell("overdue", 4) }), labels);
    expect(line).toMatchObject({ text: "Nộp hồ sơ sau Hội nghị", days: 4 });
  });
});
