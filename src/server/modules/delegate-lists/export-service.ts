/**
 * The conference's "danh sách trích ngang" as xlsx or docx (E4, L1): NĐ 30 header
 * with the conference's unit as issuing body and its parent unit above it, the
 * plan's place, today's date, people in the Vietnamese order (the documents module
 * sorts). Who may read the conference may export it (a unit: its own only, 404
 * otherwise), except roles that may not see personal data (culture, finance: 403).
 * Every export is logged (N3).
 */
import { eq } from "drizzle-orm";
import { formatDateVi } from "../../../domain/text.ts";
import { plans, units } from "../../db/schema/index.ts";
import type { DelegateListInput, DelegateListPerson } from "../../documents/delegate-list.ts";
import { delegateListDocx } from "../../documents/delegate-list-docx.ts";
import { delegateListXlsx } from "../../documents/xlsx.ts";
import { DOCX, XLSX } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { recordAudit } from "../audit/index.ts";
import { listDelegateRows, todayIso, visibleConference } from "../conferences/index.ts";
import { requireExporter } from "./policy.ts";

export type ExportFormat = "xlsx" | "docx";

export const CONTENT_TYPES: Record<ExportFormat, string> = { xlsx: XLSX.mime, docx: DOCX.mime };

const DEFAULT_TITLE = "Hội nghị điển hình tiên tiến";

const joined = (parts: (string | null | undefined)[], sep: string) => parts.filter(Boolean).join(sep) || null;

export async function buildDelegateListInput(ctx: ServiceContext, conferenceId: string) {
  const conf = await visibleConference(ctx, ctx.db, conferenceId);
  requireExporter(ctx.actor);
  const [unit] = await ctx.db
    .select({ name: units.name, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, conf.unitId));
  const [parent] = unit?.parentId
    ? await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, unit.parentId))
    : [];
  const [plan] = await ctx.db.select({ place: plans.place }).from(plans).where(eq(plans.id, conf.planId));
  const rows = await listDelegateRows(ctx.db, [conferenceId]);
  const people: DelegateListPerson[] = rows
    .filter((d) => d.person)
    .map((d) => ({
      fullName: d.fullName,
      gender: d.person!.gender === "male" || d.person!.gender === "female" ? d.person!.gender : null,
      birthYear: d.person!.birthYear,
      ethnicityName: d.person!.ethnicityName,
      position: joined([d.person!.position, d.person!.workplace], ", "),
      achievement: joined([d.person!.titles, d.person!.achievement], "; "),
    }));
  const input: DelegateListInput = {
    issuingBody: conf.unitName,
    parentBody: parent?.name,
    place: plan?.place ?? "",
    date: todayIso(ctx.clock),
    conferenceTitle: conf.title ?? conf.form ?? DEFAULT_TITLE,
    unitName: conf.unitName,
    delegates: people,
    signature: { title: "Thủ trưởng đơn vị", name: "", note: "(Ký, ghi rõ họ tên, đóng dấu)" },
    recipients: ["Thường trực Hội đồng Thi đua – Khen thưởng", "Lưu: VT"],
  };
  return { conf, input };
}

export async function exportDelegateList(
  ctx: ServiceContext,
  conferenceId: string,
  format: ExportFormat,
): Promise<{ buffer: Buffer; filename: string }> {
  const { conf, input } = await buildDelegateListInput(ctx, conferenceId);
  const buffer = format === "xlsx" ? await delegateListXlsx(input) : await delegateListDocx(input);
  const day = formatDateVi(input.date).replaceAll("/", "-");
  const filename = `Danh sách trích ngang - ${conf.unitName} - ${day}.${format}`;
  await recordAudit(ctx.db, ctx, {
    action: "delegates.export",
    entityType: "conference",
    entityId: conferenceId,
    unitId: conf.unitId,
    after: { format, rows: input.delegates.length, filename },
  });
  return { buffer, filename };
}
