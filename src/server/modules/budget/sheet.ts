/**
 * Reading a conference's budget (SPEC I1): the lines with their norms and variance, the
 * award money line from the conference's decisions (H1, through the awards module), the
 * totals in figures and in words, the cost per delegate beside the plan's other budgeted
 * conferences (plan I.4 "tiết kiệm, tránh phô trương"), and the steps open to the reader.
 * `budgetSummary` is the public shape of GET /api/conferences/:id/budget.
 */

import { checkBudgetNorms } from "../../../domain/budget/check.ts";
import {
  BUDGET_CATEGORY_LABELS,
  type BudgetCategory,
  budgetTotals,
  costPerDelegate,
  lineEstimate,
  lineVariance,
  variancePercent,
} from "../../../domain/budget/lines.ts";
import { defaultVenueClass, normFor, type VenueClass } from "../../../domain/budget/norms.ts";
import type { BudgetSheet, BudgetSummary, SheetLine } from "../../../domain/budget/schemas.ts";
import { BUDGET_STATUS_LABELS, type BudgetStatus } from "../../../domain/budget-lifecycle.ts";
import { moneyInWords } from "../../../domain/money-words.ts";
import type { Db } from "../../db/client.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { awardTotalForConference } from "../awards/index.ts";
import { todayIso } from "../conferences/index.ts";
import { BUDGET_NOT_FOUND, budgetPolicy, requireReadable } from "./policy.ts";
import {
  type BudgetConference,
  type BudgetRow,
  loadBudget,
  loadConference,
  loadLines,
  peerCosts,
} from "./queries.ts";

export type LoadedBudget = { conference: BudgetConference; budget: BudgetRow | null };

/** The conference (404 if unseen) and its budget, if any. */
export async function loadReadable(ctx: ServiceContext, db: Db, conferenceId: string): Promise<LoadedBudget> {
  const conference = await loadConference(db, conferenceId);
  if (!conference) throw notFound(BUDGET_NOT_FOUND);
  requireReadable(ctx.actor, conference.unitId);
  return { conference, budget: await loadBudget(db, conferenceId) };
}

export const conferenceTitle = (c: BudgetConference) =>
  c.title ?? c.form ?? `Hội nghị điển hình tiên tiến – ${c.unitName}`;

/** The day whose norms apply: the conference's date, else today. */
const normDay = (ctx: ServiceContext, c: BudgetConference) => c.date ?? todayIso(ctx.clock);

async function sheetLines(ctx: ServiceContext, db: Db, loaded: LoadedBudget, venueClass: VenueClass) {
  const { conference, budget } = loaded;
  const rows = budget ? await loadLines(db, budget.id) : [];
  const day = normDay(ctx, conference);
  const province = budget?.province ?? null;
  const lines: SheetLine[] = rows.map((r) => {
    const estimate = lineEstimate(r);
    return {
      id: r.id,
      category: r.category as BudgetCategory,
      label: r.label,
      quantity: r.quantity,
      unit: r.unit,
      unitPrice: r.unitPrice,
      estimate,
      actual: r.actual,
      variance: lineVariance({ estimate, actual: r.actual }),
      norm: normFor(r.category as BudgetCategory, venueClass, day, province)?.maxUnitPrice ?? null,
      receiptFileId: r.receiptFileId,
      receiptName: r.receiptName,
    };
  });
  const violations = checkBudgetNorms({ venueClass, province, date: day, lines });
  const awards = await awardTotalForConference(db, conference.id);
  if (awards > 0) {
    // Award money is what the decisions grant: the same figure estimated and paid.
    lines.push({
      id: null,
      category: "awards",
      label: BUDGET_CATEGORY_LABELS.awards,
      quantity: 1,
      unit: "",
      unitPrice: awards,
      estimate: awards,
      actual: budget && (budget.status === "approved" || budget.status === "settled") ? awards : null,
      variance: null,
      norm: null,
      receiptFileId: null,
      receiptName: null,
    });
  }
  return { lines, violations };
}

export async function budgetSheet(
  ctx: ServiceContext,
  conferenceId: string,
  db: Db = ctx.db,
): Promise<BudgetSheet> {
  const loaded = await loadReadable(ctx, db, conferenceId);
  const { conference, budget } = loaded;
  const venueClass = (budget?.venueClass as VenueClass | undefined) ?? defaultVenueClass(conference.unitKind);
  const { lines, violations } = await sheetLines(ctx, db, loaded, venueClass);
  const totals = budgetTotals(lines);
  const status = (budget?.status ?? "draft") as BudgetStatus;
  const organising = lines.filter((l) => l.category !== "awards");
  const ownCost = budgetTotals(organising);
  const ownBasis = ownCost.totalActual > 0 ? ownCost.totalActual : ownCost.totalEstimate;

  const readAll = budgetPolicy.readAll(ctx.actor);
  const peerRows = await peerCosts(db, conference.planId);
  const peers = peerRows.map((p) => {
    const cost = p.actual > 0 ? p.actual : p.estimate;
    return {
      unitName: p.unitName,
      delegates: p.delegates,
      cost,
      perDelegate: costPerDelegate(cost, p.delegates),
      own: p.conferenceId === conference.id,
    };
  });
  const others = peers.filter((p) => !p.own && p.perDelegate !== null);
  const othersAverage =
    others.length > 0 ? Math.round(others.reduce((s, p) => s + p.perDelegate!, 0) / others.length) : null;

  return {
    conferenceId: conference.id,
    conferenceTitle: conferenceTitle(conference),
    unitName: conference.unitName,
    exists: budget !== null,
    status,
    statusLabel: BUDGET_STATUS_LABELS[status],
    venueClass,
    version: budget?.version ?? 0,
    reviewComment: budget?.reviewComment ?? null,
    lines,
    totalEstimate: totals.totalEstimate,
    totalActual: totals.totalActual,
    variance: totals.variance,
    variancePercent: variancePercent(totals.totalEstimate, totals.variance),
    totalEstimateInWords: moneyInWords(totals.totalEstimate),
    totalActualInWords: moneyInWords(totals.totalActual),
    delegates: conference.delegateCount,
    perDelegate: costPerDelegate(ownBasis, conference.delegateCount),
    violations,
    // A unit sees its own figure and the others' average, never another unit's budget.
    peers: readAll
      ? peers.sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"))
      : peers.filter((p) => p.own),
    othersAverage,
    can: budgetPolicy.can(ctx.actor, { unitId: conference.unitId, status }),
  };
}

/** GET /api/conferences/:id/budget: `{ lines: [{ label, estimate, actual }], totals, words }`. */
export async function budgetSummary(ctx: ServiceContext, conferenceId: string): Promise<BudgetSummary> {
  const s = await budgetSheet(ctx, conferenceId);
  return {
    lines: s.lines.map((l) => ({ label: l.label, estimate: l.estimate, actual: l.actual })),
    totalEstimate: s.totalEstimate,
    totalActual: s.totalActual,
    totalEstimateInWords: s.totalEstimateInWords,
  };
}
