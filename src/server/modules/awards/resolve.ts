/**
 * From what the clerk typed to what is stored (SPEC H1): the form and movement from the
 * lists, the base salary in force on the decision date, the unit's document settings as
 * defaults for issuer and signer, each recipient checked against the conference and its
 * money computed in integer đồng. Every refusal names the field in Vietnamese.
 */
import { awardAmount, baseSalaryOn, perMilleFor } from "../../../domain/award-money.ts";
import { type AwardDecisionInput, DEFAULT_FUNDING_SOURCE } from "../../../domain/awards.ts";
import { formatDong } from "../../../domain/money-words.ts";
import { formatDateVi } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { validation } from "../../http/errors.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { type AwardFormRow, eligibleSubjects, loadForm, loadMovement, loadSalaries } from "./queries.ts";

export type ResolvedRecipient = {
  position: number;
  personId: string | null;
  collectiveId: string | null;
  achievement: string | null;
  registerNumber: string | null;
  perMille: number;
  amount: number;
};

export type ResolvedDecision = {
  number: string;
  date: string;
  issuer: string;
  signerTitle: string;
  signerName: string;
  formCode: string;
  movementCode: string | null;
  fundingSource: string;
  baseSalary: number;
  recipients: ResolvedRecipient[];
  form: AwardFormRow;
};

const fieldError = (field: string, message: string) => validation(message, { fields: { [field]: message } });

export async function resolveDecision(
  db: Db,
  conference: { id: string; unitId: string },
  input: AwardDecisionInput,
): Promise<ResolvedDecision> {
  const form = await loadForm(db, input.form);
  if (!form || !form.active) {
    throw fieldError("form", `Hình thức khen thưởng: "${input.form}" không có trong danh mục đang dùng.`);
  }
  if (input.movement !== null && !(await loadMovement(db, input.movement))) {
    throw fieldError("movement", `Phong trào thi đua: "${input.movement}" không có trong danh mục.`);
  }
  const salary = baseSalaryOn(await loadSalaries(db), input.date);
  if (!salary) {
    throw fieldError(
      "date",
      `Ngày quyết định: chưa có mức lương cơ sở áp dụng cho ngày ${formatDateVi(input.date)}; Thường trực cần nhập mức lương cơ sở trước.`,
    );
  }
  const settings = (await settingsForDocuments(db, conference.unitId))?.settings;

  const seen = new Set<string>();
  for (const [i, r] of input.recipients.entries()) {
    const key = r.personId ?? r.collectiveId ?? "";
    if (seen.has(key))
      throw fieldError("recipients", `Người được khen thứ ${i + 1}: đã có trong quyết định.`);
    seen.add(key);
  }
  const personIds = input.recipients.flatMap((r) => (r.personId ? [r.personId] : []));
  const collectiveIds = input.recipients.flatMap((r) => (r.collectiveId ? [r.collectiveId] : []));
  const okPeople = await eligibleSubjects(db, conference, "person", personIds);
  const okCollectives = await eligibleSubjects(db, conference, "collective", collectiveIds);

  const recipients = input.recipients.map((r, i): ResolvedRecipient => {
    const subject = r.personId ? "person" : "collective";
    const id = (r.personId ?? r.collectiveId) as string;
    if (!(subject === "person" ? okPeople : okCollectives).has(id)) {
      throw fieldError(
        "recipients",
        `Người được khen thứ ${i + 1}: không thuộc đơn vị tổ chức và không là đại biểu của hội nghị này.`,
      );
    }
    const perMille = perMilleFor(form, subject);
    if (perMille === null) {
      const who = subject === "person" ? "cá nhân" : "tập thể";
      throw fieldError(
        "recipients",
        `Người được khen thứ ${i + 1}: "${form.name}" không dùng để khen ${who}.`,
      );
    }
    return {
      position: i + 1,
      personId: r.personId ?? null,
      collectiveId: r.collectiveId ?? null,
      achievement: r.achievement,
      registerNumber: r.registerNumber,
      perMille,
      amount: awardAmount(perMille, salary.amount),
    };
  });

  return {
    number: input.number,
    date: input.date,
    issuer: input.issuer ?? settings?.issuingBody ?? "",
    signerTitle: input.signerTitle ?? settings?.signerTitle ?? "",
    signerName: input.signerName ?? settings?.signerName ?? "",
    formCode: form.code,
    movementCode: input.movement,
    fundingSource: input.fundingSource ?? DEFAULT_FUNDING_SOURCE,
    baseSalary: salary.amount,
    recipients,
    form,
  };
}

/** What the audit row keeps of a decision: its facts, and each recipient by name with the money (no ids). */
export function auditShape(
  d: Pick<
    ResolvedDecision,
    | "number"
    | "date"
    | "formCode"
    | "movementCode"
    | "issuer"
    | "signerTitle"
    | "signerName"
    | "fundingSource"
    | "baseSalary"
  >,
  recipients: readonly { name: string; amount: number }[],
) {
  return {
    number: d.number,
    date: d.date,
    form: d.formCode,
    movementCode: d.movementCode,
    issuer: d.issuer,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    fundingSource: d.fundingSource,
    baseSalary: d.baseSalary,
    recipients: recipients.map((r) => `${r.name}: ${formatDong(r.amount)} đồng`),
    total: recipients.reduce((s, r) => s + r.amount, 0),
  };
}
