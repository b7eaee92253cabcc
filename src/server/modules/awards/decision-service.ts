/**
 * Award decisions at a conference (SPEC H1; issue #14 item 2): list, read, record, edit and
 * remove. A unit its own conference's (the office any, the town conference included); money
 * computed on save from the base salary in force on the decision date; 409 on a stale save
 * or a number already used at the conference; one audit row per write, same transaction.
 */
import { and, eq } from "drizzle-orm";
import type {
  AwardDecisionInput,
  AwardDecisionList,
  AwardDecisionUpdate,
  AwardDecisionView,
} from "../../../domain/awards.ts";
import { moneyInWords } from "../../../domain/money-words.ts";
import type { PageParams } from "../../../domain/paging.ts";
import type { Db } from "../../db/client.ts";
import { conflictOnUnique } from "../../db/pg-errors.ts";
import { readTogether } from "../../db/read-together.ts";
import { awardDecisions, awardRecipients } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { visibleConference } from "../conferences/index.ts";
import { AWARD_NOT_FOUND, awardPolicy, CONFERENCE_NOT_FOUND } from "./policy.ts";
import {
  type DecisionRow,
  findDecision,
  listDecisionRows,
  listRecipientRows,
  loadForms,
  loadMovements,
  pageDecisionRows,
} from "./queries.ts";
import { auditShape, type ResolvedDecision, resolveDecision } from "./resolve.ts";
import { awardTotalForConference } from "./totals.ts";
import { decisionView } from "./view.ts";

type Conf = { id: string; unitId: string; status: string };

/** The conference if the actor may read its decisions; another unit's → 404. */
async function readableConference(ctx: ServiceContext, conferenceId: string): Promise<Conf> {
  const conf = await visibleConference(ctx, ctx.db, conferenceId);
  if (!awardPolicy.canRead(ctx.actor, conf)) throw notFound(CONFERENCE_NOT_FOUND);
  return conf;
}

function assertEditable(ctx: ServiceContext, conf: Conf) {
  if (!awardPolicy.canEdit(ctx.actor, conf)) {
    throw forbidden("Chỉ đơn vị tổ chức hội nghị và Thường trực HĐ TĐKT được ghi quyết định khen thưởng.");
  }
  if (conf.status === "closed") {
    throw new AppError(
      "CONFLICT",
      "Hội nghị đã kết thúc nên không sửa quyết định khen thưởng được; hãy mở lại hội nghị.",
    );
  }
}

async function views(
  ctx: ServiceContext,
  db: Db,
  rows: DecisionRow[],
  conf: Conf,
): Promise<AwardDecisionView[]> {
  const recipients = await listRecipientRows(
    db,
    rows.map((r) => r.id),
  );
  const forms = new Map((await loadForms(db)).map((f) => [f.code, f]));
  const movements = new Map((await loadMovements(db)).map((m) => [m.code, m]));
  const canEdit = awardPolicy.canEdit(ctx.actor, conf) && conf.status !== "closed";
  return rows.map((d) =>
    decisionView(
      d,
      recipients.filter((r) => r.decisionId === d.id),
      forms,
      movements,
      canEdit,
    ),
  );
}

/** One page of the conference's decisions, and the award money of all of them (summed in SQL). */
export async function listAwards(
  ctx: ServiceContext,
  conferenceId: string,
  p: PageParams,
): Promise<AwardDecisionList> {
  const conf = await readableConference(ctx, conferenceId);
  const [page, amount] = await readTogether(ctx.db, [
    () => pageDecisionRows(ctx.db, conferenceId, p),
    () => awardTotalForConference(ctx.db, conferenceId),
  ]);
  const items = await views(ctx, ctx.db, page.items, conf);
  const canEdit = awardPolicy.canEdit(ctx.actor, conf) && conf.status !== "closed";
  return { ...page, items, amount, amountInWords: moneyInWords(amount), canEdit };
}

/** Every decision of the conference, for its documents (not an API: the route answers pages). */
export async function listAllAwards(ctx: ServiceContext, conferenceId: string): Promise<AwardDecisionView[]> {
  const conf = await readableConference(ctx, conferenceId);
  return views(ctx, ctx.db, await listDecisionRows(ctx.db, conferenceId), conf);
}

