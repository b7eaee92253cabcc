/** Permission matrix: second factor (issue #12 item 3) and the security log (item 7). */
import { all, type Case, only, USER_OF } from "./matrix-types.ts";

export const SECURITY_CASES: Record<string, Case> = {
  "GET /api/auth/mfa": { expect: all(200) },
  // Every role may enrol (required of the office and the chairman, optional for the others).
  "POST /api/auth/mfa/enrol": { expect: all(200) },
  "POST /api/auth/mfa/confirm": {
    // An enrolment waiting, and a wrong code: 401 MFA_CODE_INVALID proves the route was reached.
    // The audit walk confirms with a right code (tests/int/audit-every-write.int.test.ts).
    expect: all(401),
    request: async (f, who) => {
      if (who !== "anonymous") await (await f.t.as(USER_OF[who])).post("/api/auth/mfa/enrol");
      return { url: "/api/auth/mfa/confirm", payload: { code: "000000" } };
    },
  },
  "POST /api/auth/mfa/verify": {
    // A session that is not waiting for a code: 409. The audit walk signs in with a code.
    expect: { ...all(409), anonymous: 401 },
    request: () => ({ url: "/api/auth/mfa/verify", payload: { code: "000000" } }),
  },
  "POST /api/users/:id/mfa-reset": {
    expect: only({ office: 200 }),
    request: async (f) => ({ url: `/api/users/${await f.userIdOf("phuson")}/mfa-reset` }),
  },
  "GET /api/security-events": { expect: only({ office: 200 }) },
  "GET /api/security-events/alerts": { expect: only({ office: 200 }) },
};
