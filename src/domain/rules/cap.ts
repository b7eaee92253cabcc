/**
 * D3: number of delegates (II.2.1, II.2.2): how many a conference may have and why
 * (`capFor`, shown beside the list), and the check of the list against it. Every
 * delegate on the list counts, whatever their status: the list is who the unit plans
 * to seat. Unit kinds are data: an enterprise is any kind that records a workforce.
 */
import type { ConferenceKind, ConferenceMode, PlanRules } from "../plan/rules.ts";
import { formatCount, levelSection, violation } from "./format.ts";
import type { RuleInput, Violation } from "./types.ts";

export type UnitKindDescriptor = { kindCode: string; hasWorkforce: boolean };

export type CapDecision = {
  mode: ConferenceMode;
  /** Largest allowed number of delegates. */
  cap: number;
  /** Vietnamese explanation shown beside the number. */
  reason: string;
  /** Plan section the cap comes from. */
  section: string;
};

/** A usable workforce: a finite, non-negative integer; anything else counts as unknown. */
export function knownWorkforce(workforce: number | null | undefined): number | null {
  return typeof workforce === "number" && Number.isInteger(workforce) && workforce >= 0 ? workforce : null;
}

export function capFor(
  rules: PlanRules,
  unitKind: UnitKindDescriptor,
  workforce: number | null,
  conferenceKind: ConferenceKind,
): CapDecision {
  const { caps, sections } = rules;
  if (conferenceKind === "town") {
    return {
      mode: "delegate",
      cap: caps.town,
      reason: `Hội nghị điển hình tiên tiến cấp ${rules.levelName}: tối đa ${formatCount(caps.town)} đại biểu.`,
      section: sections.townConference,
    };
  }
  const section = sections.unitConference;
  if (!unitKind.hasWorkforce) {
    const override = Object.hasOwn(caps.unitByKind, unitKind.kindCode)
      ? caps.unitByKind[unitKind.kindCode]
      : undefined;
    if (override !== undefined) {
      return {
        mode: "delegate",
        cap: override,
        reason: `Theo thiết lập của kế hoạch cho loại đơn vị này: tối đa ${formatCount(override)} đại biểu.`,
        section,
      };
    }
    return {
      mode: "delegate",
      cap: caps.unit,
      reason: `Xã, phường, cơ quan và các tổ chức, đoàn thể cấp ${rules.levelName}: tối đa ${formatCount(caps.unit)} đại biểu.`,
      section,
    };
  }

  const threshold = formatCount(rules.enterpriseThreshold);
  const delegateCap = formatCount(caps.enterpriseDelegate);
  const workers = knownWorkforce(workforce);
  if (workers === null) {
    return {
      mode: "delegate",
      cap: caps.enterpriseDelegate,
      reason: `Doanh nghiệp chưa có số lao động: tạm tính là hội nghị đại biểu, tối đa ${delegateCap} đại biểu.`,
      section,
    };
  }
  const n = formatCount(workers);
  const plenary = (why: string): CapDecision => ({
    mode: "plenary",
    cap: workers,
    reason: `${why}: tổ chức Hội nghị toàn thể, số người dự không vượt quá số lao động (${n} người).`,
    section,
  });
  const delegate = (why: string): CapDecision => ({
    mode: "delegate",
    cap: caps.enterpriseDelegate,
    reason: `${why}: tổ chức hội nghị đại biểu, tối đa ${delegateCap} đại biểu.`,
    section,
  });
  if (workers < rules.enterpriseThreshold) {
    return plenary(`Doanh nghiệp có ${n} lao động (dưới ${threshold})`);
  }
  if (workers > rules.enterpriseThreshold) {
    return delegate(`Doanh nghiệp có ${n} lao động (trên ${threshold})`);
  }
  const atThreshold =
    `Doanh nghiệp có đúng ${threshold} lao động; kế hoạch chỉ quy định “dưới ${threshold}” và ` +
    `“trên ${threshold}”, nên áp dụng theo thiết lập của kế hoạch`;
  return rules.enterpriseAtThreshold === "plenary" ? plenary(atThreshold) : delegate(atThreshold);
}

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
