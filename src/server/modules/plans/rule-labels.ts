/**
 * Vietnamese names of the plan's rule values (PlanRules), so that a refused value
 * names the field the office sees on the settings page. Keys are paths; "*" stands
 * for an item of a list or a kind of unit.
 */
export const RULE_LABELS: Record<string, string> = {
  levelName: "Tên cấp tổ chức Hội nghị cấp trên",
  caps: "Số đại biểu tối đa",
  "caps.unit": "Số đại biểu tối đa của Hội nghị xã, phường, cơ quan, đoàn thể",
  "caps.unitByKind": "Số đại biểu tối đa theo loại đơn vị",
  "caps.unitByKind.*": "Số đại biểu tối đa của loại đơn vị",
  "caps.enterpriseDelegate": "Số đại biểu tối đa của Hội nghị đại biểu doanh nghiệp",
  "caps.town": "Số đại biểu tối đa của Hội nghị cấp trên",
  enterpriseThreshold: "Ngưỡng số lao động của doanh nghiệp",
  enterpriseAtThreshold: "Hình thức hội nghị khi doanh nghiệp có đúng số lao động bằng ngưỡng",
  exemplarShare: "Tỷ lệ đại biểu điển hình tiên tiến",
  "exemplarShare.target": "Tỷ lệ đại biểu điển hình tiên tiến",
  "exemplarShare.tolerance": "Mức chênh lệch cho phép của tỷ lệ đại biểu điển hình tiên tiến",
  presidium: "Số người Chủ tọa",
  "presidium.min": "Số người Chủ tọa tối thiểu",
  "presidium.max": "Số người Chủ tọa tối đa",
  halfDayMaxMinutes: "Thời lượng tối đa của hội nghị 1/2 ngày (phút)",
  coreAgenda: "Các mục chương trình bắt buộc",
  "coreAgenda.*": "Mục chương trình bắt buộc",
  "coreAgenda.*.code": "Mã mục chương trình",
  "coreAgenda.*.title": "Tên mục chương trình",
  forms: "Hình thức hội nghị",
  "forms.unit": "Hình thức Hội nghị của đơn vị",
  "forms.pilot": "Hình thức Hội nghị điểm",
  "forms.town": "Hình thức Hội nghị cấp trên",
  budgetSources: "Nguồn kinh phí",
  "budgetSources.*": "Nguồn kinh phí",
  "budgetSources.*.code": "Mã nguồn kinh phí",
  "budgetSources.*.label": "Tên nguồn kinh phí",
  budgetByKind: "Nguồn kinh phí theo loại hội nghị",
  "budgetByKind.unit": "Nguồn kinh phí của Hội nghị đơn vị",
  "budgetByKind.pilot": "Nguồn kinh phí của Hội nghị điểm",
  "budgetByKind.town": "Nguồn kinh phí của Hội nghị cấp trên",
  sections: "Số mục trong kế hoạch",
  "sections.unitConference": "Số mục quy định Hội nghị của đơn vị",
  "sections.townConference": "Số mục quy định Hội nghị cấp trên",
  "sections.pilotSchedule": "Số mục quy định thời gian Hội nghị điểm",
  "sections.agenda": "Số mục quy định chương trình hội nghị",
  "sections.presidium": "Số mục quy định Chủ tọa",
};

/**
 * "Số người Chủ tọa tối thiểu", "Tên mục chương trình (mục thứ 3)": the label of the
 * longest known prefix of `path`, with the position of a list item when there is one.
 */
export function ruleLabel(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const head = parts.slice(0, n);
    const key = head
      .map((p, i) => (/^\d+$/u.test(p) || (i === 2 && head[1] === "unitByKind") ? "*" : p))
      .join(".");
    const label = RULE_LABELS[key];
    if (!label) continue;
    const index = head.find((p) => /^\d+$/u.test(p));
    const kind = head[1] === "unitByKind" && head[2] ? ` "${head[2]}"` : "";
    return index === undefined ? `${label}${kind}` : `${label} (mục thứ ${Number(index) + 1})`;
  }
  return parts.join(".") || "Quy định";
}
