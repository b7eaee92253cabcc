/** What a unit does with its own plan (C1, III.2): fill the form, attach the file, submit. */
import { eq } from "drizzle-orm";
import {
  UNIT_PLAN_LIFECYCLE,
  UNIT_PLAN_STATUS_LABELS,
  type UnitPlanStatus,
} from "../../../domain/unit-plan-lifecycle.ts";
import { missingAnswers, type UnitPlan } from "../../../domain/unit-plans.ts";
import { plans, unitPlanSubmissions } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import { DOCX, PDF } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { parseAnswers } from "./answers.ts";
import type { UnitPlanRow } from "./queries.ts";
import { getMine, loadOwnRow } from "./read-service.ts";
import { storedAnswers } from "./view.ts";

/** A unit's implementation plan: PDF or Word only, checked from the content. */
export const UNIT_PLAN_FILE_TYPES = [PDF.mime, DOCX.mime];

type Submission = typeof unitPlanSubmissions.$inferSelect;
type Changes = Partial<Pick<Submission, "answers" | "fileId" | "status" | "submittedAt">>;

function requireEditable(row: UnitPlanRow): void {
  const status = (row.submission?.status ?? "not_submitted") as UnitPlanStatus;
  if (!UNIT_PLAN_LIFECYCLE.save.from.includes(status)) {
    throw new AppError(
      "CONFLICT",
      `Kế hoạch của đơn vị đang ở trạng thái "${UNIT_PLAN_STATUS_LABELS[status]}" nên không sửa được. Khi Thường trực trả lại, đơn vị mới sửa và gửi lại.`,
    );
  }
}

/**
 * Writes the unit's record inside the transaction of `tx`: creates it when `version` is 0 and
 * there is none, otherwise updates it if still at `version` (N2). Returns the record before and after.
 */
async function writeOwn(
  tx: ServiceContext,
  planId: string,
  row: UnitPlanRow,
  version: number | undefined,
  changes: Changes,
): Promise<{ before: Submission | null; after: Submission }> {
  const now = tx.clock.now();
  const before = row.submission;
  if (!before) {
    if (version !== undefined && version !== 0) throw stale();
    const [created] = await tx.db
      .insert(unitPlanSubmissions)
      .values({ planId, unitId: row.unitId, ...changes, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!created) throw stale();
    return { before: null, after: created };
  }
  const expected = version ?? before.version;
  const updated = await versionedUpdate(tx, unitPlanSubmissions, {
    id: before.id,
    version: expected,
    set: changes,
  });
  return { before, after: updated };
}

const auditView = (s: Submission | null) =>
  s && {
    status: s.status,
    answers: s.answers,
    fileId: s.fileId,
    submittedAt: s.submittedAt,
    version: s.version,
  };

export async function saveMine(
  ctx: ServiceContext,
  input: { answers: unknown; version: number },
): Promise<UnitPlan> {
  const { planId, row } = await loadOwnRow(ctx);
  requireEditable(row);
  const [plan] = await ctx.db.select({ rules: plans.rules }).from(plans).where(eq(plans.id, planId));
  const answers = parseAnswers(input.answers, plan?.rules, row.role);
  await withTx(ctx, async (tx) => {
    const { before, after } = await writeOwn(tx, planId, row, input.version, {
      answers,
      status: row.submission?.status ?? "draft",
    });
    await recordAudit(tx.db, tx, {
      action: "unit_plan.save",
      entityType: "unit_plan",
      entityId: after.id,
      unitId: row.unitId,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return getMine(ctx);
}

export async function uploadMine(
  ctx: ServiceContext,
  upload: { buffer: Buffer; filename: string },
  version: number | undefined,
): Promise<UnitPlan> {
  const { planId, row } = await loadOwnRow(ctx);
  requireEditable(row);
  const input = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId: row.unitId,
    allowed: UNIT_PLAN_FILE_TYPES,
  };
  await withStagedFile(ctx, input, (staged) =>
    withTx(ctx, async (tx) => {
      const file = await linkFile(tx.db, tx, staged);
      const { before, after } = await writeOwn(tx, planId, row, version, {
        fileId: file.id,
        status: row.submission?.status ?? "draft",
      });
      await recordAudit(tx.db, tx, {
        action: "unit_plan.file",
        entityType: "unit_plan",
        entityId: after.id,
        unitId: row.unitId,
        before: auditView(before),
        after: { ...auditView(after), fileName: file.originalName, fileMime: file.mime, fileSize: file.size },
      });
    }),
  );
  return getMine(ctx);
}

/** draft | returned → submitted: needs the file, or every required answer of the form. */
export async function submitMine(ctx: ServiceContext, input: { version: number }): Promise<UnitPlan> {
  const { planId, row } = await loadOwnRow(ctx);
  const s = row.submission;
  if (!s) {
    throw validation(
      "Đơn vị chưa có kế hoạch để gửi: hãy tải lên tệp kế hoạch hoặc điền phiếu kế hoạch trước.",
    );
  }
  requireEditable(row);
  const missing = missingAnswers(storedAnswers(s.answers));
  if (!s.fileId && missing.length > 0) {
    throw validation(
      `Chưa gửi được: hãy tải lên tệp kế hoạch (PDF hoặc Word .docx), hoặc điền đủ phiếu kế hoạch — còn thiếu: ${missing.join(", ")}.`,
      { fields: { file: "Chưa có tệp kế hoạch.", answers: `Còn thiếu: ${missing.join(", ")}.` } },
    );
  }
  await withTx(ctx, async (tx) => {
    const { before, after } = await writeOwn(tx, planId, row, input.version, {
      status: "submitted",
      submittedAt: ctx.clock.now(),
    });
    await recordAudit(tx.db, tx, {
      action: "unit_plan.submit",
      entityType: "unit_plan",
      entityId: after.id,
      unitId: row.unitId,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return getMine(ctx);
}
