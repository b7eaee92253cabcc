/**
 * The conference's "danh sách trích ngang" as xlsx or docx (E4, L1): NĐ 30 header
 * from the unit's document settings (issuing body, parent body only where one exists,
 * "Số: …/DS-<symbol>", place, signer), today's date, people in the Vietnamese order (the
 * documents module sorts). Who may read the conference may export it (a unit: its own only, 404
 * otherwise), except roles that may not see personal data (culture, finance: 403).
 * Every export is logged (N3).
 */
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import { formatDateVi } from "../../../domain/text.ts";
import type { DelegateListInput, DelegateListPerson } from "../../documents/delegate-list.ts";
import { formatNumberSymbol } from "../../documents/nd30-format.ts";
import { DOCX, XLSX } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { listDelegateRows, todayIso, visibleConference } from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { requireExporter } from "./policy.ts";

export type ExportFormat = "xlsx" | "docx";

/** Documents a delegate list may be annexed to ("Kèm theo Tờ trình số …/TTr-UBND ngày …"). */
export const ANNEX_KINDS = { TTr: "Tờ trình", CV: "Công văn", BC: "Báo cáo" } as const;
export type AnnexKind = keyof typeof ANNEX_KINDS;

const BLANK = "\u00a0".repeat(6);

export const CONTENT_TYPES: Record<ExportFormat, string> = { xlsx: XLSX.mime, docx: DOCX.mime };

const DEFAULT_TITLE = "Hội nghị điển hình tiên tiến";

const joined = (parts: (string | null | undefined)[], sep: string) => parts.filter(Boolean).join(sep) || null;

export async function buildDelegateListInput(ctx: ServiceContext, conferenceId: string, annex?: AnnexKind) {
  const conf = await visibleConference(ctx, ctx.db, conferenceId);
  requireExporter(ctx.actor);
  const found = await settingsForDocuments(ctx.db, conf.unitId);
  if (!found) throw notFound("Không tìm thấy đơn vị của hội nghị.");
  const { settings } = found;
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
    issuingBody: settings.issuingBody,
    parentBody: settings.parentBody ?? undefined,
    numberSymbol: formatNumberSymbol("DS", settings.symbol),
    place: settings.place,
    date: todayIso(ctx.clock),
    conferenceTitle: conf.title ?? conf.form ?? DEFAULT_TITLE,
    unitName: conf.unitName,
    delegates: people,
    signature: {
      authority: signerAuthorityLines(settings),
      title: settings.signerTitle,
      name: settings.signerName ?? "",
    },
    recipients: ["Thường trực Hội đồng Thi đua – Khen thưởng", "Lưu: VT"],
    // Annexed: the number and date of the document it goes with are left for the clerk.
    annexedTo: annex
      ? `${ANNEX_KINDS[annex]} số ${formatNumberSymbol(annex, settings.symbol)} ngày ${BLANK} tháng ${BLANK} năm ${todayIso(ctx.clock).slice(0, 4)}`
      : undefined,
  };
  return { conf, input };
}

export async function exportDelegateList(
  ctx: ServiceContext,
  conferenceId: string,
  format: ExportFormat,
  annex?: AnnexKind,
): Promise<{ buffer: Buffer; filename: string }> {
  const { conf, input } = await buildDelegateListInput(ctx, conferenceId, annex);
  // exceljs and docx load on first use (issue #11 item 1).
  const buffer =
    format === "xlsx"
      ? await (await import("../../documents/xlsx.ts")).delegateListXlsx(input)
      : await (await import("../../documents/delegate-list-docx.ts")).delegateListDocx(input);
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
