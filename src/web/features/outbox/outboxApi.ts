/** The office's outbox (SPEC K4): e-mails waiting, sent, failed or skipped; send now, skip, automatic sending. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OutboxPage, OutboxSettings, OutboxStatus } from "../../../domain/notifications.ts";
import { api, qs } from "../../lib/api.ts";

export const OUTBOX_PAGE_SIZE = 20;

export function useOutbox(status: OutboxStatus | null, page: number) {
  return useQuery({
    queryKey: ["outbox", status, page],
    queryFn: () => api<OutboxPage>(`/api/outbox${qs({ status, page, limit: OUTBOX_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}

export const outboxApi = {
  send: (id: string) => api<{ status: OutboxStatus }>(`/api/outbox/${id}/send`, { method: "POST" }),
  skip: (id: string) => api<{ status: OutboxStatus }>(`/api/outbox/${id}/skip`, { method: "POST" }),
  setAutoSend: (autoSend: boolean, version: number) =>
    api<OutboxSettings>("/api/outbox/settings", { method: "PUT", body: { autoSend, version } }),
};
