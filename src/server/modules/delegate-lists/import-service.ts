/**
 * Import of a conference's delegate list from xlsx (E3), all or nothing: a dry run
 * parses and predicts, writes nothing; a real import writes every row — people of
 * the conference's unit (reused when the unit already has the same name, birth year
 * and gender) and their delegate rows — with one audit row, in one transaction, or
 * nothing at all when any row is wrong. Access: who may edit the conference
 * (editableConference: 404 unseen, 403 not theirs, 409 not draft/returned).
 */

import { CONTENT_EDITABLE } from "../../../domain/conference-lifecycle.ts";
import { cleanText } from "../../../domain/text.ts";
import { vnCalendarDate } from "../../../domain/unit-plans.ts";
import { delegates, persons } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { importRefused } from "../../http/errors.ts";
import {
  type DelegateImportError,
  type DelegateListParseResult,
  parseDelegateWorkbook,
} from "../../imports/delegate-list.ts";
import { openDelegateListFile } from "../../imports/list-source.ts";
import { recordAudit } from "../audit/index.ts";
import { bumpConference, editableConference } from "../conferences/index.ts";
import { countPlan, type PlannedRow, personFromRow, planRows, resolveExisting } from "./import-plan.ts";
import { type ImportResult, PREVIEW_ROWS } from "./schemas.ts";
import type { DelegateListUpload } from "./upload.ts";

export const IMPORT_MAX_ROWS = 5000;

function baseResult(
  parsed: DelegateListParseResult,
  rows: PlannedRow[],
  errors: DelegateImportError[],
  dryRun: boolean,
) {
  return {
    dryRun,
    rows: rows.length,
    errors,
    mapping: parsed.mapping,
    headers: parsed.headers,
    sheetName: parsed.sheetName,
    sheetNames: parsed.sheetNames,
    headerRow: parsed.headerRow,
    warnings: parsed.warnings,
    notes: parsed.notes,
    preview: rows.slice(0, PREVIEW_ROWS).map(({ identityKey: _k, ...r }) => r),
  };
}

const INSERT_CHUNK = 500;

export async function importDelegateList(
  ctx: ServiceContext,
  conferenceId: string,
  receive: () => Promise<DelegateListUpload>,
  opts: { dryRun: boolean },
): Promise<ImportResult> {
  const conf = await editableConference(ctx, conferenceId);
  // The file is read only once the caller is known to be allowed.
  const upload = await receive();
  // 415 / 413 / 400 (FileRefusedError) before any row is read; .xls and CSV are opened too.
  const opened = await openDelegateListFile(upload.buffer);
  const read = parseDelegateWorkbook(opened.workbook, {
    mapping: upload.mapping,
    sheetName: upload.sheetName,
    headerRow: upload.headerRow,
    maxRows: IMPORT_MAX_ROWS,
    // Ages are counted at the conference's date (today when it has none yet).
    referenceDate: conf.date ?? vnCalendarDate(ctx.clock.now()),
  });
  const parsed = { ...read, notes: [...opened.notes, ...read.notes] };

  const planned = planRows(parsed);
  const errors = [...parsed.errors, ...planned.errors].sort((a, b) => a.row - b.row);
  const base = baseResult(parsed, planned.rows, errors, opts.dryRun);
  const keys = planned.rows.map((r) => r.identityKey);

  if (opts.dryRun || errors.length > 0) {
    const res = await resolveExisting(ctx.db, conf.unitId, conferenceId, keys);
    const result = { ...base, ...countPlan(planned.rows, res), version: null };
    // A real import with errors saves nothing: 422, the result kept at top level as before.
    if (errors.length > 0 && !opts.dryRun) throw importRefused(errors, result);
    return result;
  }

  return ctx.db.transaction(async (tx) => {
    const version = await bumpConference(tx, ctx, conferenceId, { statuses: CONTENT_EDITABLE });
    const res = await resolveExisting(tx, conf.unitId, conferenceId, keys);
    const counts = countPlan(planned.rows, res);
    const now = ctx.clock.now();
    const fresh = planned.rows.filter((r) => !res.existing.has(r.identityKey));
    const createdPeople: { id: string; fullName: string; row: number }[] = [];
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const chunk = fresh.slice(i, i + INSERT_CHUNK);
      const ids = await tx
        .insert(persons)
        .values(chunk.map((r) => personFromRow(r, conf.unitId, now)))
        .returning({ id: persons.id });
      chunk.forEach((r, j) => {
        res.existing.set(r.identityKey, ids[j]!.id);
        createdPeople.push({ id: ids[j]!.id, fullName: r.fullName, row: r.row });
      });
    }
    const toAdd = planned.rows
      .map((r) => ({ r, personId: res.existing.get(r.identityKey)! }))
      .filter(({ personId }) => !res.listed.has(personId));
    for (let i = 0; i < toAdd.length; i += INSERT_CHUNK) {
      await tx.insert(delegates).values(
        toAdd.slice(i, i + INSERT_CHUNK).map(({ r, personId }) => ({
          conferenceId,
          personId,
          role: r.role,
          status: "invited",
          note: r.note,
          createdAt: now,
        })),
      );
    }
    await recordAudit(tx, ctx, {
      action: "conference.delegates_import",
      entityType: "conference",
      entityId: conferenceId,
      unitId: conf.unitId,
      after: {
        file: cleanText(upload.filename),
        sheetName: parsed.sheetName,
        rows: planned.rows.length,
        ...counts,
        version,
        createdPeople,
        added: toAdd.map(({ r, personId }) => ({ personId, fullName: r.fullName, role: r.role, row: r.row })),
      },
    });
    return { ...base, ...counts, version };
  });
}
