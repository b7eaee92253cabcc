/**
 * An award decision's documents (SPEC H1, L1; issue #14 items 2–3): the Quyết định with its
 * annexed list (docx, NĐ 30), the list read out at the conference (docx), and the certificates
 * of every recipient in one PDF on the unit's blank (layouts: layout-service.ts). Who may read
 * the decision may download; audited (N3).
 */
import { CERTIFICATE_KIND_LABELS } from "../../../domain/award-forms.ts";
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { readTogether } from "../../db/read-together.ts";
import type { AwardDocDecision } from "../../documents/award-decision-docx.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { todayIso, visibleConference } from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { getAward, listAllAwards } from "./decision-service.ts";
import { layoutOf } from "./layout-service.ts";
import { loadForm, loadSalaries } from "./queries.ts";

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs1 = () => import("../../documents/certificates-pdf.ts");

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs0 = () => import("../../documents/award-decision-docx.ts");

type Out = { buffer: Buffer; filename: string };

async function issuerOf(ctx: ServiceContext, unitId: string, signer?: { title: string; name: string }) {
  const found = await settingsForDocuments(ctx.db, unitId);
  if (!found) throw notFound("Không tìm thấy đơn vị.");
  const s = found.settings;
  return {
    issuingBody: s.issuingBody,
    parentBody: s.parentBody ?? undefined,
    place: s.place,
    signature: {
      authority: signerAuthorityLines(s),
      title: signer?.title || s.signerTitle,
      name: signer?.name ?? s.signerName ?? "",
    },
    unitName: found.unitName,
  };
}

type View = Awaited<ReturnType<typeof getAward>>;

async function docDecision(ctx: ServiceContext, view: View): Promise<AwardDocDecision & { view: View }> {
  const salaries = await loadSalaries(ctx.db);
  const basis = salaries.filter((s) => s.effectiveFrom <= view.date).at(-1)?.legalBasis ?? null;
  const forms = await loadForm(ctx.db, view.form);
  return {
    view,
    number: view.number,
    date: view.date,
    formName: view.formName,
    movementName: view.movementName,
    fundingSource: view.fundingSource,
    baseSalary: view.baseSalary,
    baseSalaryBasis: basis,
    legalBasis: forms?.legalBasis ?? null,
    recipients: view.recipients.map((r) => ({
      subject: r.subject,
      salutation: r.salutation,
      name: r.name,
      jobTitle: r.jobTitle,
      workplace: r.workplace,
      achievement: r.achievement,
      perMille: r.perMille,
      amount: r.amount,
    })),
  };
}

async function audit(
  ctx: ServiceContext,
  id: string,
  unitId: string,
  document: string,
  rows: number,
  filename: string,
) {
  await recordAudit(ctx.db, ctx, {
    action: "award.documents_export",
    entityType: "award_decision",
    entityId: id,
    unitId,
    after: { document, rows, filename },
  });
}

const fileSafe = (s: string) => s.replaceAll("/", "-");

export async function decisionDocx(ctx: ServiceContext, id: string): Promise<Out> {
  const d = await docDecision(ctx, await getAward(ctx, id));
  const issuer = await issuerOf(ctx, d.view.unitId, { title: d.view.signerTitle, name: d.view.signerName });
  const buffer = await (await loadDocs0()).awardDecisionDocx(
    {
      ...issuer,
      issuingBody: d.view.issuer || issuer.issuingBody,
      authority: `${d.view.signerTitle} ${d.view.issuer}`.trim(),
      proposer: "Thường trực Hội đồng Thi đua - Khen thưởng",
    },
    d,
  );
  const filename = `Quyết định khen thưởng ${fileSafe(d.number)}.docx`;
  await audit(ctx, id, d.view.unitId, "decision", d.recipients.length, filename);
  return { buffer, filename };
}

export async function readingListDocx(ctx: ServiceContext, conferenceId: string): Promise<Out> {
  const all = await listAllAwards(ctx, conferenceId);
  const first = all[0];
  const conf = await visibleConference(ctx, ctx.db, conferenceId);
  const issuer = await issuerOf(ctx, conf.unitId);
  const decisions = await readTogether(
    ctx.db,
    all.map((d) => () => docDecision(ctx, d)),
  );
  const date = todayIso(ctx.clock);
  const buffer = await (await loadDocs0()).awardReadingListDocx(
    issuer,
    conf.title ?? "Hội nghị điển hình tiên tiến",
    date,
    decisions,
  );
  const filename = `Danh sách khen thưởng - ${conf.unitName} - ${formatDateVi(date).replaceAll("/", "-")}.docx`;
  if (first) await audit(ctx, first.id, conf.unitId, "reading_list", decisions.length, filename);
  return { buffer, filename };
}

export async function certificatesFile(ctx: ServiceContext, id: string): Promise<Out> {
  const d = await getAward(ctx, id);
  const layout = await layoutOf(ctx.db, d.unitId, d.certificate);
  const issuer = await issuerOf(ctx, d.unitId);
  const [y, m, day] = d.date.split("-").map(Number);
  const placeDate = `${issuer.place}, ngày ${day} tháng ${m} năm ${y}`;
  const certs = d.recipients.map((r) => ({
    recipient: r.subject === "collective" ? `Tập thể ${r.name}` : `${r.salutation} ${r.name}`,
    positionWorkplace: [r.jobTitle, r.workplace].filter(Boolean).join(", "),
    achievement: r.achievement ?? "",
    placeDate,
    signerTitle: d.signerTitle.toLocaleUpperCase("vi"),
    signerName: d.signerName,
    decisionNumber: `Quyết định số: ${d.number}`,
    registerNumber: r.registerNumber ? `Số vào sổ: ${r.registerNumber}` : "",
  }));
  const buffer = await (await loadDocs1()).certificatesPdf(
    layout,
    certs,
    CERTIFICATE_KIND_LABELS[d.certificate],
  );
  const filename = `${CERTIFICATE_KIND_LABELS[d.certificate]} ${fileSafe(d.number)}.pdf`;
  await audit(ctx, id, d.unitId, "certificates", certs.length, filename);
  return { buffer, filename };
}
