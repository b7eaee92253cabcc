import type { SecurityAlerts, SecurityEvent, SecurityEventKind } from "../../../domain/security-events.ts";
import { api, qs } from "../../lib/api.ts";

export type SecurityLogFilter = { kind?: SecurityEventKind; username?: string; ip?: string };
export type SecurityLogPage = { items: SecurityEvent[]; total: number };

/** The security log (issue #12 item 7). */
export const securityLogApi = {
  list: (f: SecurityLogFilter & { limit: number; offset: number }) =>
    api<SecurityLogPage>(`/api/security-events${qs(f)}`),
  alerts: () => api<SecurityAlerts>("/api/security-events/alerts"),
};
