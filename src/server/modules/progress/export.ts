/**
 * The progress board as xlsx (K2): one row per unit, one column per milestone (its
 * state in words, with the day done), counts per milestone in the footer. Uses the
 * one xlsx writer (src/server/documents/).
 */
import { CELL_STATE_LABELS, CELL_STATES, type ProgressBoard } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { writeXlsxTable, type XlsxValue } from "../../files/xlsx-write.ts";
import { cellWords } from "./cell-words.ts";

export async function progressXlsx(board: ProgressBoard): Promise<Buffer> {
  const rows = board.units.map((u, i): Record<string, XlsxValue> => {
    const row: Record<string, XlsxValue> = {
      stt: i + 1,
      name: u.name,
      kind: u.kindName,
      members: u.members.join(", "),
    };
    for (const m of board.milestones) row[m.code] = cellWords(u.cells[m.code]);
    return row;
  });
  const footer = board.milestones.map((m) => {
    const c = board.counts[m.code]!;
    const parts = CELL_STATES.filter((s) => s !== "na" && c[s] > 0).map(
      (s) => `${CELL_STATE_LABELS[s]}: ${c[s]}`,
    );
    return {
      text: `${m.label} (hạn ${formatDateVi(m.dueOn)}): ${parts.join("; ") || "không áp dụng"}`,
      italic: true,
    };
  });
  return writeXlsxTable({
    sheetName: "Tiến độ",
    titleLines: [
      { text: "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH", bold: true, size: 14 },
      { text: `Tính đến ngày ${formatDateVi(board.today)}`, italic: true },
    ],
    columns: [
      { header: "STT", key: "stt", width: 6, align: "center" },
      { header: "Đơn vị", key: "name", width: 36 },
      { header: "Loại đơn vị", key: "kind", width: 14 },
      ...board.milestones.map((m) => ({
        header: `${m.label} (hạn ${formatDateVi(m.dueOn)})`,
        key: m.code,
        width: 22,
      })),
      { header: "Thành viên Hội đồng theo dõi", key: "members", width: 26 },
    ],
    rows,
    footer,
    landscape: true,
  });
}
