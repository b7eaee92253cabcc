import type { User, UserCreate, UserUpdate } from "../../../domain/auth.ts";
import { api } from "../../lib/api.ts";

export type OneTimePassword = { user: User; password: string };

export const usersApi = {
  list: async () => (await api<{ items: User[] }>("/api/users")).items,
  create: (input: UserCreate) => api<OneTimePassword>("/api/users", { body: input }),
  update: (id: string, patch: UserUpdate) => api<User>(`/api/users/${id}`, { method: "PATCH", body: patch }),
  resetPassword: (id: string) =>
    api<OneTimePassword>(`/api/users/${id}/reset-password`, { method: "POST", body: {} }),
  unlock: (id: string) => api<User>(`/api/users/${id}/unlock`, { method: "POST", body: {} }),
  /** Issue #12 item 3: the user enrols again at next sign-in. */
  resetMfa: (id: string) => api<User>(`/api/users/${id}/mfa-reset`, { method: "POST", body: {} }),
};

export function userStatus(u: Pick<User, "active" | "locked">): { label: string; color: string } {
  if (!u.active) return { label: "Vô hiệu hóa", color: "gray" };
  if (u.locked) return { label: "Đã khóa", color: "red" };
  return { label: "Hoạt động", color: "green" };
}
