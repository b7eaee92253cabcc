/**
 * Import of the unit sheet (B1): all or nothing. The rows are checked inside
 * the transaction that writes them; any error rolls everything back. A dry
 * run checks and counts, and writes nothing (not even an audit row).
 */
import { eq } from "drizzle-orm";
import { cleanText, foldVietnamese } from "../../../domain/text.ts";
import type { ImportError, Unit, UnitImportResult } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { units } from "../../db/schema/index.ts";
import { versionedUpdate } from "../../db/write.ts";
import { readXlsx } from "../../files/xlsx-read.ts";
import type { ServiceContext } from "../../http/context.ts";
import { importRefused } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { type ImportContext, type ImportPlan, planImport } from "./import-rows.ts";
import { listClusters, listUnitKinds } from "./kinds-service.ts";
import { listUnits } from "./queries.ts";
import { findHeader, type HeaderMap, isHeaderMap, type SheetRow, sheetRows } from "./sheet-format.ts";
import { lockUnitTree, requireUnitManager } from "./write-support.ts";

class ImportRejected extends Error {
  constructor(readonly result: UnitImportResult) {
    super("import rejected");
  }
}

/** The first worksheet with a header row, or the error about the first one. */
function pickSheet(sheets: SheetRow[][]): { rows: SheetRow[]; header: HeaderMap } | { error: ImportError } {
  let firstError: ImportError | null = null;
  for (const rows of sheets) {
    const header = findHeader(rows);
    if (isHeaderMap(header)) return { rows, header };
    firstError ??= header;
  }
  return { error: firstError ?? (findHeader([]) as ImportError) };
}

async function loadContext(db: Db): Promise<{ ctx: ImportContext; units: Unit[] }> {
  // One after the other: inside a transaction `db` is a single connection.
  const all = await listUnits(db, { includeInactive: true });
  const kinds = await listUnitKinds(db);
  const clusters = await listClusters(db);
  return { ctx: { kinds, clusters, units: all }, units: all };
}

function summarize(plan: ImportPlan, dryRun: boolean): UnitImportResult {
  const created = plan.items.filter((i) => !i.existing).length;
  const updated = plan.items.filter((i) => i.existing && i.changed).length;
  const unchanged = plan.items.filter((i) => i.existing && !i.changed).length;
  return { dryRun, rows: plan.rows, created, updated, unchanged, errors: plan.errors };
}

export async function importUnits(
  ctx: ServiceContext,
  file: { buffer: Buffer; filename: string },
  opts: { dryRun: boolean },
): Promise<UnitImportResult> {
  requireUnitManager(ctx);
  // The one guarded reader: 415 / 413 / 400 (FileRefusedError) before any row is read.
  const wb = await readXlsx(file.buffer);
  const picked = pickSheet(wb.worksheets.map(sheetRows));
  if ("error" in picked) {
    const result = {
      dryRun: opts.dryRun,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [picked.error],
    };
    if (!opts.dryRun) throw importRefused(result.errors);
    return result;
  }
  const check = async (db: Db) => {
    const loaded = await loadContext(db);
    return { plan: planImport(picked.rows, picked.header, loaded.ctx), before: loaded.units };
  };

  if (opts.dryRun) {
    const { plan } = await check(ctx.db);
    return summarize(plan, true);
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockUnitTree(tx);
      const { plan, before } = await check(tx);
      const result = summarize(plan, false);
      if (plan.errors.length) throw new ImportRejected(result);
      await applyPlan(tx, ctx, plan, before);
      await recordAudit(tx, ctx, {
        action: "unit.import",
        entityType: "unit",
        after: {
          file: cleanText(file.filename),
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        },
      });
      return result;
    });
  } catch (err) {
    // Thrown inside so the transaction rolls back; answered through the error table.
    if (err instanceof ImportRejected) throw importRefused(err.result.errors);
    throw err;
  }
}

/** Creates first (parents later in the file get their ids), then parents and updates, then audit rows. */
async function applyPlan(tx: Db, ctx: ServiceContext, plan: ImportPlan, before: Unit[]) {
  const now = ctx.clock.now();
  const idByCode = new Map(before.map((u) => [u.code, u.id]));
  const touched: { id: string; old: Unit | null }[] = [];
  for (const item of plan.items.filter((i) => !i.existing)) {
    const [row] = await tx
      .insert(units)
      .values({
        code: item.code,
        name: item.name,
        searchKey: foldVietnamese(item.name),
        kindCode: item.kind,
        workforce: item.workforce,
        population: item.population,
        clusterId: item.clusterId,
        address: item.address,
        active: item.active,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: units.id });
    idByCode.set(item.code, row!.id);
    touched.push({ id: row!.id, old: null });
  }
  const parentId = (code: string | null) => (code ? idByCode.get(code)! : null);
  for (const item of plan.items) {
    if (!item.existing) {
      if (item.parentCode)
        await tx
          .update(units)
          .set({ parentId: parentId(item.parentCode) })
          .where(eq(units.code, item.code));
      continue;
    }
    if (!item.changed) continue;
    const old = before.find((u) => u.id === item.existing!.id)!;
    // A unit edited by hand since the file was checked makes the whole import stale (409).
    await versionedUpdate({ ...ctx, db: tx }, units, {
      id: old.id,
      version: old.version,
      set: {
        name: item.name,
        searchKey: foldVietnamese(item.name),
        kindCode: item.kind,
        parentId: parentId(item.parentCode),
        workforce: item.workforce,
        population: item.population,
        clusterId: item.clusterId,
        address: item.address,
        active: item.active,
      },
    });
    touched.push({ id: old.id, old });
  }
  if (touched.length === 0) return;
  const after = new Map(
    (await listUnits(tx, { ids: touched.map((t) => t.id), includeInactive: true })).map((u) => [u.id, u]),
  );
  for (const t of touched) {
    await recordAudit(tx, ctx, {
      action: t.old ? "unit.update" : "unit.create",
      entityType: "unit",
      entityId: t.id,
      unitId: t.id,
      before: t.old ?? undefined,
      after: { ...after.get(t.id), source: "import" },
    });
  }
}
