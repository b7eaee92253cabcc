/**
 * A conference's programme, presidium list and invitations as NĐ 30 docx (issue #10 item 10,
 * SPEC L1, D6, D7): header and signer from the unit's document settings, today's date.
 * Who may read the conference may export them (a unit user: its own only, 404 otherwise);
 * none carries personal data beyond names and positions. Every export is audited (N3).
 */
import { signerAuthorityLines } from "../../../domain/document-settings.ts";
import { formatDateVi, sortByPersonName } from "../../../domain/text.ts";
import type { ConferenceFacts, Guest, IssuerBlock } from "../../documents/conference-documents.ts";

/** docx loads on first use (issue #11 item 1). */
const builders = () => import("../../documents/conference-documents.ts");

import type { ServiceContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  listAgendaRows,
  listDelegateRows,
  listPresidiumRows,
  todayIso,
  visibleConference,
} from "../conferences/index.ts";
import { settingsForDocuments } from "../document-settings/index.ts";

export const CONFERENCE_DOCUMENTS = ["programme", "presidium", "invitations"] as const;
export type ConferenceDocument = (typeof CONFERENCE_DOCUMENTS)[number];

const FILE_NAMES: Record<ConferenceDocument, string> = {
  programme: "Chương trình hội nghị",
  presidium: "Danh sách đoàn chủ tịch",
  invitations: "Giấy mời",
};

const DEFAULT_TITLE = "Hội nghị điển hình tiên tiến";

export async function exportConferenceDocument(
  ctx: ServiceContext,
  conferenceId: string,
  which: ConferenceDocument,
): Promise<{ buffer: Buffer; filename: string }> {
  const conf = await visibleConference(ctx, ctx.db, conferenceId);
  const found = await settingsForDocuments(ctx.db, conf.unitId);
  if (!found) throw notFound("Không tìm thấy đơn vị của hội nghị.");
  const s = found.settings;
  const date = todayIso(ctx.clock);
  const issuer: IssuerBlock = {
    issuingBody: s.issuingBody,
    parentBody: s.parentBody ?? undefined,
    symbol: s.symbol,
    place: s.place,
    date,
    signature: { authority: signerAuthorityLines(s), title: s.signerTitle, name: s.signerName ?? "" },
  };
  const facts: ConferenceFacts = {
    title: conf.title ?? conf.form ?? DEFAULT_TITLE,
    date: conf.date,
    startTime: conf.startTime,
    endTime: conf.endTime,
    venue: conf.venue,
  };

  let buffer: Buffer;
  let rows: number;
  if (which === "programme") {
    const items = await listAgendaRows(ctx.db, [conferenceId]);
    rows = items.length;
    buffer = await (await builders()).programmeDocx(issuer, facts, items);
  } else {
    const delegates = await listDelegateRows(ctx.db, [conferenceId]);
    if (which === "presidium") {
      const byId = new Map(delegates.map((d) => [d.id, d]));
      const members = (await listPresidiumRows(ctx.db, [conferenceId])).flatMap((m) => {
        const d = byId.get(m.delegateId);
        return d ? [{ fullName: d.fullName, title: m.titleShown ?? d.person?.position ?? null }] : [];
      });
      rows = members.length;
      buffer = await (await builders()).presidiumDocx(issuer, facts, members);
    } else {
      const guests = sortByPersonName(
        delegates.filter((d) => d.role === "guest" && d.person),
        (d) => d.fullName,
      ).map(
        (d): Guest => ({
          fullName: d.fullName,
          gender: d.person!.gender === "male" || d.person!.gender === "female" ? d.person!.gender : null,
          position: [d.person!.position, d.person!.workplace].filter(Boolean).join(", ") || null,
        }),
      );
      rows = guests.length;
      buffer = await (await builders()).invitationsDocx(issuer, facts, guests);
    }
  }
  const filename = `${FILE_NAMES[which]} - ${conf.unitName} - ${formatDateVi(date).replaceAll("/", "-")}.docx`;
  await recordAudit(ctx.db, ctx, {
    action: "conference.documents_export",
    entityType: "conference",
    entityId: conferenceId,
    unitId: conf.unitId,
    after: { document: which, rows, filename },
  });
  return { buffer, filename };
}
