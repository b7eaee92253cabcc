/**
 * Quota allocation (SPEC F2, issue #9 item 2): the what-if (nothing saved), saving an
 * allocation as a new version (409 when another was saved since), publishing a version.
 * The office only; the arithmetic is the domain's (src/domain/quotas/).
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import {
  allocateQuotas,
  compareAllocations,
  paradoxAhead,
  QUOTA_TIE_RULE,
  QuotaInfeasibleError,
  type QuotaInput,
  type QuotaResult,
} from "../../../domain/quotas/index.ts";
import type {
  AllocationDetail,
  QuotaBasis,
  QuotaRequestSchema,
  SaveAllocationSchema,
  SimulateResult,
} from "../../../domain/quotas/schemas.ts";
import { isUniqueViolation } from "../../db/pg-errors.ts";
import { quotaAllocations, quotaAllocationUnits } from "../../db/schema/index.ts";
import { withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { quotaPolicy } from "./policy.ts";
import { latestVersionNo, loadPublished, loadVersion, participantFigures } from "./queries.ts";
import { type QuotaTarget, requireConference, resolveTarget } from "./target.ts";

type Request = z.output<typeof QuotaRequestSchema>;
const OFFICE_ONLY = "Chỉ Thường trực Hội đồng Thi đua – Khen thưởng được phân bổ chỉ tiêu đại biểu.";

function infeasible(message: string, field: string, code: string): AppError {
  return new AppError("QUOTA_INFEASIBLE", message, { field, reason: code });
}

/** The domain's input for the request: the plan's units and each one's weight by the basis. */
async function buildInput(ctx: ServiceContext, target: QuotaTarget, req: Request) {
  const figures = await participantFigures(ctx.db, target.plan.id);
  if (figures.length === 0) {
    throw infeasible("Kế hoạch chưa có đơn vị tham gia nào để phân bổ chỉ tiêu.", "total", "no_units");
  }
  const known = new Set(figures.map((f) => f.unitId));
  if (Object.keys(req.weights ?? {}).some((id) => !known.has(id))) {
    throw infeasible("Có trọng số cho một đơn vị không tham gia kế hoạch.", "weights", "unknown_weight");
  }
  const missing: { unitId: string; unitName: string }[] = [];
  const weightOf = (f: (typeof figures)[number], basis: QuotaBasis): number => {
    const figure =
      basis === "workforce"
        ? f.workforce
        : basis === "population"
          ? f.population
          : basis === "honoured"
            ? f.honoured
            : basis === "equal"
              ? 1
              : (req.weights?.[f.unitId] ?? null);
    if (figure === null) missing.push({ unitId: f.unitId, unitName: f.unitName });
    return figure ?? 0;
  };
  const input: QuotaInput = {
    total: req.total,
    minimum: req.minimum,
    maximum: req.maximum ?? null,
    overrides: req.overrides ?? {},
    units: figures.map((f) => ({ id: f.unitId, name: f.unitName, weight: weightOf(f, req.basis) })),
  };
  return { input, missing };
}

