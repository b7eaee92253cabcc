/**
 * Composition targets of the list sent to the higher conference (SPEC F3, D5; plan II.2.2:
 * "chú trọng … trực tiếp sản xuất, công tác …; đại biểu nữ, đại biểu dân tộc, đại biểu đại
 * diện các thành phần kinh tế"). The plan names the groups but gives no figures: the
 * defaults below are ours, stored per plan and edited by the office. `compositionCheck`
 * puts the target beside the actual share; outside is a warning, never a block.
 */
import { z } from "zod";
import { ECONOMIC_SECTORS, type EconomicSector } from "../persons.ts";
import { isEthnicMinority, isLeader } from "../rules/categories.ts";
import { formatPercent } from "../rules/format.ts";
import "../zod-vi.ts";

const share = z.number().min(0, "Từ 0% đến 100%").max(1, "Từ 0% đến 100%").nullable();

/** A share band: at least `min`, at most `max` (either may be empty). */
export const TargetBandSchema = z
  .object({ min: share.default(null), max: share.default(null) })
  .refine((b) => b.min === null || b.max === null || b.min <= b.max, {
    message: "Tỷ lệ tối thiểu phải không lớn hơn tối đa",
    path: ["min"],
  });
export type TargetBand = z.infer<typeof TargetBandSchema>;

const band = (min: number | null, max: number | null) => TargetBandSchema.default({ min, max });

export const CompositionTargetsSchema = z
  .object({
    women: band(0.3, null),
    ethnicMinorities: band(0.05, null),
    directWorkers: band(0.3, null),
    /** Leaders (cấp ủy, chính quyền, đoàn thể) should not crowd out the exemplars. */
    leaders: band(null, 0.3),
    sectors: z
      .object({
        state: band(0.05, null),
        collective: band(0.05, null),
        private: band(0.05, null),
        foreign: band(0.02, null),
        household: band(0.05, null),
      })
      .prefault({}),
  })
  .prefault({});
export type CompositionTargets = z.output<typeof CompositionTargetsSchema>;
export type CompositionTargetsInput = z.input<typeof CompositionTargetsSchema>;

export const DEFAULT_COMPOSITION_TARGETS: CompositionTargets = CompositionTargetsSchema.parse({});

/** What the check needs of a person on the list (a nominee or a delegate). */
export type CompositionPerson = {
  gender: string | null;
  ethnicityCode: string | null;
  categories: readonly string[];
  economicSector: string | null;
};

export type CompositionCode =
  | "women"
  | "ethnic_minorities"
  | "direct_workers"
  | "leaders"
  | `sector_${EconomicSector}`;

export type CompositionLine = {
  code: CompositionCode;
  label: string;
  target: TargetBand;
  actual: { count: number; total: number; share: number };
  within: boolean;
  /** Vietnamese: the group, its share, and the target it misses (or meets). */
  message: string;
};

function bandWords(b: TargetBand): string {
  if (b.min !== null && b.max !== null) return `từ ${formatPercent(b.min)} đến ${formatPercent(b.max)}`;
  if (b.min !== null) return `tối thiểu ${formatPercent(b.min)}`;
  if (b.max !== null) return `tối đa ${formatPercent(b.max)}`;
  return "không đặt mục tiêu";
}

function line(
  code: CompositionCode,
  label: string,
  target: TargetBand,
  count: number,
  total: number,
): CompositionLine {
  const actual = total > 0 ? count / total : 0;
  // With nobody on the list yet there is nothing to judge.
  const within =
    total === 0 ||
    ((target.min === null || actual >= target.min) && (target.max === null || actual <= target.max));
  const found = `${label}: ${count}/${total} (${formatPercent(actual)})`;
  const message = within
    ? `${found}, đạt mục tiêu ${bandWords(target)}.`
    : `${found}, chưa đạt mục tiêu ${bandWords(target)}. Nên cân nhắc bổ sung hoặc điều chỉnh danh sách (cảnh báo, không chặn).`;
  return { code, label, target, actual: { count, total, share: actual }, within, message };
}

/** Target beside actual for each group (F3): warnings only, every group listed, in a fixed order. */
export function compositionCheck(
  targets: CompositionTargets,
  people: readonly CompositionPerson[],
): CompositionLine[] {
  const total = people.length;
  const count = (test: (p: CompositionPerson) => boolean) => people.filter(test).length;
  return [
    line(
      "women",
      "Đại biểu nữ",
      targets.women,
      count((p) => p.gender === "female"),
      total,
    ),
    line(
      "ethnic_minorities",
      "Đại biểu dân tộc thiểu số",
      targets.ethnicMinorities,
      count((p) => isEthnicMinority(p.ethnicityCode)),
      total,
    ),
    line(
      "direct_workers",
      "Người trực tiếp sản xuất, công tác",
      targets.directWorkers,
      count((p) => p.categories.includes("direct_worker")),
      total,
    ),
    line(
      "leaders",
      "Lãnh đạo cấp ủy, chính quyền, đoàn thể",
      targets.leaders,
      count((p) => isLeader(p.categories)),
      total,
    ),
    ...ECONOMIC_SECTORS.map((s) =>
      line(
        `sector_${s.code}` as CompositionCode,
        `Thành phần kinh tế ${s.label.toLowerCase()}`,
        targets.sectors[s.code],
        count((p) => p.economicSector === s.code),
        total,
      ),
    ),
  ];
}
