/** Agenda media files (D7, G2): upload for a conference, then saved on an item with the agenda. */
import {
  AGENDA_MEDIA_EXTENSIONS,
  type AgendaMediaUpload,
  type ConferenceDetail,
} from "../../../../domain/conferences.ts";
import { download, request } from "../../../lib/api.ts";
import { type AgendaItemInput, conferencesApi } from "../conferencesApi.ts";

/** For the file input: the server checks the content again (PDF, Word, PNG/JPEG, MP4). */
export const AGENDA_MEDIA_ACCEPT = AGENDA_MEDIA_EXTENSIONS.join(",");

export const fileUrl = (fileId: string) => `/api/files/${fileId}`;

export type AgendaItemWithMedia = AgendaItemInput;

export const agendaMediaApi = {
  async upload(conferenceId: string, file: File): Promise<AgendaMediaUpload> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request(`/api/conferences/${conferenceId}/agenda/media`, { method: "POST", form });
    return (await res.json()) as AgendaMediaUpload;
  },
  save: (conferenceId: string, items: AgendaItemWithMedia[], version: number): Promise<ConferenceDetail> =>
    conferencesApi.setAgenda(conferenceId, items, version),
  download: (fileId: string, label: string) => download(fileUrl(fileId), label),
};
