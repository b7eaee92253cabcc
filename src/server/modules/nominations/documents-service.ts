/**
 * The compiled list's documents (SPEC F4, L1; issue #9 item 5): the office's Tờ trình to
 * the chairman, the danh sách trích ngang grouped by nominating unit (NĐ 30 docx) and the
 * list as xlsx. Header and signer from the document settings of the office that runs the
 * conference (its unit under the conference's unit). Every export is audited (N3).
 */
import { sql } from "drizzle-orm";
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import { ethnicityName } from "../../../domain/people/ethnicities.ts";
import { formatDateVi } from "../../../domain/text.ts";
import type { DelegateListPerson } from "../../documents/delegate-list.ts";
import type { NominationGroup, NominationListInput } from "../../documents/nomination-documents.ts";
import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { todayIso } from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";
import { publishedQuotas } from "../quotas/index.ts";
import { nominationPolicy, readableConference } from "./policy.ts";
import { type ConferenceRow, compiledPeople, type ListPersonRow, listOf } from "./queries.ts";

/** The document builder loads docx / pdf-lib on first use (issue #11 item 1). */
const loadDocs = () => import("../../documents/nomination-documents.ts");

export const LIST_DOCUMENTS = ["proposal.docx", "list.docx", "list.xlsx"] as const;
export type ListDocument = (typeof LIST_DOCUMENTS)[number];

const NAMES: Record<ListDocument, string> = {
  "proposal.docx": "Tờ trình danh sách đại biểu",
  "list.docx": "Danh sách trích ngang theo đơn vị",
  "list.xlsx": "Danh sách đại biểu theo đơn vị",
};

const toPerson = (p: ListPersonRow): DelegateListPerson => ({
  fullName: p.fullName,
  gender: p.gender === "male" || p.gender === "female" ? p.gender : null,
  birthYear: p.birthYear,
  ethnicityName: p.ethnicityCode ? ethnicityName(p.ethnicityCode) : null,
  position: [p.position, p.workplace].filter(Boolean).join(", ") || null,
  achievement: p.achievement,
});

/** The office unit that runs the conference: the actor's when it reviews, else an office user's unit under it. */
async function officeUnitOf(ctx: ServiceContext, conf: ConferenceRow): Promise<string> {
  if (nominationPolicy.reviews(ctx.actor) && ctx.actor.unitId) return ctx.actor.unitId;
  const { rows } = (await ctx.db.execute(sql`
    select x.id from users u join units x on x.id = u.unit_id
    where u.role = 'office' and (x.id = ${conf.unitId} or x.parent_id = ${conf.unitId})
    order by x.code limit 1`)) as unknown as { rows: { id: string }[] };
  return rows[0]?.id ?? conf.unitId;
}

export function groupsOf(people: readonly ListPersonRow[]): {
  groups: NominationGroup[];
  guests: DelegateListPerson[];
} {
  const groups: NominationGroup[] = [];
  const byUnit = new Map<string, DelegateListPerson[]>();
  for (const p of people) {
    if (p.role !== "exemplar") continue;
    const key = p.unitName ?? "";
    let list = byUnit.get(key);
    if (!list) {
      list = [];
      byUnit.set(key, list);
      groups.push({ unitName: key, people: list });
    }
    list.push(toPerson(p));
  }
  return { groups, guests: people.filter((p) => p.role === "guest").map(toPerson) };
}

export async function listInput(ctx: ServiceContext, conf: ConferenceRow, people: readonly ListPersonRow[]) {
  const found = await settingsForDocuments(ctx.db, await officeUnitOf(ctx, conf));
  if (!found) throw notFound("Không tìm thấy thiết lập văn bản của cơ quan thường trực.");
  const s = found.settings;
  const quotas = await publishedQuotas(ctx.db, conf.id);
  const seats = quotas.size > 0 ? [...quotas.values()].reduce((a, b) => a + b, 0) : null;
  const input: NominationListInput = {
    issuer: {
      issuingBody: s.issuingBody,
      parentBody: s.parentBody ?? undefined,
      symbol: s.symbol,
      place: s.place,
      date: todayIso(ctx.clock),
      signature: { authority: signerAuthorityLines(s), title: s.signerTitle, name: s.signerName ?? "" },
    },
    conferenceTitle: conf.title,
    conferenceUnitName: conf.unitName,
    plan: { numberSymbol: conf.planNumberSymbol, title: conf.planTitle, issuedOn: conf.planIssuedOn },
    ...groupsOf(people),
    exemplarSeats: seats,
  };
  return input;
}

export async function exportListDocument(ctx: ServiceContext, which: ListDocument, conferenceId?: string) {
  const conf = await readableConference(ctx, conferenceId);
  const people = (await compiledPeople(ctx.db, conf.id)).items;
  const input = await listInput(ctx, conf, people);
  const buffer =
    which === "proposal.docx"
      ? await (await loadDocs()).proposalDocx(input)
      : which === "list.docx"
        ? await (await loadDocs()).groupedListDocx(input)
        : await (await loadDocs()).groupedListXlsx(input);
  const filename = `${NAMES[which]} - ${conf.unitName} - ${formatDateVi(input.issuer.date).replaceAll("/", "-")}.${which.split(".")[1]}`;
  const list = await listOf(ctx.db, conf.id);
  await recordAudit(ctx.db, ctx, {
    action: "nomination_list.export",
    entityType: "conference",
    entityId: conf.id,
    unitId: conf.unitId,
    after: { document: which, rows: people.length, filename, listStatus: list?.status ?? "draft" },
  });
  return { buffer, filename };
}
