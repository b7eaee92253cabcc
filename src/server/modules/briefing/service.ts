/**
 * The giao ban report (SPEC K3, plan III.5–III.6) for a chosen day: the progress board's
 * one aggregate query for every unit as of that day, the awaiting counts, composed by the
 * pure `src/domain/briefing.ts`. The docx export is audited.
 */
import {
  AWAITING_KINDS,
  AWAITING_LABELS,
  type Briefing,
  briefingMilestones,
} from "../../../domain/briefing.ts";
import type { CellState } from "../../../domain/progress.ts";
import { vnDate } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { boardQuery } from "../progress/index.ts";
import { currentPlanId } from "../units/index.ts";
import { requireBriefingReader } from "./policy.ts";
import { awaitingDecisions, planHeading } from "./queries.ts";

const EMPTY: Record<CellState, number> = { on_time: 0, late: 0, overdue: 0, not_due: 0, na: 0 };

export async function briefing(ctx: ServiceContext, day?: string): Promise<Briefing> {
  return (await planBriefing(ctx, day)).briefing;
}

async function planBriefing(
  ctx: ServiceContext,
  day?: string,
): Promise<{ planId: string; briefing: Briefing }> {
  requireBriefingReader(ctx.actor);
  const planId = await currentPlanId(ctx.db);
  if (!planId) throw notFound("Chưa có kế hoạch nào đang thực hiện.");
  const date = day ?? vnDate(ctx.clock.now());
  const [board, heading, waiting] = await readTogether(ctx.db, [
    () => boardQuery(ctx.db, { planId, today: date, asOf: true, sort: "name", limit: 1_000_000, offset: 0 }),
    () => planHeading(ctx.db, planId),
    () => awaitingDecisions(ctx.db, planId),
  ]);
  const counts: Record<string, Record<CellState, number>> = {};
  for (const m of board.milestones) counts[m.code] = { ...EMPTY };
  for (const c of board.counts) if (counts[c.code]) counts[c.code]![c.state as CellState] = c.n;
  const milestones = briefingMilestones(
    {
      milestones: board.milestones.map((m) => ({ ...m, dueOn: String(m.dueOn).slice(0, 10) })),
      counts,
      units: board.rows.map((u) => ({
        id: u.id,
        name: u.name,
        cells: Object.fromEntries(
          Object.entries(u.cells ?? {}).map(([code, c]) => [
            code,
            { state: c.state as CellState, days: c.days === null ? null : Number(c.days) },
          ]),
        ),
      })),
    },
    date,
  );
  const result: Briefing = {
    date,
    planTitle: heading.title,
    issuingBody: heading.issuingBody,
    place: heading.place,
    demo: heading.demo,
    units: board.total,
    milestones,
    awaiting: AWAITING_KINDS.map((kind) => {
      const row = waiting.find((w) => w.kind === kind);
      return {
        kind,
        ...AWAITING_LABELS[kind],
        count: row?.count ?? 0,
        units: row?.units ?? [],
        unitCount: row?.unitCount ?? 0,
      };
    }),
  };
  return { planId, briefing: result };
}

/** The report as a NĐ 30 báo cáo (docx); the export is written to the audit log. */
export async function briefingExport(
  ctx: ServiceContext,
  day?: string,
): Promise<{ buffer: Buffer; filename: string }> {
  const { planId, briefing: b } = await planBriefing(ctx, day);
  // docx loads on first use (issue #11 item 1).
  const { briefingDocx } = await import("../../documents/briefing-docx.ts");
  const buffer = await briefingDocx(b);
  const filename = `Báo cáo giao ban ${formatDateVi(b.date).replaceAll("/", "-")}.docx`;
  await recordAudit(ctx.db, ctx, {
    action: "briefing.export",
    entityType: "plan",
    entityId: planId,
    after: { date: b.date, filename },
  });
  return { buffer, filename };
}
