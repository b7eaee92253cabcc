/**
 * D3: how many delegates a conference may have, and why (II.2.1, II.2.2).
 * Unit kinds are data: an enterprise is any kind that records a workforce.
 */
import type { ConferenceKind, ConferenceMode, PlanRules } from "./rules.ts";

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

const countFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** 1150 → "1.150". */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

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
