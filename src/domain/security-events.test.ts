import { describe, expect, it } from "vitest";
import { securityEventKind } from "./security-events.ts";

const kind = (status: number, code: string, matchedRoute = true, signedIn = true) =>
  securityEventKind({ status, code, matchedRoute, signedIn });

describe("which failures the security log keeps (issue #12 item 7)", () => {
  it("keeps refusals, sign-in and code failures, lockouts, conflicts", () => {
    expect(kind(401, "INVALID_CREDENTIALS", true, false)).toBe("sign_in_failed");
    expect(kind(401, "MFA_CODE_INVALID")).toBe("mfa_failed");
    expect(kind(429, "RATE_LIMITED", true, false)).toBe("throttled");
    expect(kind(423, "LOCKED", true, false)).toBe("throttled");
    expect(kind(403, "FORBIDDEN")).toBe("forbidden");
    expect(kind(403, "CSRF", true, false)).toBe("forbidden");
    expect(kind(404, "NOT_FOUND")).toBe("hidden");
    expect(kind(409, "STALE")).toBe("conflict");
    expect(kind(422, "IMPORT_INVALID")).toBe("unprocessable");
  });

  it("leaves out normal steps, unknown addresses, anonymous 404s, 400s and expired sessions", () => {
    expect(kind(403, "PASSWORD_CHANGE_REQUIRED")).toBeNull();
    expect(kind(403, "MFA_REQUIRED")).toBeNull();
    expect(kind(403, "MFA_ENROLMENT_REQUIRED")).toBeNull();
    expect(kind(404, "NOT_FOUND", false)).toBeNull();
    expect(kind(404, "NOT_FOUND", true, false)).toBeNull();
    expect(kind(400, "VALIDATION")).toBeNull();
    expect(kind(401, "UNAUTHENTICATED")).toBeNull();
    expect(kind(500, "INTERNAL")).toBeNull();
  });
});
