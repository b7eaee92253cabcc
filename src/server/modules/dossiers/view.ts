/** API views of a dossier (G1, G3): checklist lines with their items, and a unit's completion summary. */
import {
  DOSSIER_ITEM_STATUS_LABELS,
  DOSSIER_STATE_LABELS,
  type DossierGenerator,
  type DossierItem,
  type DossierItemStatus,
  type DossierLine,
  type DossierSummary,
  dossierState,
  dossierTimeliness,
  timelinessLabel,
} from "../../../domain/dossiers.ts";
import type { CompletionRow, ItemRow, RequirementRow } from "./queries.ts";

export function toItem(r: ItemRow): DossierItem {
  const status = r.item.status as DossierItemStatus;
  return {
    id: r.item.id,
    requirementCode: r.item.requirementCode,
    person: r.person,
    status,
    statusLabel: DOSSIER_ITEM_STATUS_LABELS[status] ?? status,
    file: r.file ? { ...r.file, uploadedAt: r.file.uploadedAt.toISOString() } : null,
    generated: r.item.generated,
    submittedAt: r.item.submittedAt?.toISOString() ?? null,
    reviewedAt: r.item.reviewedAt?.toISOString() ?? null,
    reviewComment: r.item.reviewComment,
    version: r.item.version,
  };
}

const emptyItem = (code: string): DossierItem => ({
  id: null,
  requirementCode: code,
  person: null,
  status: "missing",
  statusLabel: DOSSIER_ITEM_STATUS_LABELS.missing,
  file: null,
  generated: false,
  submittedAt: null,
  reviewedAt: null,
  reviewComment: null,
  version: 0,
});

/** A line per checklist requirement; a single-document line always shows one item (maybe "missing"). */
export function toLines(reqs: RequirementRow[], items: ItemRow[]): DossierLine[] {
  return reqs.map((r) => {
    const mine = items.filter((i) => i.item.requirementCode === r.code).map(toItem);
    return {
      code: r.code,
      label: r.label,
      perNominee: r.perNominee,
      minCount: r.minCount,
      generator: r.generator as DossierGenerator | null,
      items: r.perNominee || mine.length > 0 ? mine : [emptyItem(r.code)],
    };
  });
}

export function toSummary(r: CompletionRow, dueOn: string | null, today: Date): DossierSummary {
  const state = dossierState(r);
  const t = dossierTimeliness(dueOn, r.completedAt, today);
  return {
    unitId: r.unitId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    required: r.required,
    submitted: r.submitted,
    accepted: r.accepted,
    returned: r.returned,
    completedAt: r.completedAt?.toISOString() ?? null,
    state,
    stateLabel: DOSSIER_STATE_LABELS[state],
    timeliness: t ? { ...t, label: timelinessLabel(t) } : null,
  };
}
