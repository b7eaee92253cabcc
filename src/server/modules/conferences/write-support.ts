/**
 * Shared by every conference write: load what the actor may change (404 / 403 /
 * 409 in that order), and bump the version under the status and version read,
 * so two saves of the same version cannot both win (N2).
 */
import { inArray } from "drizzle-orm";
import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from "../../../domain/conferences.ts";
import type { Db } from "../../db/client.ts";
import { conferences } from "../../db/schema/index.ts";
import { versionedUpdate } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, stale } from "../../http/errors.ts";
import { conferencePolicy, EDITABLE } from "./policy.ts";
import type { ConferenceRow } from "./queries.ts";
import { visibleConference } from "./read-service.ts";

export const statusLabel = (s: string) => CONFERENCE_STATUS_LABELS[s as ConferenceStatus] ?? s;

/** 409 CONFLICT: content cannot change in this state; says what to do instead. */
export function notEditable(status: string): AppError {
  const now = `Hội nghị đang ở trạng thái “${statusLabel(status)}” nên không sửa được.`;
  const what =
    status === "submitted"
      ? "Hội nghị đã nộp, đang chờ duyệt: nếu cần sửa, đề nghị người duyệt trả lại."
      : status === "approved" || status === "held"
        ? "Hội nghị đã được duyệt: muốn sửa, bấm “Mở lại để sửa” và ghi lý do."
        : "Hội nghị đã kết thúc: không thể sửa nữa.";
  return new AppError("CONFLICT", `${now} ${what}`, { status });
}

export const STATUS_ONLY_EDITABLE: readonly ConferenceStatus[] = ["draft", "returned", "approved", "held"];

/** A conference the actor may edit now; 404 unseen, 403 not theirs, 409 wrong state or stale version. */
export async function editableConference(
  ctx: ServiceContext,
  id: string,
  statuses: readonly ConferenceStatus[] = EDITABLE,
  version?: number,
): Promise<ConferenceRow> {
  const row = await visibleConference(ctx, ctx.db, id);
  if (!conferencePolicy.canEdit(ctx.actor, row)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ của đơn vị tổ chức được sửa hội nghị này.");
  }
  if (!statuses.includes(row.status as ConferenceStatus)) throw notEditable(row.status);
  if (version !== undefined && version !== row.version) throw stale();
  return row;
}

/**
 * Sets `set` and version + 1 when the status is still one of `statuses` (and the
 * version is still `version`, when given). Returns the new version; otherwise
 * refuses with STALE (someone saved first), NOT_FOUND or the status conflict.
 */
export async function bumpConference(
  tx: Db,
  ctx: ServiceContext,
  id: string,
  opts: {
    statuses: readonly string[];
    version?: number;
    set?: Partial<typeof conferences.$inferInsert>;
    conflict?: (status: string) => AppError;
  },
): Promise<number> {
  const row = await versionedUpdate({ ...ctx, db: tx }, conferences, {
    id,
    version: opts.version,
    set: opts.set ?? {},
    where: inArray(conferences.status, [...opts.statuses]),
    conflict: (now) => (opts.conflict ?? notEditable)(now.status),
    notFound: "Không tìm thấy hội nghị.",
  });
  return row.version;
}
