/**
 * Permission matrix: notifications, reminders and the outbox (SPEC K4). Everyone reads and
 * marks only their own notifications (another's id is 404); the plan's reminder policy is
 * read by all and changed by the office; only the office runs reminders and reviews the outbox.
 */
import { all, type Case, type Fixtures, only } from "./matrix-types.ts";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

async function currentPlanId(f: Fixtures): Promise<string> {
  return (await f.office.get("/api/plans/current")).json().id as string;
}

export const REMINDER_CASES: Record<string, Case> = {
  "GET /api/notifications": { expect: all(200) },
  "POST /api/notifications/:id/read": {
    expect: all(404),
    request: () => ({ url: `/api/notifications/${UNKNOWN}/read` }),
  },
  "POST /api/notifications/read-all": { expect: all(200) },
  "GET /api/plans/:id/reminder-policy": {
    expect: all(200),
    request: async (f) => ({ url: `/api/plans/${await currentPlanId(f)}/reminder-policy` }),
  },
  "PUT /api/plans/:id/reminder-policy": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const id = await currentPlanId(f);
      const { policy, version } = (await f.office.get(`/api/plans/${id}/reminder-policy`)).json();
      return { url: `/api/plans/${id}/reminder-policy`, payload: { policy, version } };
    },
  },
  "POST /api/reminders/run": { expect: only({ office: 200 }) },
  "GET /api/outbox": { expect: only({ office: 200 }) },
  // No SMTP_URL in tests: the office is told that e-mail is not configured (409).
  "POST /api/outbox/:id/send": {
    expect: only({ office: 409 }),
    request: () => ({ url: `/api/outbox/${UNKNOWN}/send` }),
  },
  "POST /api/outbox/:id/skip": {
    expect: only({ office: 404 }),
    request: () => ({ url: `/api/outbox/${UNKNOWN}/skip` }),
  },
  "PUT /api/outbox/settings": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const { settings } = (await f.office.get("/api/outbox")).json();
      return { url: "/api/outbox/settings", payload: { autoSend: false, version: settings.version } };
    },
  },
};
