/**
 * Shared steps of the unit's dossier writes (G1, G2): find the checklist line, check
 * the item may still change, and create-or-update an item at the expected version
 * (N2: a stale save → 409) inside the caller's transaction.
 */
import { and, eq, isNull } from "drizzle-orm";
import {
  DOSSIER_EDITABLE,
  DOSSIER_ITEM_STATUS_LABELS,
  type DossierItemStatus,
} from "../../../domain/dossiers.ts";
import type { Db } from "../../db/client.ts";
import { dossierItems, persons } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, stale, validation } from "../../http/errors.ts";
import { loadRequirements, type RequirementRow } from "./queries.ts";

export type Item = typeof dossierItems.$inferSelect;

export async function requireRequirement(db: Db, planId: string, code: string): Promise<RequirementRow> {
  const req = (await loadRequirements(db, planId)).find((r) => r.code === code);
  if (!req) {
    throw validation(`Danh mục hồ sơ của kế hoạch không có mục "${code}".`, {
      fields: { requirement: "Mục hồ sơ không có trong danh mục của kế hoạch." },
    });
  }
  return req;
}

/** A per-nominee line needs a person of the unit's own list; a single-document line takes none. */
export async function requirePerson(
  db: Db,
  req: RequirementRow,
  unitId: string,
  personId: string | undefined,
): Promise<string | null> {
  if (!req.perNominee) {
    if (personId)
      throw validation(`Mục "${req.label}" là một văn bản chung của đơn vị, không gắn với từng người.`);
    return null;
  }
  if (!personId) {
    throw validation(`Mục "${req.label}" lập cho từng người: hãy chọn người trong danh sách của đơn vị.`, {
      fields: { personId: "Hãy chọn người." },
    });
  }
  const [p] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.id, personId), eq(persons.unitId, unitId)))
    .limit(1);
  if (!p) throw notFound("Không tìm thấy người này trong danh sách của đơn vị.");
  return p.id;
}

export function requireEditable(item: Item | null, label: string): void {
  const status = (item?.status ?? "missing") as DossierItemStatus;
  if (!DOSSIER_EDITABLE.includes(status)) {
    throw new AppError(
      "CONFLICT",
      `Mục "${label}" đang ở trạng thái "${DOSSIER_ITEM_STATUS_LABELS[status]}" nên không thay được tệp. Khi Thường trực trả lại, đơn vị mới sửa và gửi lại.`,
    );
  }
}

export async function findSlot(
  db: Db,
  slot: { planId: string; unitId: string; code: string; personId: string | null },
): Promise<Item | null> {
  const [row] = await db
    .select()
    .from(dossierItems)
    .where(
      and(
        eq(dossierItems.planId, slot.planId),
        eq(dossierItems.unitId, slot.unitId),
        eq(dossierItems.requirementCode, slot.code),
        slot.personId ? eq(dossierItems.personId, slot.personId) : isNull(dossierItems.personId),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Puts `fileId` on the slot's item: creates it when `version` is 0 and there is none,
 * otherwise updates it if still at `version`. A returned item keeps its status (and the
 * office's comment) until the unit sends it again.
 */
export async function putFile(
  tx: Db,
  ctx: ServiceContext,
  slot: { planId: string; unitId: string; code: string; personId: string | null },
  before: Item | null,
  version: number,
  file: { id: string; generated: boolean },
): Promise<Item> {
  const now = ctx.clock.now();
  if (!before) {
    if (version !== 0) throw stale();
    const [created] = await tx
      .insert(dossierItems)
      .values({
        planId: slot.planId,
        unitId: slot.unitId,
        requirementCode: slot.code,
        personId: slot.personId,
        fileId: file.id,
        generated: file.generated,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw stale();
    return created;
  }
  const [updated] = await tx
    .update(dossierItems)
    .set({ fileId: file.id, generated: file.generated, version: version + 1, updatedAt: now })
    .where(and(eq(dossierItems.id, before.id), eq(dossierItems.version, version)))
    .returning();
  if (!updated) throw stale();
  return updated;
}

export const auditView = (i: Item | null) =>
  i && {
    requirement: i.requirementCode,
    personId: i.personId,
    status: i.status,
    fileId: i.fileId,
    generated: i.generated,
    submittedAt: i.submittedAt,
    reviewComment: i.reviewComment,
    version: i.version,
  };
