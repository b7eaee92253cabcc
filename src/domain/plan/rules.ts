/**
 * The plan's rule values as data (SPEC A2, D1–D8). A plan stores one JSON document
 * validated by `PlanRulesSchema`; every field has the seed plan's value as its
 * default, so `PlanRulesSchema.parse({})` is the Bỉm Sơn plan (`SEED_PLAN_RULES`).
 * Deadlines are not here: they are the plan's milestones (A3) and reach the rules
 * engine as input.
 */
import { z } from "zod";
import { cleanText } from "../text.ts";
import "../zod-vi.ts";

export const CONFERENCE_KINDS = ["unit", "pilot", "town"] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const ConferenceKindSchema = z.enum(CONFERENCE_KINDS);

/** How an enterprise holds its conference (II.2.1). */
export const ENTERPRISE_MODES = ["plenary", "delegate"] as const;
export type ConferenceMode = (typeof ENTERPRISE_MODES)[number];

const code = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/u, "Mã: chữ thường không dấu, số hoặc '_' (2–40 ký tự)");
const text = (max = 500) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, "Không được để trống").max(max, `Tối đa ${max} ký tự`));
const cap = z.number().int("Phải là số nguyên").min(1, "Tối thiểu 1").max(100_000, "Quá lớn");
const ratio = z.number().min(0, "Từ 0 đến 1").max(1, "Từ 0 đến 1");

/** 3.1: the nine standard agenda items, in order, titles as the plan words them. */
const SEED_CORE_AGENDA = [
  { code: "flag_salute", title: "Chào cờ" },
  { code: "opening", title: "Tuyên bố lý do, giới thiệu đại biểu và khai mạc" },
  {
    code: "five_year_report",
    title:
      "Báo cáo tổng kết phong trào thi đua, công tác thi đua khen thưởng 5 năm qua, phương hướng nhiệm vụ công tác thi đua khen thưởng 5 năm tới",
  },
  { code: "testimonies", title: "Báo cáo tham luận của các điển hình tiên tiến (đại diện tập thể, cá nhân)" },
  { code: "commendation", title: "Biểu dương, khen thưởng các điển hình tiêu biểu" },
  { code: "movement_launch", title: "Phát động phong trào thi đua giai đoạn 2020-2025" },
  { code: "movement_response", title: "Phát biểu hưởng ứng phong trào thi đua" },
  { code: "upper_delegates", title: "Thông qua danh sách đại biểu đi dự Đại hội, Hội nghị cấp trên" },
  { code: "closing", title: "Tổng kết, Bế mạc Hội nghị" },
];

/** D1: II.2.1 (units, and so pilot units) and II.2.2 (the town). */
const UNIT_FORMS = [
  "Hội nghị tuyên dương điển hình tiên tiến",
  "Hội nghị biểu dương người tốt, việc tốt",
  "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo",
];
const TOWN_FORMS = ["Hội nghị điển hình tiên tiến"];

/** D8: II.2.1 "do ngân sách của đơn vị đảm bảo", II.2.2 "do ngân sách Thị xã đảm bảo". */
const SEED_BUDGET_SOURCES = [
  { code: "unit_budget", label: "Ngân sách của đơn vị" },
  { code: "town_budget", label: "Ngân sách Thị xã" },
];

const forms = (seed: string[]) =>
  z
    .array(text(300))
    .min(1, "Cần ít nhất một hình thức")
    .max(20)
    .default(() => [...seed]);

export const CoreAgendaItemSchema = z.object({ code, title: text(500) });
export type CoreAgendaItem = z.infer<typeof CoreAgendaItemSchema>;

export const BudgetSourceSchema = z.object({ code, label: text(200) });
export type BudgetSource = z.infer<typeof BudgetSourceSchema>;

const uniqueCodes = (items: readonly { code: string }[]) =>
  new Set(items.map((i) => i.code)).size === items.length;

