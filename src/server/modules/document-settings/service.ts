/**
 * Unit document settings (SPEC L1, issue #10 item 9): read (saved, or a default derived
 * from the unit and marked as such) and save (the unit itself or the office; versioned,
 * 409 on a stale save; audit row in the same transaction). `settingsForDocuments` is what
 * every generated document of a unit uses.
 */
import {
  type DocumentSettingsInput,
  type DocumentSettingsView,
  defaultDocumentSettings,
} from "../../../domain/document-settings.ts";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { documentSettingsPolicy as policy } from "./policy.ts";
import {
  insertSettings,
  loadSettingsRow,
  loadUnitForSettings,
  rowToInput,
  updateSettings,
} from "./queries.ts";

const NO_UNIT = "Không tìm thấy đơn vị.";

/** The unit's saved settings, or its derived default; null when the unit does not exist. */
export async function settingsForDocuments(
  db: Db,
  unitId: string,
): Promise<{
  settings: DocumentSettingsInput;
  isDefault: boolean;
  version: number;
  unitName: string;
} | null> {
  const unit = await loadUnitForSettings(db, unitId);
  if (!unit) return null;
  const row = await loadSettingsRow(db, unitId);
  if (row) return { settings: rowToInput(row), isDefault: false, version: row.version, unitName: unit.name };
  return { settings: defaultDocumentSettings(unit), isDefault: true, version: 0, unitName: unit.name };
}

export async function getDocumentSettings(
  ctx: ServiceContext,
  unitId: string,
): Promise<DocumentSettingsView> {
  if (!policy.canRead(ctx.actor, unitId)) throw notFound(NO_UNIT);
  const found = await settingsForDocuments(ctx.db, unitId);
  if (!found) throw notFound(NO_UNIT);
  return { unitId, ...found, canEdit: policy.canEdit(ctx.actor, unitId) };
}

export async function saveDocumentSettings(
  ctx: ServiceContext,
  unitId: string,
  input: { settings: DocumentSettingsInput; version: number },
): Promise<DocumentSettingsView> {
  if (!policy.canRead(ctx.actor, unitId)) throw notFound(NO_UNIT);
  if (!policy.canEdit(ctx.actor, unitId)) {
    throw forbidden("Chỉ đơn vị đó hoặc Thường trực Hội đồng được sửa thiết lập văn bản của đơn vị.");
  }
  const before = await settingsForDocuments(ctx.db, unitId);
  if (!before) throw notFound(NO_UNIT);
  if (input.version !== before.version) throw stale();
  const now = ctx.clock.now();
  await ctx.db
    .transaction(async (tx) => {
      if (before.isDefault) await insertSettings(tx, unitId, input.settings, now);
      else if (!(await updateSettings(tx, unitId, input.settings, input.version, now))) throw stale();
      await recordAudit(tx, ctx, {
        action: "unit.document_settings",
        entityType: "unit",
        entityId: unitId,
        unitId,
        before: before.isDefault ? null : before.settings,
        after: input.settings,
      });
    })
    .catch((err: unknown) => {
      // Two first saves at once: the second one's insert loses on the primary key.
      if (isUniqueViolation(err)) throw stale();
      throw err;
    });
  return getDocumentSettings(ctx, unitId);
}