function allocate(input: QuotaInput): QuotaResult {
  try {
    return allocateQuotas(input);
  } catch (e) {
    if (e instanceof QuotaInfeasibleError) throw infeasible(e.message, e.field, e.code);
    throw e;
  }
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export async function simulateQuotas(ctx: ServiceContext, req: Request): Promise<SimulateResult> {
  if (!quotaPolicy.canManage(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const target = await resolveTarget(ctx.db, ctx.actor, req.conferenceId);
  const { input, missing } = await buildInput(ctx, target, req);
  const result = allocate(input);
  const published = target.conference ? await loadPublished(ctx.db, target.conference.id) : null;
  const current = published
    ? { total: published.total, seats: new Map(published.lines.map((l) => [l.unitId, l.seats])) }
    : null;
  const { changes, losers } = compareAllocations(current, { ...result, total: req.total });
  const paradox = paradoxAhead(input, result);
  const ref = (x: { unitId: string; name: string }) => ({ unitId: x.unitId, unitName: x.name });
  return {
    allocations: result.lines.map((l, i) => ({
      unitId: l.unitId,
      unitName: l.name,
      weight: l.weight,
      exact: round(l.exact),
      seats: l.seats,
      overridden: l.overridden,
      current: changes[i]!.current,
      change: changes[i]!.change,
    })),
    sum: result.sum,
    total: req.total,
    basis: req.basis,
    largestDeviation: result.largestDeviation
      ? { ...ref(result.largestDeviation), deviation: round(result.largestDeviation.deviation) }
      : null,
    paradox: paradox
      ? {
          total: paradox.total,
          losses: paradox.losses.map((l) => ({ ...ref(l), before: l.before, after: l.after })),
        }
      : null,
    losers: losers.map((l) => ({ ...ref(l), before: l.current ?? 0, after: l.next })),
    missing,
    current: published
      ? {
          id: published.id,
          versionNo: published.versionNo,
          total: published.total,
          basis: published.basis,
          publishedAt: published.publishedAt!,
        }
      : null,
    tieRule: QUOTA_TIE_RULE,
  };
}

const seatLines = (lines: { name: string; seats: number }[]) => lines.map((l) => `${l.name}: ${l.seats}`);

export async function saveAllocation(
  ctx: ServiceContext,
  body: z.output<typeof SaveAllocationSchema>,
): Promise<AllocationDetail> {
  if (!quotaPolicy.canManage(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const target = await resolveTarget(ctx.db, ctx.actor, body.conferenceId);
  const conference = requireConference(target);
  const { input } = await buildInput(ctx, target, body);
  const result = allocate(input);
  const id = await withTx(ctx, async (tx) => {
    const latest = await latestVersionNo(tx.db, conference.id);
    if (latest !== body.latestVersionNo) throw stale();
    const [row] = await tx.db
      .insert(quotaAllocations)
      .values({
        planId: target.plan.id,
        conferenceId: conference.id,
        versionNo: latest + 1,
        basis: body.basis,
        total: body.total,
        minimum: body.minimum,
        maximum: body.maximum ?? null,
        weights: body.basis === "custom" ? (body.weights ?? {}) : {},
        overrides: body.overrides ?? {},
        note: body.note,
        createdBy: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      })
      .returning({ id: quotaAllocations.id });
    await tx.db.insert(quotaAllocationUnits).values(
      result.lines.map((l) => ({
        allocationId: row!.id,
        unitId: l.unitId,
        weight: l.weight,
        exact: l.exact.toFixed(6),
        seats: l.seats,
        overridden: l.overridden,
      })),
    );
    await recordAudit(tx.db, tx, {
      action: "quota.save",
      entityType: "quota_allocation",
      entityId: row!.id,
      after: {
        versionNo: latest + 1,
        basis: body.basis,
        total: body.total,
        minimum: body.minimum,
        maximum: body.maximum ?? null,
        note: body.note,
        overrides: seatLines(result.lines.filter((l) => l.overridden)),
        allocations: seatLines(result.lines),
      },
    });
    return row!.id;
  }).catch((err: unknown) => {
    // Two saves at once: the second loses on (conference_id, version_no).
    if (isUniqueViolation(err)) throw stale();
    throw err;
  });
  return (await loadVersion(ctx.db, id))!;
}

/** Publishing makes a version every unit's quota; the version published last is the current one. */
export async function publishAllocation(
  ctx: ServiceContext,
  id: string,
  body: { latestVersionNo: number },
): Promise<AllocationDetail> {
  if (!quotaPolicy.canManage(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const version = await loadVersion(ctx.db, id);
  if (!version) throw notFound("Không tìm thấy phương án phân bổ.");
  if (version.isCurrent)
    throw new AppError("CONFLICT", `Phương án số ${version.versionNo} đang được công bố.`);
  const before = await loadPublished(ctx.db, version.conferenceId);
  await withTx(ctx, async (tx) => {
    if ((await latestVersionNo(tx.db, version.conferenceId)) !== body.latestVersionNo) throw stale();
    const now = ctx.clock.now();
    const changed = await tx.db
      .update(quotaAllocations)
      .set({ publishedAt: now, publishedBy: ctx.actor.userId })
      .where(and(eq(quotaAllocations.id, id)))
      .returning({ id: quotaAllocations.id });
    if (changed.length === 0) throw notFound("Không tìm thấy phương án phân bổ.");
    await recordAudit(tx.db, tx, {
      action: "quota.publish",
      entityType: "quota_allocation",
      entityId: id,
      before: before ? { versionNo: before.versionNo, publishedAt: before.publishedAt } : null,
      after: {
        versionNo: version.versionNo,
        publishedAt: now,
        allocations: seatLines(version.lines.map((l) => ({ name: l.unitName, seats: l.seats }))),
      },
    });
  });
  return (await loadVersion(ctx.db, id))!;
}

export async function getAllocation(ctx: ServiceContext, id: string): Promise<AllocationDetail> {
  if (!quotaPolicy.canRead(ctx.actor)) throw forbidden();
  const version = await loadVersion(ctx.db, id);
  if (!version) throw notFound("Không tìm thấy phương án phân bổ.");
  return version;
}