/** A decision the actor may read, with its conference; another unit's → 404. */
export async function readableDecision(
  ctx: ServiceContext,
  id: string,
): Promise<{ row: DecisionRow; conf: Conf }> {
  const row = await findDecision(ctx.db, id);
  if (!row) throw notFound(AWARD_NOT_FOUND);
  const conf = await visibleConference(ctx, ctx.db, row.conferenceId).catch(() => {
    throw notFound(AWARD_NOT_FOUND);
  });
  if (!awardPolicy.canRead(ctx.actor, conf)) throw notFound(AWARD_NOT_FOUND);
  return { row, conf };
}

export async function getAward(ctx: ServiceContext, id: string): Promise<AwardDecisionView> {
  const { row, conf } = await readableDecision(ctx, id);
  return (await views(ctx, ctx.db, [row], conf))[0]!;
}

const numberTaken = (number: string) =>
  conflictOnUnique("number", `Số quyết định: "${number}" đã có ở hội nghị này.`);

async function insertRecipients(db: Db, decisionId: string, d: ResolvedDecision) {
  await db.insert(awardRecipients).values(d.recipients.map((r) => ({ ...r, decisionId })));
}

const decisionColumns = (d: ResolvedDecision) => ({
  number: d.number,
  date: d.date,
  issuer: d.issuer,
  signerTitle: d.signerTitle,
  signerName: d.signerName,
  formCode: d.formCode,
  movementCode: d.movementCode,
  fundingSource: d.fundingSource,
  baseSalary: d.baseSalary,
});

export async function createAward(
  ctx: ServiceContext,
  conferenceId: string,
  input: AwardDecisionInput,
): Promise<AwardDecisionView> {
  const conf = await readableConference(ctx, conferenceId);
  assertEditable(ctx, conf);
  const d = await resolveDecision(ctx.db, conf, input);
  const now = ctx.clock.now();
  const id = await withTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(awardDecisions)
      .values({
        ...decisionColumns(d),
        conferenceId,
        unitId: conf.unitId,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: awardDecisions.id });
    await insertRecipients(tx.db, row!.id, d);
    await recordAudit(tx.db, tx, {
      action: "award.create",
      entityType: "award_decision",
      entityId: row!.id,
      unitId: conf.unitId,
      after: auditShape(d, await listRecipientRows(tx.db, [row!.id])),
    });
    return row!.id;
  }).catch(numberTaken(input.number));
  return getAward(ctx, id);
}

async function beforeShape(db: Db, row: DecisionRow) {
  const recipients = await listRecipientRows(db, [row.id]);
  return auditShape(row, recipients);
}

export async function updateAward(
  ctx: ServiceContext,
  id: string,
  input: AwardDecisionUpdate,
): Promise<AwardDecisionView> {
  const { row, conf } = await readableDecision(ctx, id);
  assertEditable(ctx, conf);
  if (row.version !== input.version) throw stale();
  const d = await resolveDecision(ctx.db, conf, input);
  const before = await beforeShape(ctx.db, row);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, awardDecisions, {
      id,
      version: input.version,
      set: decisionColumns(d),
      notFound: AWARD_NOT_FOUND,
    });
    await tx.db.delete(awardRecipients).where(eq(awardRecipients.decisionId, id));
    await insertRecipients(tx.db, id, d);
    await recordAudit(tx.db, tx, {
      action: "award.update",
      entityType: "award_decision",
      entityId: id,
      unitId: conf.unitId,
      before,
      after: auditShape(d, await listRecipientRows(tx.db, [id])),
    });
  }).catch(numberTaken(input.number));
  return getAward(ctx, id);
}

export async function deleteAward(ctx: ServiceContext, id: string, version: number): Promise<void> {
  const { row, conf } = await readableDecision(ctx, id);
  assertEditable(ctx, conf);
  if (row.version !== version) throw stale();
  const before = await beforeShape(ctx.db, row);
  await withTx(ctx, async (tx) => {
    const gone = await tx.db
      .delete(awardDecisions)
      .where(and(eq(awardDecisions.id, id), eq(awardDecisions.version, version)))
      .returning({ id: awardDecisions.id });
    if (gone.length === 0) throw stale();
    await recordAudit(tx.db, tx, {
      action: "award.delete",
      entityType: "award_decision",
      entityId: id,
      unitId: conf.unitId,
      before,
    });
  });
}
