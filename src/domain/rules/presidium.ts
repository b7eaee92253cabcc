/**
 * D6: the presidium (3.2): 5 to 7 people, delegates of the conference, with both
 * party/government/organisation leaders and heroes, emulation fighters or exemplars.
 */
import { isExemplarGroup, isLeader } from "./categories.ts";
import { formatCount, violation } from "./format.ts";
import type { RuleDelegate, RuleInput, Violation } from "./types.ts";

export function checkPresidium(input: RuleInput): Violation[] {
  const { rules, delegates, presidium } = input;
  const section = rules.sections.presidium;
  const { min, max } = rules.presidium;
  const out: Violation[] = [];
  const byId = new Map<string, RuleDelegate>();
  for (const d of delegates) if (!byId.has(d.id)) byId.set(d.id, d);

  const ordered = presidium
    .map((member, index) => ({ member, index }))
    .sort((a, b) => a.member.order - b.member.order || a.index - b.index)
    .map((x) => x.member);

  const seen = new Set<string>();
  const members: RuleDelegate[] = [];
  ordered.forEach((member, position) => {
    if (seen.has(member.delegateId)) {
      const name = byId.get(member.delegateId)?.fullName ?? member.delegateId;
      out.push(
        violation(
          "D6_PRESIDIUM_DUPLICATE",
          "error",
          section,
          `${name} có tên nhiều lần trong đoàn Chủ tọa.`,
          "Xóa dòng trùng trong đoàn Chủ tọa.",
          "presidium",
        ),
      );
      return;
    }
    seen.add(member.delegateId);
    const delegate = byId.get(member.delegateId);
    if (delegate) {
      members.push(delegate);
      return;
    }
    out.push(
      violation(
        "D6_PRESIDIUM_NOT_DELEGATE",
        "error",
        section,
        `Thành viên thứ ${position + 1} của đoàn Chủ tọa không có trong danh sách đại biểu của Hội nghị.`,
        "Thêm người này vào danh sách đại biểu, hoặc chọn một đại biểu khác vào đoàn Chủ tọa.",
        "presidium",
      ),
    );
  });

  const size = seen.size;
  const groups =
    "gồm đại diện lãnh đạo cấp ủy, chính quyền, đoàn thể và đại diện Anh hùng, Chiến sỹ thi đua, điển hình tiên tiến";
  if (size < min) {
    const missing = formatCount(min - size);
    out.push(
      violation(
        "D6_PRESIDIUM_TOO_FEW",
        "error",
        section,
        `Đoàn Chủ tọa có ${formatCount(size)} người, ít hơn mức tối thiểu ${formatCount(min)} người (từ ${formatCount(min)} đến ${formatCount(max)} người).`,
        `Bổ sung ít nhất ${missing} đại biểu vào đoàn Chủ tọa, ${groups}.`,
        "presidium",
      ),
    );
  } else if (size > max) {
    out.push(
      violation(
        "D6_PRESIDIUM_TOO_MANY",
        "error",
        section,
        `Đoàn Chủ tọa có ${formatCount(size)} người, vượt mức tối đa ${formatCount(max)} người (từ ${formatCount(min)} đến ${formatCount(max)} người).`,
        `Bớt ít nhất ${formatCount(size - max)} người khỏi đoàn Chủ tọa, giữ cả lãnh đạo và điển hình tiên tiến.`,
        "presidium",
      ),
    );
  }

  // An empty presidium already has its error above; naming both missing groups adds nothing.
  if (size === 0) return out;
  if (!members.some((m) => isLeader(m.categories))) {
    out.push(
      violation(
        "D6_PRESIDIUM_NO_LEADER",
        "error",
        section,
        "Đoàn Chủ tọa chưa có đại diện lãnh đạo cấp ủy Đảng, chính quyền, đoàn thể.",
        "Chọn ít nhất 1 đại biểu thuộc nhóm “Lãnh đạo cấp ủy, chính quyền, đoàn thể” vào đoàn Chủ tọa.",
        "presidium",
      ),
    );
  }
  if (!members.some((m) => isExemplarGroup(m.categories))) {
    out.push(
      violation(
        "D6_PRESIDIUM_NO_EXEMPLAR",
        "error",
        section,
        "Đoàn Chủ tọa chưa có đại diện Anh hùng, Chiến sỹ thi đua hoặc điển hình tiên tiến tiêu biểu, xuất sắc.",
        "Chọn ít nhất 1 đại biểu là Anh hùng, Chiến sỹ thi đua, điển hình tiên tiến hoặc gương người tốt, việc tốt vào đoàn Chủ tọa.",
        "presidium",
      ),
    );
  }
  return out;
}
