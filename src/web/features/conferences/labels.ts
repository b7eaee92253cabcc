/** Words the conference pages show for the API's codes (O4: no raw codes on screen). */

import { LOCKED_REASON } from "../../../domain/conference-lifecycle.ts";
import {
  CONFERENCE_STATUS_LABELS,
  type ConferenceStatus,
  DELEGATE_ROLE_LABELS,
  DELEGATE_STATUS_LABELS as DOMAIN_DELEGATE_STATUS_LABELS,
} from "../../../domain/conferences.ts";
import type { ConferenceKind } from "../../../domain/plan/rules.ts";

export const STATUS_LABELS: Record<ConferenceStatus, string> = CONFERENCE_STATUS_LABELS;

export const STATUS_COLORS: Record<ConferenceStatus, string> = {
  draft: "gray",
  submitted: "blue",
  approved: "green",
  returned: "red",
  held: "teal",
  closed: "dark",
};

/** "Hội nghị cấp Thị xã": the town label comes from the server (the level's name is data). */
export function kindLabel(kind: ConferenceKind, serverLabel?: string): string {
  if (kind === "pilot") return "Hội nghị điểm";
  if (kind === "unit") return "Hội nghị cấp đơn vị";
  return serverLabel ?? "Hội nghị cấp trên";
}

export const ROLE_LABELS = { exemplar: "Điển hình", guest: "Khách mời" } as const;
export const ROLE_FULL_LABELS = DELEGATE_ROLE_LABELS;
export const DELEGATE_STATUS_LABELS = DOMAIN_DELEGATE_STATUS_LABELS;

/** Which tab holds what a rule is about (D1, D2, D8: general; D3, D4: delegates; D6; D7). */
export type ConferenceTab = "info" | "delegates" | "presidium" | "agenda";
export function tabOfViolation(code: string): ConferenceTab {
  if (code.startsWith("D3") || code.startsWith("D4")) return "delegates";
  if (code.startsWith("D6")) return "presidium";
  if (code.startsWith("D7")) return "agenda";
  return "info";
}

/** Why the content cannot be changed now, in the clerk's words (the lifecycle's LOCKED_REASON). */
export function lockedReason(
  status: ConferenceStatus,
  mayEditAtAll: boolean,
  attendanceOpen: boolean,
): string {
  if (!mayEditAtAll) {
    return "Bạn chỉ được xem hội nghị này. Chỉ cán bộ của đơn vị tổ chức và Thường trực HĐ TĐKT được sửa.";
  }
  const why = LOCKED_REASON[status] || "Bạn không sửa được hội nghị này.";
  return attendanceOpen ? `${why} Trạng thái mời, xác nhận, có mặt của đại biểu vẫn cập nhật được.` : why;
}
