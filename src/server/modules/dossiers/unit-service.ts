/**
 * What a unit does with its own dossier (G1, G2, G4): attach a file to a checklist
 * line (checked by content), generate a draft as a Word file, send items, remove a
 * nominee's item not yet sent. Every step is audited in its transaction.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Dossier, DossierGenerator } from "../../../domain/dossiers.ts";
import { dossierItems } from "../../db/schema/index.ts";
import { ANY_DOCUMENT, DOCX } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { generateDraft } from "./generate.ts";
import { NOT_FOUND, requireUnitUser } from "./policy.ts";
import { loadParticipant } from "./queries.ts";
import { getDossier, requireCurrentPlan } from "./read-service.ts";
import {
  auditView,
  findSlot,
  putFile,
  requireEditable,
  requirePerson,
  requireRequirement,
} from "./write-support.ts";

/** G2: PDF, Word, Excel or an image, at most 20 MB. */
export const DOSSIER_FILE_TYPES = ANY_DOCUMENT;
export const DOSSIER_MAX_BYTES = 20 * 1024 * 1024;

async function ownDossier(ctx: ServiceContext): Promise<{ planId: string; unitId: string }> {
  const unitId = requireUnitUser(ctx);
  const planId = await requireCurrentPlan(ctx);
  if (!(await loadParticipant(ctx.db, planId, unitId))) {
    throw notFound("Đơn vị của bạn không tham gia kế hoạch đang thực hiện.");
  }
  return { planId, unitId };
}

export async function uploadItem(
  ctx: ServiceContext,
  input: { requirement: string; personId?: string; version: number },
  upload: { buffer: Buffer; filename: string },
): Promise<Dossier> {
  const { planId, unitId } = await ownDossier(ctx);
  const req = await requireRequirement(ctx.db, planId, input.requirement);
  const personId = await requirePerson(ctx.db, req, unitId, input.personId);
  const slot = { planId, unitId, code: req.code, personId };
  const before = await findSlot(ctx.db, slot);
  requireEditable(before, req.label);
  const toStore = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId,
    allowed: DOSSIER_FILE_TYPES,
    maxBytes: DOSSIER_MAX_BYTES,
  };
  await withStagedFile(ctx, toStore, (staged) =>
    ctx.db.transaction(async (tx) => {
      const file = await linkFile(tx, ctx, staged);
      const after = await putFile(tx, ctx, slot, before, input.version, { id: file.id, generated: false });
      await recordAudit(tx, ctx, {
        action: "dossier.file",
        entityType: "dossier_item",
        entityId: after.id,
        unitId,
        before: auditView(before),
        after: { ...auditView(after), fileName: file.originalName, fileMime: file.mime, fileSize: file.size },
      });
    }),
  );
  return getDossier(ctx, unitId);
}

/** G4: builds the line's draft from the conference and keeps it as the item's file (Word, to edit and re-upload). */
export async function generateItem(
  ctx: ServiceContext,
  input: { requirement: string; version: number },
): Promise<Dossier> {
  const { planId, unitId } = await ownDossier(ctx);
  const req = await requireRequirement(ctx.db, planId, input.requirement);
  if (!req.generator) {
    throw validation(`Mục "${req.label}" không tạo tự động được: hãy tải lên tệp của đơn vị.`);
  }
  const slot = { planId, unitId, code: req.code, personId: null };
  const before = await findSlot(ctx.db, slot);
  requireEditable(before, req.label);
  const draft = await generateDraft(ctx, planId, unitId, req.generator as DossierGenerator);
  const toStore = { buffer: draft.buffer, originalName: draft.filename, unitId, allowed: [DOCX.mime] };
  await withStagedFile(ctx, toStore, (staged) =>
    ctx.db.transaction(async (tx) => {
      const file = await linkFile(tx, ctx, staged);
      const after = await putFile(tx, ctx, slot, before, input.version, { id: file.id, generated: true });
      await recordAudit(tx, ctx, {
        action: "dossier.generate",
        entityType: "dossier_item",
        entityId: after.id,
        unitId,
        before: auditView(before),
        after: { ...auditView(after), fileName: file.originalName, generator: req.generator },
      });
    }),
  );
  return getDossier(ctx, unitId);
}

/** Sends the listed items (draft or returned, each with a file) in one go; each at its version (409 if stale). */
export async function submitItems(
  ctx: ServiceContext,
  input: { items: { id: string; version: number }[] },
): Promise<Dossier> {
  const { planId, unitId } = await ownDossier(ctx);
  const ids = [...new Set(input.items.map((i) => i.id))];
  const rows = await ctx.db
    .select()
    .from(dossierItems)
    .where(
      and(inArray(dossierItems.id, ids), eq(dossierItems.planId, planId), eq(dossierItems.unitId, unitId)),
    );
  if (rows.length !== ids.length) throw notFound("Không tìm thấy mục hồ sơ của đơn vị.");
  const noFile = rows.filter((r) => !r.fileId);
  if (noFile.length > 0)
    throw validation("Có mục hồ sơ chưa có tệp: hãy tải lên hoặc tạo tệp trước khi gửi.");
  const wrong = rows.filter((r) => r.status !== "draft" && r.status !== "returned");
  if (wrong.length > 0) throw new AppError("CONFLICT", "Có mục hồ sơ đã được gửi hoặc đã được chấp nhận.");
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    for (const { id, version } of input.items) {
      const before = rows.find((r) => r.id === id)!;
      const [after] = await tx
        .update(dossierItems)
        .set({ status: "submitted", submittedAt: now, version: version + 1, updatedAt: now })
        .where(and(eq(dossierItems.id, id), eq(dossierItems.version, version)))
        .returning();
      if (!after) throw stale();
      await recordAudit(tx, ctx, {
        action: before.status === "returned" ? "dossier.resubmit" : "dossier.submit",
        entityType: "dossier_item",
        entityId: id,
        unitId,
        before: auditView(before),
        after: auditView(after),
      });
    }
  });
  return getDossier(ctx, unitId);
}

/** Removes an item not yet sent (e.g. a nominee's report added by mistake); its file stays stored. */
export async function removeItem(ctx: ServiceContext, id: string, version: number): Promise<Dossier> {
  const { planId, unitId } = await ownDossier(ctx);
  const [before] = await ctx.db
    .select()
    .from(dossierItems)
    .where(and(eq(dossierItems.id, id), eq(dossierItems.planId, planId), eq(dossierItems.unitId, unitId)));
  if (!before) throw notFound(NOT_FOUND);
  if (before.status !== "draft") {
    throw new AppError("CONFLICT", "Chỉ bỏ được mục hồ sơ chưa gửi.");
  }
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(dossierItems)
      .where(and(eq(dossierItems.id, id), eq(dossierItems.version, version)))
      .returning({ id: dossierItems.id });
    if (!gone) throw stale();
    await recordAudit(tx, ctx, {
      action: "dossier.remove",
      entityType: "dossier_item",
      entityId: id,
      unitId,
      before: auditView(before),
    });
  });
  return getDossier(ctx, unitId);
}
