import type { Me } from "../../../domain/auth.ts";
import type { MfaEnrolment, MfaStatus, RecoveryCodes } from "../../../domain/mfa.ts";
import { api } from "../../lib/api.ts";

export const MFA_KEY = ["mfa"] as const;

/** Second factor (issue #12 item 3). */
export const securityApi = {
  status: () => api<MfaStatus>("/api/auth/mfa"),
  enrol: () => api<MfaEnrolment>("/api/auth/mfa/enrol", { method: "POST", body: {} }),
  confirm: (code: string) => api<RecoveryCodes>("/api/auth/mfa/confirm", { body: { code } }),
  verify: (code: string) => api<Me>("/api/auth/mfa/verify", { body: { code } }),
};