export const PlanRulesSchema = z
  .object({
    /** Name of the level that runs the higher conference (M1: data, not "thị xã" in code). */
    levelName: text(100).default("Thị xã"),
    caps: z
      .object({
        /** II.2.1: xã, phường and the town's organisations (tổ chức, đoàn thể): at most 150. */
        unit: cap.default(150),
        /** Optional per-kind override of `unit`, keyed by unit kind code. */
        unitByKind: z.record(code, cap).default({}),
        /** II.2.1: enterprises holding a delegate conference: at most 150. */
        enterpriseDelegate: cap.default(150),
        /** II.2.2: the town conference: at most 300. */
        town: cap.default(300),
      })
      .prefault({}),
    /** II.2.1: "dưới 200 lao động" → plenary, "trên 200 lao động" → delegate conference. */
    enterpriseThreshold: cap.default(200),
    /**
     * Exactly at the threshold the plan (II.2.1) says nothing: "dưới 200" is plenary,
     * "trên 200" is a delegate conference, 200 itself falls in neither. We default to
     * "delegate": at 200 workers a plenary conference would exceed the 150 seats a
     * delegate conference is allowed, and the plan's intent (keep conferences economical,
     * I.4) favours the cap. The office can switch it to "plenary".
     */
    enterpriseAtThreshold: z.enum(ENTERPRISE_MODES).default("delegate"),
    /** II.2.1, II.2.2: "điển hình tiên tiến khoảng 70%; khách mời khoảng 30%"; the band is ours. */
    exemplarShare: z.object({ target: ratio.default(0.7), tolerance: ratio.default(0.1) }).prefault({}),
    /** 3.2: "Số lượng từ 5 đến 7 người". */
    presidium: z
      .object({ min: cap.default(5), max: cap.default(7) })
      .refine((p) => p.min <= p.max, {
        message: "Số người tối thiểu phải không lớn hơn tối đa",
        path: ["min"],
      })
      .prefault({}),
    /**
     * II.2.1, II.2.2, II.2.3.2: "1/2 ngày". A half-day session (7:30–11:30, or 13:30–17:30)
     * is 4 hours of office time; we allow 5 hours (300 minutes) so reception and the flag
     * ceremony before the programme do not trip the rule. The office can change it.
     */
    halfDayMaxMinutes: z.number().int().min(30).max(1440).default(300),
    coreAgenda: z
      .array(CoreAgendaItemSchema)
      .max(50)
      .refine(uniqueCodes, "Mã các mục chương trình không được trùng nhau")
      .default(() => SEED_CORE_AGENDA.map((i) => ({ ...i }))),
    /** D1, keyed by conference kind; a pilot conference is a unit conference held first. */
    forms: z
      .object({ unit: forms(UNIT_FORMS), pilot: forms(UNIT_FORMS), town: forms(TOWN_FORMS) })
      .prefault({}),
    budgetSources: z
      .array(BudgetSourceSchema)
      .min(1)
      .max(20)
      .refine(uniqueCodes, "Mã nguồn kinh phí không được trùng nhau")
      .default(() => SEED_BUDGET_SOURCES.map((s) => ({ ...s }))),
    /** D8: which budget pays, per conference kind (the plan is silent on pilots: the unit's own). */
    budgetByKind: z
      .object({
        unit: code.default("unit_budget"),
        pilot: code.default("unit_budget"),
        town: code.default("town_budget"),
      })
      .prefault({}),
    /** Plan sections that violations cite (D9); another plan may number them differently. */
    sections: z
      .object({
        unitConference: text(30).default("II.2.1"),
        townConference: text(30).default("II.2.2"),
        pilotSchedule: text(30).default("II.2.3.2"),
        agenda: text(30).default("3.1"),
        presidium: text(30).default("3.2"),
      })
      .prefault({}),
  })
  .superRefine((rules, ctx) => {
    const known = new Set(rules.budgetSources.map((s) => s.code));
    for (const kind of CONFERENCE_KINDS) {
      if (!known.has(rules.budgetByKind[kind])) {
        ctx.addIssue({
          code: "custom",
          path: ["budgetByKind", kind],
          message: `Nguồn kinh phí "${rules.budgetByKind[kind]}" không có trong danh sách nguồn kinh phí`,
        });
      }
    }
  });

export type PlanRules = z.output<typeof PlanRulesSchema>;
export type PlanRulesInput = z.input<typeof PlanRulesSchema>;

/** The seed plan's values (Kế hoạch của UBND thị xã Bỉm Sơn). */
export const SEED_PLAN_RULES: PlanRules = PlanRulesSchema.parse({});

/** "Hội nghị của đơn vị", "Hội nghị điểm", "Hội nghị cấp Thị xã" (the level's name is data). */
export function conferenceKindLabel(rules: Pick<PlanRules, "levelName">, kind: ConferenceKind): string {
  if (kind === "town") return `Hội nghị cấp ${rules.levelName}`;
  return kind === "pilot" ? "Hội nghị điểm" : "Hội nghị của đơn vị";
}
