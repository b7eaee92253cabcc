/** Permission matrix: foundation routes (auth, users, audit, plans, health). */
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { all, type Case, only, USER_OF } from "./matrix-types.ts";

export const CORE_CASES: Record<string, Case> = {
  "GET /api/health": { expect: all(200, 200) },
  "GET /api/auth/csrf": { expect: all(200, 200) },
  "POST /api/auth/login": {
    expect: all(200, 200),
    request: (_f, who) => ({
      url: "/api/auth/login",
      payload: { username: who === "anonymous" ? "halan" : USER_OF[who], password: TEST_PASSWORD },
    }),
  },
  "POST /api/auth/logout": { expect: all(200), fresh: true },
  "GET /api/auth/me": { expect: all(200) },
  "POST /api/auth/password": {
    // A wrong current password proves the request reached the service (400), for every role.
    expect: all(400),
    request: () => ({
      url: "/api/auth/password",
      payload: { currentPassword: "sai", newPassword: "mat-khau-moi-123" },
    }),
  },
  "GET /api/users": { expect: only({ office: 200 }) },
  "POST /api/users": {
    expect: only({ office: 201 }),
    request: (f) => ({
      url: "/api/users",
      payload: { username: `matran${f.seq()}`, fullName: "Người dùng ma trận", role: "council" },
    }),
  },
  "PATCH /api/users/:id": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const id = await f.userIdOf("halan");
      const users = (await f.office.get("/api/users")).json().items as { id: string; version: number }[];
      return {
        url: `/api/users/${id}`,
        payload: { fullName: "Cán bộ Xã Hà Lan", version: users.find((u) => u.id === id)!.version },
      };
    },
  },
  "POST /api/users/:id/reset-password": {
    expect: only({ office: 200 }),
    request: async (f) => ({ url: `/api/users/${await f.userIdOf("phuson")}/reset-password` }),
  },
  "POST /api/users/:id/unlock": {
    expect: only({ office: 200 }),
    request: async (f) => ({ url: `/api/users/${await f.userIdOf("phuson")}/unlock` }),
  },
  "GET /api/audit": { expect: only({ office: 200 }) },
};
