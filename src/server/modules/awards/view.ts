/** Decision rows → the API's view (SPEC H1): names, Ông/Bà/Tập thể, counts, total and its words. */

import type { CertificateKind } from "../../../domain/award-forms.ts";
import { formatMultiplier } from "../../../domain/award-money.ts";
import type { AwardDecisionView, AwardFormView, AwardRecipientView } from "../../../domain/awards.ts";
import { moneyInWords } from "../../../domain/money-words.ts";
import type { AwardFormRow, DecisionRow, MovementRow, RecipientRow } from "./queries.ts";

export function salutation(r: { personId: string | null; gender: string | null }): string {
  if (!r.personId) return "Tập thể";
  return r.gender === "female" ? "Bà" : r.gender === "male" ? "Ông" : "Ông/Bà";
}

export function recipientView(r: RecipientRow): AwardRecipientView {
  return {
    id: r.id,
    order: r.position,
    subject: r.personId ? "person" : "collective",
    personId: r.personId,
    collectiveId: r.collectiveId,
    name: r.name,
    salutation: salutation(r),
    jobTitle: r.jobTitle,
    workplace: r.workplace,
    achievement: r.achievement ?? r.ownAchievement,
    registerNumber: r.registerNumber,
    perMille: r.perMille,
    amount: r.amount,
  };
}

export function decisionView(
  d: DecisionRow,
  recipients: RecipientRow[],
  forms: Map<string, AwardFormRow>,
  movements: Map<string, MovementRow>,
  canEdit: boolean,
): AwardDecisionView {
  const list = recipients.map(recipientView);
  const total = list.reduce((s, r) => s + r.amount, 0);
  const form = forms.get(d.formCode);
  return {
    id: d.id,
    conferenceId: d.conferenceId,
    unitId: d.unitId,
    number: d.number,
    date: d.date,
    issuer: d.issuer,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    form: d.formCode,
    formName: form?.name ?? d.formCode,
    certificate: (form?.certificate ?? "giay_khen") as CertificateKind,
    movement: d.movementCode,
    movementName: d.movementCode ? (movements.get(d.movementCode)?.name ?? d.movementCode) : null,
    fundingSource: d.fundingSource,
    baseSalary: d.baseSalary,
    recipients: list,
    individualCount: list.filter((r) => r.subject === "person").length,
    collectiveCount: list.filter((r) => r.subject === "collective").length,
    total,
    totalInWords: moneyInWords(total),
    version: d.version,
    canEdit,
  };
}

export function formView(f: AwardFormRow): AwardFormView {
  return {
    code: f.code,
    name: f.name,
    kind: f.kind as AwardFormView["kind"],
    certificate: f.certificate as CertificateKind,
    individualPerMille: f.individualPerMille,
    collectivePerMille: f.collectivePerMille,
    individualMultiplier: f.individualPerMille === null ? null : formatMultiplier(f.individualPerMille),
    collectiveMultiplier: f.collectivePerMille === null ? null : formatMultiplier(f.collectivePerMille),
    legalBasis: f.legalBasis,
    sortOrder: f.sortOrder,
    active: f.active,
    version: f.version,
  };
}
