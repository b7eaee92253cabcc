import type { User, UserCreate, UserUpdate } from "../../../domain/auth.ts";
import type { Page } from "../../../domain/paging.ts";
import type { Role } from "../../../domain/roles.ts";
import { api, qs } from "../../lib/api.ts";

/** Accounts a page (issue #11 item 5). */
export const USERS_PAGE_SIZE = 50;
export type UserFilter = { q: string; role: Role | null; page: number };

export type OneTimePassword = { user: User; password: string };

export const usersApi = {
  /** One page of accounts, filtered on the server (words without diacritics, role). */
  page: (f: UserFilter) =>
    api<Page<User>>(`/api/users${qs({ q: f.q, role: f.role, page: f.page, limit: USERS_PAGE_SIZE })}`),
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
