import type { SecurityAlerts, SecurityEvent, SecurityEventKind } from "../../../domain/security-events.ts";
import { api, qs } from "../../lib/api.ts";

export type SecurityLogFilter = { kind?: SecurityEventKind; username?: string; ip?: string };
export type SecurityLogPage = { items: SecurityEvent[]; total: number };

/** Alerts the home page lists; past these it says how many more there are. */
export const ALERTS_SHOWN = 10;

/** The security log (issue #12 item 7). */
export const securityLogApi = {
  list: (f: SecurityLogFilter & { limit: number; offset: number }) =>
    api<SecurityLogPage>(`/api/security-events${qs(f)}`),
  /** The first page of the alerts: the largest bursts, with how many there are in all. */
  alerts: () => api<SecurityAlerts>(`/api/security-events/alerts${qs({ page: 1, limit: ALERTS_SHOWN })}`),
};
