/** Propaganda API (SPEC J1): tasks, the log of items, the month's counts, the report. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type {
  ItemInput,
  PropagandaCounts,
  PropagandaItem,
  PropagandaTask,
  TaskInput,
  TaskStatus,
} from "../../../domain/propaganda.ts";
import { api, qs, request } from "../../lib/api.ts";

export const PAGE_SIZE = 20;
export const propagandaKeys = { all: ["propaganda"] as const };

export function useTasks(page: number) {
  return useQuery({
    queryKey: ["propaganda", "tasks", page],
    queryFn: () =>
      api<{ items: PropagandaTask[]; total: number }>(
        `/api/propaganda/tasks${qs({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** The actor's own unit's tasks not done yet: what an item being logged can belong to. */
export function usePendingTasks(unitId: string | null) {
  return useQuery({
    queryKey: ["propaganda", "pending-tasks", unitId],
    queryFn: () =>
      api<{ items: PropagandaTask[]; total: number }>(
        `/api/propaganda/tasks${qs({ unitId: unitId!, pending: "true", limit: 100, offset: 0 })}`,
      ),
    enabled: unitId !== null,
  });
}

export function useItems(month: string, page: number) {
  return useQuery({
    queryKey: ["propaganda", "items", month, page],
    queryFn: () =>
      api<{ items: PropagandaItem[]; total: number }>(
        `/api/propaganda/items${qs({ month, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCounts(month: string) {
  return useQuery({
    queryKey: ["propaganda", "counts", month],
    queryFn: () => api<PropagandaCounts>(`/api/propaganda/counts${qs({ month })}`),
  });
}

export const propagandaApi = {
  createTask: (body: TaskInput) => api<PropagandaTask>("/api/propaganda/tasks", { method: "POST", body }),
  setStatus: (id: string, body: { status: TaskStatus; version: number }) =>
    api<PropagandaTask>(`/api/propaganda/tasks/${id}/status`, { method: "POST", body }),
  logItem: (body: Partial<ItemInput>) =>
    api<PropagandaItem>("/api/propaganda/items", { method: "POST", body }),
  async upload(file: File): Promise<{ fileId: string; name: string }> {
    const form = new FormData();
    form.append("file", file, file.name);
    const res = await request("/api/propaganda/files", { method: "POST", form });
    return (await res.json()) as { fileId: string; name: string };
  },
};
