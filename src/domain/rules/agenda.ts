/**
 * D7: the agenda (3.1). Every core item of the plan must be present, and the core items
 * must keep the plan's order relative to each other; units may add items anywhere.
 */
import { formatCount, quote, violation } from "./format.ts";
import type { RuleAgendaItem, RuleInput, Violation } from "./types.ts";

function inAgendaOrder(agenda: readonly RuleAgendaItem[]): RuleAgendaItem[] {
  return agenda
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.order - b.item.order || a.index - b.index)
    .map((x) => x.item);
}

export function checkAgenda(input: RuleInput): Violation[] {
  const { rules, agenda } = input;
  const section = rules.sections.agenda;
  const core = rules.coreAgenda;
  const total = formatCount(core.length);
  const position = new Map(core.map((c, i) => [c.code, i]));
  const out: Violation[] = [];

  const present = new Set<string>();
  const duplicated = new Set<string>();
  const sequence: number[] = [];
  for (const item of inAgendaOrder(agenda)) {
    const code = item.coreCode?.trim() ?? "";
    if (code === "") continue;
    const at = position.get(code);
    if (at === undefined) {
      out.push(
        violation(
          "D7_CORE_CODE_UNKNOWN",
          "warning",
          section,
          `Mục ${quote(item.title)} được đánh dấu là mục bắt buộc (mã ${quote(code)}) nhưng kế hoạch không có mục bắt buộc này.`,
          "Bỏ đánh dấu mục bắt buộc cho mục này (vẫn giữ được như một mục bổ sung), hoặc chọn đúng mục bắt buộc.",
          "agenda",
        ),
      );
      continue;
    }
    if (present.has(code)) {
      if (!duplicated.has(code)) {
        duplicated.add(code);
        out.push(
          violation(
            "D7_CORE_ITEM_DUPLICATE",
            "warning",
            section,
            `Mục bắt buộc ${quote(core[at]?.title ?? code)} có nhiều lần trong chương trình.`,
            "Giữ một mục bắt buộc; các phần tiếp theo có thể đặt thành mục bổ sung.",
            "agenda",
          ),
        );
      }
      continue;
    }
    present.add(code);
    sequence.push(at);
  }

  core.forEach((item, i) => {
    if (present.has(item.code)) return;
    const previous = i > 0 ? core[i - 1]?.title : undefined;
    out.push(
      violation(
        "D7_CORE_ITEM_MISSING",
        "error",
        section,
        `Chương trình thiếu mục bắt buộc ${quote(item.title)} (mục ${formatCount(i + 1)}/${total} theo kế hoạch).`,
        previous === undefined
          ? `Thêm mục ${quote(item.title)} vào chương trình, trước các mục bắt buộc khác.`
          : `Thêm mục ${quote(item.title)} vào chương trình, sau mục ${quote(previous)}.`,
        "agenda",
      ),
    );
  });

  for (let k = 1; k < sequence.length; k++) {
    const before = sequence[k - 1]!;
    const after = sequence[k]!;
    if (after > before) continue;
    const early = core[after]?.title ?? "";
    const late = core[before]?.title ?? "";
    out.push(
      violation(
        "D7_CORE_ORDER",
        "error",
        section,
        `Mục ${quote(late)} (mục ${formatCount(before + 1)}/${total}) đang đứng trước mục ${quote(early)} (mục ${formatCount(after + 1)}/${total}), sai thứ tự chương trình của kế hoạch.`,
        `Đưa mục ${quote(early)} lên trước mục ${quote(late)}; các mục bắt buộc phải theo đúng thứ tự kế hoạch, các mục bổ sung đặt xen vào đâu cũng được.`,
        "agenda",
      ),
    );
    break;
  }
  return out;
}
