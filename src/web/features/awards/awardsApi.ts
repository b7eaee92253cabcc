/**
 * The awards API as the web uses it (SPEC H1, H2; issue #14): a conference's decisions a page
 * at a time, the award forms and the movements to choose from (every page, issue #11 item 5),
 * and the decision's documents.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CertificateKind } from "../../../domain/award-forms.ts";
import type {
  AwardDecisionInput,
  AwardDecisionList,
  AwardDecisionView,
  AwardFormView,
  MovementView,
} from "../../../domain/awards.ts";
import type { CertificateLayoutUpdate, CertificateLayoutView } from "../../../domain/certificates.ts";
import { api, fetchAllPages, qs } from "../../lib/api.ts";

/** Decisions per page of a conference's list. */
export const AWARDS_PAGE_LIMIT = 20;

export const awardKeys = {
  list: (conferenceId: string) => ["awards", conferenceId] as const,
  forms: ["award-forms"] as const,
  movements: ["movements"] as const,
  layout: (unitId: string, kind: CertificateKind) => ["certificate-layout", unitId, kind] as const,
};

const layoutUrl = (unitId: string, kind: CertificateKind) =>
  `/api/units/${unitId}/certificate-layouts/${kind}`;

export const awardDocs = {
  decision: (id: string) => `/api/awards/${id}/decision.docx`,
  certificates: (id: string) => `/api/awards/${id}/certificates.pdf`,
  readingList: (conferenceId: string) => `/api/conferences/${conferenceId}/awards/list.docx`,
  calibration: (unitId: string, kind: CertificateKind) => `${layoutUrl(unitId, kind)}/calibration.pdf`,
  file: (fileId: string) => `/api/files/${fileId}`,
};

export const awardsApi = {
  list: (conferenceId: string, page: number) =>
    api<AwardDecisionList>(
      `/api/conferences/${conferenceId}/awards${qs({ page, limit: AWARDS_PAGE_LIMIT })}`,
    ),
  create: (conferenceId: string, body: AwardDecisionInput) =>
    api<AwardDecisionView>(`/api/conferences/${conferenceId}/awards`, { body }),
  update: (id: string, body: AwardDecisionInput & { version: number }) =>
    api<AwardDecisionView>(`/api/awards/${id}`, { method: "PUT", body }),
  layout: (unitId: string, kind: CertificateKind) => api<CertificateLayoutView>(layoutUrl(unitId, kind)),
  saveLayout: (unitId: string, kind: CertificateKind, body: CertificateLayoutUpdate) =>
    api<CertificateLayoutView>(layoutUrl(unitId, kind), { method: "PUT", body }),
  uploadBlank: (unitId: string, kind: CertificateKind, version: number, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return api<CertificateLayoutView>(`${layoutUrl(unitId, kind)}/blank?version=${version}`, { form });
  },
  remove: (id: string, version: number) =>
    api<void>(`/api/awards/${id}?version=${version}`, { method: "DELETE" }),
};

export function useAwards(conferenceId: string, page: number) {
  return useQuery({
    queryKey: [...awardKeys.list(conferenceId), page],
    queryFn: () => awardsApi.list(conferenceId, page),
    placeholderData: keepPreviousData,
  });
}

/** Every form of the catalogue, for the pickers (one page of 500 today). */
export function useAwardForms() {
  return useQuery({
    queryKey: awardKeys.forms,
    queryFn: () => fetchAllPages<AwardFormView>("/api/award-forms", 500),
    staleTime: 60_000,
  });
}

/** Every movement, for the picker. */
export function useMovements() {
  return useQuery({
    queryKey: awardKeys.movements,
    queryFn: () => fetchAllPages<MovementView>("/api/movements", 500),
    staleTime: 60_000,
  });
}
