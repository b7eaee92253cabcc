/**
 * SQL of unit document settings (SPEC L1): the saved row, the unit facts a default is
 * derived from (one recursive query up the tree), insert and versioned update.
 */
import { and, eq, sql } from "drizzle-orm";
import type {
  DocumentSettingsInput,
  SignerPrefix,
  UnitForSettings,
} from "../../../domain/document-settings.ts";
import type { Db } from "../../db/client.ts";
import { unitDocumentSettings } from "../../db/schema/index.ts";

export type SettingsRow = typeof unitDocumentSettings.$inferSelect;

export async function loadSettingsRow(db: Db, unitId: string): Promise<SettingsRow | null> {
  const [row] = await db.select().from(unitDocumentSettings).where(eq(unitDocumentSettings.unitId, unitId));
  return row ?? null;
}

export function rowToInput(row: SettingsRow): DocumentSettingsInput {
  return {
    issuingBody: row.issuingBody,
    parentBody: row.parentBody,
    place: row.place,
    symbol: row.symbol,
    signerPrefix: row.signerPrefix as SignerPrefix | null,
    signerOnBehalfOf: row.signerOnBehalfOf,
    signerTitle: row.signerTitle,
    signerName: row.signerName,
  };
}

/** The unit, its nearest administrative area (itself or an ancestor) and its parent if that is an area. */
export async function loadUnitForSettings(
  db: Db,
  unitId: string,
): Promise<(UnitForSettings & { id: string }) | null> {
  const result = await db.execute(sql`
    WITH RECURSIVE up AS (
      SELECT u.id, u.parent_id, u.name, k.is_area, 0 AS depth
        FROM units u JOIN unit_kinds k ON k.code = u.kind_code WHERE u.id = ${unitId}
      UNION ALL
      SELECT p.id, p.parent_id, p.name, k.is_area, up.depth + 1
        FROM units p JOIN unit_kinds k ON k.code = p.kind_code JOIN up ON p.id = up.parent_id
       WHERE up.depth < 20
    )
    SELECT
      (SELECT name FROM up WHERE depth = 0) AS name,
      (SELECT is_area FROM up WHERE depth = 0) AS is_area,
      (SELECT name FROM up WHERE is_area ORDER BY depth LIMIT 1) AS area_name,
      (SELECT name FROM up WHERE depth = 1 AND is_area) AS parent_area_name
  `);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
  if (!row || row.name === null || row.name === undefined) return null;
  return {
    id: unitId,
    name: String(row.name),
    isArea: row.is_area === true,
    areaName: row.area_name === null ? null : String(row.area_name),
    parentAreaName: row.parent_area_name === null ? null : String(row.parent_area_name),
  };
}

export async function insertSettings(db: Db, unitId: string, s: DocumentSettingsInput, at: Date) {
  await db.insert(unitDocumentSettings).values({ unitId, ...s, version: 1, updatedAt: at });
}

/** Updates when the version still matches; false when someone saved in between. */
export async function updateSettings(
  db: Db,
  unitId: string,
  s: DocumentSettingsInput,
  version: number,
  at: Date,
): Promise<boolean> {
  const changed = await db
    .update(unitDocumentSettings)
    .set({ ...s, version: version + 1, updatedAt: at })
    .where(and(eq(unitDocumentSettings.unitId, unitId), eq(unitDocumentSettings.version, version)))
    .returning({ unitId: unitDocumentSettings.unitId });
  return changed.length > 0;
}
