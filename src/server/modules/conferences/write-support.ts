/**
 * Shared by every conference write: load what the actor may change (404 / 403 /
 * 409 in that order), and bump the version under the status and version read,
 * so two saves of the same version cannot both win (N2).
 */
import { inArray } from "drizzle-orm";
import {
  CONTENT_EDITABLE,
  type ConferenceStatus,
  conferenceStatusLabel,
  LOCKED_REASON,
} from "../../../domain/conference-lifecycle.ts";
import type { Db } from "../../db/client.ts";
import { conferences } from "../../db/schema/index.ts";
import { versionedUpdate } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, stale } from "../../http/errors.ts";
import { conferencePolicy, readable } from "./policy.ts";
import type { ConferenceRow } from "./queries.ts";
import { findConferenceRow } from "./queries.ts";

/** 409 CONFLICT: content cannot change in this state; says what to do instead (the lifecycle's words). */
export function notEditable(status: string): AppError {
  const now = `Hội nghị đang ở trạng thái “${conferenceStatusLabel(status)}” nên không sửa được.`;
  const what = LOCKED_REASON[status as ConferenceStatus] ?? "";
  return new AppError("CONFLICT", `${now} ${what}`.trim(), { status });
}

/** A conference the actor may edit now; 404 unseen, 403 not theirs, 409 wrong state or stale version. */
export async function editableConference(
  ctx: ServiceContext,
  id: string,
  statuses: readonly ConferenceStatus[] = CONTENT_EDITABLE,
  version?: number,
): Promise<ConferenceRow> {
  const row = readable(ctx.actor, await findConferenceRow(ctx.db, id));
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
