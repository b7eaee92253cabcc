/** The bell's data (SPEC K4): the signed-in user's notifications, refreshed every minute. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationPage } from "../../../domain/notifications.ts";
import { api } from "../../lib/api.ts";

export const notificationKeys = { page: ["notifications"] as const };

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.page,
    queryFn: () => api<NotificationPage>("/api/notifications?limit=20"),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | "all") =>
      id === "all"
        ? api("/api/notifications/read-all", { method: "POST" })
        : api(`/api/notifications/${id}/read`, { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.page }),
  });
}
