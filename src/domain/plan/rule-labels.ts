/**
 * Vietnamese names of the plan's rule values (PlanRules, SPEC A2, D1–D8): the one home of
 * each value's name, unit and help. The settings page shows them beside the fields and a
 * refused value names the field with them. Keys are paths; "*" stands for an item of a
 * list or a kind of unit. "{level}" is the level that runs the higher conference (M1).
 */
import type { ConferenceMode } from "./rules.ts";

export type RuleValueLabel = {
  /** What the office calls the value. */
  label: string;
  /** What it is counted in: "đại biểu", "lao động", "người", "%", "phút". */
  unit?: string;
  /** One sentence shown under the field. */
  help?: string;
};

export const RULE_VALUE_LABELS = {
  levelName: { label: "Tên cấp tổ chức Hội nghị cấp trên", help: "Ví dụ: Thị xã, Huyện, Tỉnh" },
  caps: { label: "Số đại biểu tối đa" },
  "caps.unit": {
    label: "Số đại biểu tối đa của Hội nghị xã, phường, cơ quan, đoàn thể",
    unit: "đại biểu",
  },
  "caps.unitByKind": { label: "Số đại biểu tối đa theo loại đơn vị" },
  "caps.unitByKind.*": { label: "Số đại biểu tối đa của loại đơn vị", unit: "đại biểu" },
  "caps.enterpriseDelegate": {
    label: "Số đại biểu tối đa của Hội nghị đại biểu doanh nghiệp",
    unit: "đại biểu",
  },
  "caps.town": { label: "Số đại biểu tối đa của Hội nghị cấp {level}", unit: "đại biểu" },
  enterpriseThreshold: {
    label: "Ngưỡng số lao động của doanh nghiệp",
    unit: "lao động",
    help: "Dưới ngưỡng: Hội nghị toàn thể; trên ngưỡng: hội nghị đại biểu.",
  },
  enterpriseAtThreshold: {
    label: "Hình thức hội nghị khi doanh nghiệp có đúng số lao động bằng ngưỡng",
    help: "Kế hoạch chỉ quy định “dưới ngưỡng” và “trên ngưỡng”, không nói rõ trường hợp đúng bằng ngưỡng.",
  },
  exemplarShare: { label: "Tỷ lệ đại biểu điển hình tiên tiến" },
  "exemplarShare.target": { label: "Tỷ lệ đại biểu điển hình tiên tiến", unit: "%" },
  "exemplarShare.tolerance": {
    label: "Mức chênh lệch cho phép của tỷ lệ đại biểu điển hình tiên tiến",
    unit: "%",
    help: "Lệch quá mức này là cảnh báo, không chặn việc nộp.",
  },
  presidium: { label: "Số người Chủ tọa" },
  "presidium.min": { label: "Số người Chủ tọa tối thiểu", unit: "người" },
  "presidium.max": { label: "Số người Chủ tọa tối đa", unit: "người" },
  halfDayMaxMinutes: {
    label: "Thời lượng tối đa của hội nghị 1/2 ngày",
    unit: "phút",
    help: "Mặc định 300 phút (5 giờ), tính cả thời gian đón tiếp.",
  },
  coreAgenda: { label: "Các mục chương trình bắt buộc" },
  "coreAgenda.*": { label: "Mục chương trình bắt buộc" },
  "coreAgenda.*.code": { label: "Mã mục chương trình" },
  "coreAgenda.*.title": { label: "Tên mục chương trình" },
  forms: { label: "Hình thức hội nghị" },
  "forms.unit": { label: "Hình thức Hội nghị của đơn vị" },
  "forms.pilot": { label: "Hình thức Hội nghị điểm" },
  "forms.town": { label: "Hình thức Hội nghị cấp {level}" },
  budgetSources: { label: "Nguồn kinh phí" },
  "budgetSources.*": { label: "Nguồn kinh phí" },
  "budgetSources.*.code": { label: "Mã nguồn kinh phí" },
  "budgetSources.*.label": { label: "Tên nguồn kinh phí" },
  budgetByKind: { label: "Nguồn kinh phí theo loại hội nghị" },
  "budgetByKind.unit": { label: "Nguồn kinh phí của Hội nghị đơn vị" },
  "budgetByKind.pilot": { label: "Nguồn kinh phí của Hội nghị điểm" },
  "budgetByKind.town": { label: "Nguồn kinh phí của Hội nghị cấp {level}" },
  sections: { label: "Số mục trong kế hoạch" },
  "sections.unitConference": { label: "Số mục quy định Hội nghị của đơn vị" },
  "sections.townConference": { label: "Số mục quy định Hội nghị cấp {level}" },
  "sections.pilotSchedule": { label: "Số mục quy định thời gian Hội nghị điểm" },
  "sections.agenda": { label: "Số mục quy định chương trình hội nghị" },
  "sections.presidium": { label: "Số mục quy định Chủ tọa" },
} as const satisfies Record<string, RuleValueLabel>;

export type RuleValueKey = keyof typeof RULE_VALUE_LABELS;

/** How an enterprise holds its conference (II.2.1), as the settings page offers it. */
export const ENTERPRISE_MODE_LABELS: Record<ConferenceMode, string> = {
  plenary: "Hội nghị toàn thể",
  delegate: "Hội nghị đại biểu",
};

/**
 * The name, unit and help of one rule value. `levelName` ("Thị xã") names the higher
 * conference; without it the label says "cấp trên".
 */
export function ruleValueLabel(key: RuleValueKey, levelName?: string): RuleValueLabel {
  const entry: RuleValueLabel = RULE_VALUE_LABELS[key];
  const level = levelName?.trim() || "trên";
  return { ...entry, label: entry.label.replace("{level}", level) };
}

const isIndex = (part: string) => /^\d+$/u.test(part);
const isKey = (key: string): key is RuleValueKey => Object.hasOwn(RULE_VALUE_LABELS, key);

/**
 * "Số người Chủ tọa tối thiểu", "Tên mục chương trình (mục thứ 3)": the label of the
 * longest known prefix of `path`, with the position of a list item when there is one.
 */
export function ruleLabel(path: readonly PropertyKey[], levelName?: string): string {
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const head = parts.slice(0, n);
    const key = head.map((p, i) => (isIndex(p) || (i === 2 && head[1] === "unitByKind") ? "*" : p)).join(".");
    if (!isKey(key)) continue;
    const { label } = ruleValueLabel(key, levelName);
    const index = head.find(isIndex);
    const kind = head[1] === "unitByKind" && head[2] ? ` "${head[2]}"` : "";
    return index === undefined ? `${label}${kind}` : `${label} (mục thứ ${Number(index) + 1})`;
  }
  return parts.join(".") || "Quy định";
}
