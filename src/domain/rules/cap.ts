/**
 * D3: number of delegates (II.2.1, II.2.2). Every delegate on the list counts,
 * whatever their status: the list is who the unit plans to seat.
 */
import { capFor, knownWorkforce } from "../plan/cap.ts";
import { formatCount, levelSection, violation } from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

export function checkDelegateCap(input: RuleInput): Violation[] {
  const { rules, unit, conference, delegates } = input;
  const decision = capFor(rules, unit, unit.workforce, conference.kind);
  const section = decision.section;
  const out: Violation[] = [];

  if (conference.kind !== "town" && unit.hasWorkforce && knownWorkforce(unit.workforce) === null) {
    out.push(
      violation(
        "D3_WORKFORCE_MISSING",
        "warning",
        section,
        `Đơn vị ${unit.name} chưa có số lao động, nên chưa xác định được hình thức Hội nghị toàn thể hay hội nghị đại biểu.`,
        `Cập nhật số lao động của đơn vị: dưới ${formatCount(rules.enterpriseThreshold)} lao động tổ chức Hội nghị toàn thể, trên ${formatCount(rules.enterpriseThreshold)} lao động tổ chức hội nghị đại biểu.`,
        "workforce",
      ),
    );
  }
  if (decision.mode === "plenary") {
    out.push(
      violation(
        "D3_PLENARY",
        "warning",
        section,
        decision.reason,
        "Mời toàn thể người lao động của doanh nghiệp dự Hội nghị, không cần chọn đại biểu.",
        "delegates",
      ),
    );
  }

  const n = delegates.length;
  if (n > decision.cap) {
    const excess = formatCount(n - decision.cap);
    const message =
      decision.mode === "plenary"
        ? `Hội nghị có ${formatCount(n)} đại biểu, nhiều hơn số lao động của doanh nghiệp (${formatCount(decision.cap)} người).`
        : `Hội nghị có ${formatCount(n)} đại biểu, vượt mức tối đa ${formatCount(decision.cap)} đại biểu.`;
    const hint =
      decision.mode === "plenary"
        ? `Bớt ít nhất ${excess} đại biểu (kiểm tra người trùng tên), hoặc cập nhật số lao động nếu đã thay đổi.`
        : `Bớt ít nhất ${excess} đại biểu, giữ tỷ lệ khoảng ${Math.round(rules.exemplarShare.target * 100)}% điển hình tiên tiến. ${decision.reason}`;
    out.push(violation("D3_CAP_EXCEEDED", "error", section, message, hint, "delegates"));
  }

  const byPerson = new Map<string, string[]>();
  for (const d of delegates) byPerson.set(d.personId, [...(byPerson.get(d.personId) ?? []), d.fullName]);
  const repeated = [...byPerson.values()].filter((names) => names.length > 1);
  if (repeated.length > 0) {
    const shown = repeated
      .slice(0, 3)
      .map((names) => `${names[0]} (${names.length} lần)`)
      .join(", ");
    const more = repeated.length > 3 ? ` và ${formatCount(repeated.length - 3)} người khác` : "";
    out.push(
      violation(
        "D3_DUPLICATE_PERSON",
        "warning",
        levelSection(rules, conference.kind),
        `Danh sách đại biểu có ${formatCount(repeated.length)} người có tên nhiều lần: ${shown}${more}.`,
        "Xóa các dòng trùng để mỗi người chỉ có tên một lần trong danh sách đại biểu.",
        "delegates",
      ),
    );
  }
  return out;
}
