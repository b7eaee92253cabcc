/**
 * The monthly propaganda report (SPEC J1): the month's counts and items of the reader's
 * scope (every unit for the culture office and those who follow the plan, else its own
 * unit), headed and signed from the reader's unit's document settings. Audited.
 */
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import {
  monthRange,
  monthWords,
  PROPAGANDA_CHANNEL_LABELS,
  PROPAGANDA_KIND_LABELS,
} from "../../../domain/propaganda.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { todayIso } from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { countsOf } from "./item-service.ts";
import { scopeOf } from "./policy.ts";
import { listItems, rootUnitId } from "./queries.ts";

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs = () => import("../../documents/propaganda-report-docx.ts");

/** At most this many items are listed in the report (the counts cover them all). */
const MAX_LISTED = 500;

export async function monthlyReport(
  ctx: ServiceContext,
  month: string,
): Promise<{ buffer: Buffer; filename: string }> {
  const unitId = scopeOf(ctx.actor);
  // Headed by the reader's unit; a Council member without one: by the town (the tree's root).
  const headUnit = ctx.actor.unitId ?? (await rootUnitId(ctx.db));
  if (!headUnit) throw validation("Chưa có đơn vị nào để lập tiêu đề báo cáo.");
  const found = await settingsForDocuments(ctx.db, headUnit);
  if (!found) throw notFound("Không tìm thấy đơn vị của tài khoản.");
  const s = found.settings;
  const counts = await countsOf(ctx, month);
  const { rows } = await listItems(ctx.db, { unitId, ...monthRange(month), limit: MAX_LISTED, offset: 0 });
  const buffer = await (await loadDocs()).propagandaReportDocx({
    issuer: {
      issuingBody: s.issuingBody,
      parentBody: s.parentBody ?? undefined,
      symbol: s.symbol,
      place: s.place,
      date: todayIso(ctx.clock),
      signature: { authority: signerAuthorityLines(s), title: s.signerTitle, name: s.signerName ?? "" },
    },
    monthWords: monthWords(month),
    scope: unitId ? (rows[0]?.unitName ?? "đơn vị") : "các cơ quan, đơn vị trên địa bàn",
    total: counts.total,
    byKind: counts.byKind.map((k) => ({ label: PROPAGANDA_KIND_LABELS[k.kind], count: k.count })),
    byChannel: counts.byChannel.map((c) => ({ label: PROPAGANDA_CHANNEL_LABELS[c.channel], count: c.count })),
    byUnit: counts.byUnit,
    items: [...rows].reverse().map((r) => ({
      date: r.date,
      unitName: r.unitName,
      kind: PROPAGANDA_KIND_LABELS[r.kind as keyof typeof PROPAGANDA_KIND_LABELS] ?? r.kind,
      channel: PROPAGANDA_CHANNEL_LABELS[r.channel as keyof typeof PROPAGANDA_CHANNEL_LABELS] ?? r.channel,
      title: r.title,
      featured: r.featured,
    })),
  });
  await recordAudit(ctx.db, ctx, {
    action: "propaganda.report_export",
    entityType: "propaganda_item",
    unitId: headUnit,
    after: { month, document: "report", format: "docx" },
  });
  return { buffer, filename: `Báo cáo tuyên truyền ${monthWords(month).replace("/", "-")}.docx` };
}
