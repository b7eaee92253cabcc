/**
 * The budget's documents (SPEC I1, L1): dự toán and quyết toán as NĐ 30 docx, headed and
 * signed from the conference unit's document settings, amounts in figures and in words.
 * Whoever may read the budget may download them; every download is audited.
 */
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import { formatDateVi } from "../../../domain/text.ts";
import type { BudgetDocInput } from "../../documents/budget-docx.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { todayIso } from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { budgetSheet, loadReadable } from "./sheet.ts";

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs1 = () => import("../../documents/conference-documents.ts");

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs0 = () => import("../../documents/budget-docx.ts");

export const BUDGET_DOCUMENTS = ["estimate", "settlement"] as const;
export type BudgetDocument = (typeof BUDGET_DOCUMENTS)[number];
const NAMES: Record<BudgetDocument, string> = {
  estimate: "Dự toán kinh phí",
  settlement: "Quyết toán kinh phí",
};

export async function exportBudgetDocument(
  ctx: ServiceContext,
  conferenceId: string,
  which: BudgetDocument,
): Promise<{ buffer: Buffer; filename: string }> {
  const { conference, budget } = await loadReadable(ctx, ctx.db, conferenceId);
  if (!budget) throw notFound("Hội nghị này chưa có dự toán kinh phí.");
  if (which === "settlement" && budget.status !== "approved" && budget.status !== "settled") {
    throw new AppError("CONFLICT", "Quyết toán chỉ lập được khi dự toán đã được phê duyệt.");
  }
  const sheet = await budgetSheet(ctx, conferenceId);
  const found = await settingsForDocuments(ctx.db, conference.unitId);
  if (!found) throw notFound("Không tìm thấy đơn vị của hội nghị.");
  const s = found.settings;
  const date = todayIso(ctx.clock);
  const input: BudgetDocInput = {
    issuer: {
      issuingBody: s.issuingBody,
      parentBody: s.parentBody ?? undefined,
      symbol: s.symbol,
      place: s.place,
      date,
      signature: { authority: signerAuthorityLines(s), title: s.signerTitle, name: s.signerName ?? "" },
    },
    conferenceTitle: sheet.conferenceTitle,
    when: `${(await loadDocs1()).conferenceWhen({ date: conference.date, startTime: null })}${conference.venue ? `, ${conference.venue}` : ""}`,
    delegates: sheet.delegates,
    lines: sheet.lines,
    totalEstimate: sheet.totalEstimate,
    totalActual: sheet.totalActual,
    totalInWords: which === "estimate" ? sheet.totalEstimateInWords : sheet.totalActualInWords,
    notes: sheet.violations.map((v) => v.message),
  };
  const buffer =
    which === "estimate"
      ? await (await loadDocs0()).estimateDocx(input)
      : await (await loadDocs0()).settlementDocx(input);
  await recordAudit(ctx.db, ctx, {
    action: "budget.documents_export",
    entityType: "budget",
    entityId: budget.id,
    unitId: conference.unitId,
    after: { document: which, format: "docx" },
  });
  return {
    buffer,
    filename: `${NAMES[which]} - ${conference.unitName} - ${formatDateVi(date).replaceAll("/", "-")}.docx`,
  };
}
