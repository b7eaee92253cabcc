/**
 * Every write route leaves exactly one audit row (SPEC N2; issue #7 item 6), named from
 * the closed vocabulary and readable in words. Built on the permission matrix: for each
 * POST/PUT/PATCH/DELETE route it performs the matrix's call by the first role allowed to
 * make it, and counts the audit rows before and after — so a route another engineer adds
 * to a `matrix-*.ts` file is walked here too. Routes that write a different number of rows
 * are listed below with the reason.
 */
import { eq, gt, max } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../src/domain/audit/schemas.ts";
import { isAuditAction, isAuditEntity } from "../../src/domain/audit/vocabulary.ts";
import { auditEvents, notifications, outbox, users } from "../../src/server/db/schema/index.ts";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { allMatrixCases, makeFixtures, send } from "./matrix-fixtures.ts";
import { type Case, type Fixtures, USER_OF, WHO, type Who } from "./matrix-types.ts";

/** Routes whose allowed call writes other than one row, and why. */
const ROWS: Record<string, { rows: number; reason: string }> = {
  "POST /api/units/import": { rows: 0, reason: "the matrix's call is a dryRun preview: nothing is saved" },
  "POST /api/conferences/:id/delegates/import": {
    rows: 0,
    reason: "the matrix's call is a dryRun preview: nothing is saved",
  },
  "POST /api/conferences/:id/delegates": {
    rows: 2,
    reason:
      "the matrix adds a new person: the person joins the unit's list (person.create) and the conference",
  },
  "POST /api/conferences/:id/agenda/media": {
    rows: 2,
    reason: "the stored file's own row (file.upload) and the conference's (conference.agenda_media)",
  },
  "POST /api/unit-plans/mine/file": {
    rows: 2,
    reason: "the stored file's own row (file.upload) and the unit plan's (unit_plan.file)",
  },
  "POST /api/dossiers/mine/files": {
    rows: 2,
    reason: "the stored file's own row (file.upload) and the dossier item's (dossier.file)",
  },
  "POST /api/dossiers/mine/generate": {
    rows: 2,
    reason: "the generated draft is stored as a file (file.upload) of the dossier item (dossier.generate)",
  },
  "POST /api/conferences/:id/budget/lines/:lineId/receipt": {
    rows: 2,
    reason: "the stored file's own row (file.upload) and the budget's (budget.receipt)",
  },
  "POST /api/units/:id/certificate-layouts/:certificate/blank": {
    rows: 2,
    reason: "the stored image's own row (file.upload) and the layout's (certificate_layout.blank)",
  },
  "POST /api/notifications/:id/read": {
    rows: 0,
    reason: "a user marks their own notice read: the reader's own state, not a change to the plan's records",
  },
  "POST /api/quotas/simulate": {
    rows: 0,
    reason: "the what-if computes an allocation and saves nothing (F2)",
  },
  "POST /api/notifications/read-all": {
    rows: 0,
    reason: "a user marks their own notices read: the reader's own state, not a change to the plan's records",
  },
};

/** Write routes that cannot succeed in this walk, and where their audit row is tested instead. */
const ELSEWHERE: Record<string, string> = {
  "POST /api/outbox/:id/send":
    "needs an SMTP server: src/server/modules/outbox/outbox.int.test.ts sends through a local SMTP sink and checks its audit row",
};

/** Routes whose matrix call is refused for every role: the successful call is made here. */
const OVERRIDES: Record<string, { who: Exclude<Who, "anonymous">; user: string; request: Case["request"] }> =
  {
    // The matrix proves the route is reached with a wrong current password (400 for all).
    // A notice of the unit's own, written as the reminder job would.
    "POST /api/notifications/:id/read": {
      who: "unit",
      user: "badinh",
      request: async () => {
        const db = t.database.db;
        const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, "badinh"));
        const [n] = await db
          .insert(notifications)
          .values({ userId: user!.id, kind: "reminder", title: "Sắp đến hạn", body: "Nhắc việc", link: "/" })
          .returning({ id: notifications.id });
        return { url: `/api/notifications/${n!.id}/read` };
      },
    },
    // An e-mail waiting in the outbox, which the office skips.
    "POST /api/outbox/:id/skip": {
      who: "office",
      user: "vanphong",
      request: async () => {
        const [m] = await t.database.db
          .insert(outbox)
          .values({ toAddress: "canbo@example.vn", subject: "Nhắc việc", body: "Nhắc việc" })
          .returning({ id: outbox.id });
        return { url: `/api/outbox/${m!.id}/skip` };
      },
    },
    // Second factor (issue #12 item 3): a right first code confirms ximang's enrolment…
    "POST /api/auth/mfa/confirm": {
      who: "unit",
      user: "ximang",
      request: async () => {
        const { secret } = (await (await t.as("ximang")).post("/api/auth/mfa/enrol")).json();
        return { url: "/api/auth/mfa/confirm", payload: { code: await generate({ secret }) } };
      },
    },
    // …and an enrolled user (mttq) signs in with a recovery code.
    "POST /api/auth/mfa/verify": {
      who: "unit",
      user: "mttq",
      request: async () => {
        const c = await t.as("mttq");
        const { secret } = (await c.post("/api/auth/mfa/enrol")).json();
        const done = await c.post("/api/auth/mfa/confirm", { code: await generate({ secret }) });
        return { url: "/api/auth/mfa/verify", payload: { code: done.json().recoveryCodes[0] } };
      },
    },
    "POST /api/auth/password": {
      who: "unit",
      user: "halan",
      request: () => ({
        url: "/api/auth/password",
        payload: { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-moi-cua-ha-lan-2026" },
      }),
    },
  };

const CASES = await allMatrixCases();
const WRITES = Object.keys(CASES).filter((r) => !r.startsWith("GET ") && !(r in ELSEWHERE));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/iu;

let t: TestApp;
let f: Fixtures;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeFixtures(t);
});
afterAll(() => t?.close());

const lastId = async () =>
  (await t.database.db.select({ m: max(auditEvents.id) }).from(auditEvents))[0]?.m ?? 0;

/** The first role (in the matrix's order) whose call succeeds. */
function allowed(c: Case): Who | undefined {
  return WHO.find((who) => c.expect[who] >= 200 && c.expect[who] < 300);
}

describe("audit rows of every write route", () => {
  it("walks every write route the app serves", () => {
    const served = [...new Set(t.app.apiRoutes)].filter((r) => !r.startsWith("GET ")).sort();
    expect(served.filter((r) => !WRITES.includes(r) && !(r in ELSEWHERE))).toEqual([]);
    for (const r of WRITES)
      expect(allowed(CASES[r]!) ?? OVERRIDES[r], `${r}: no successful call`).toBeDefined();
  });

  for (const route of WRITES) {
    it(route, async () => {
      const c = CASES[route]!;
      const [method] = route.split(" ") as [string];
      const override = OVERRIDES[route];
      const who = override?.who ?? allowed(c)!;
      const req = await (override?.request ?? c.request ?? (() => ({ url: route.split(" ")[1]! })))(f, who);
      let client: Client;
      if (who === "anonymous") {
        client = t.anonymous();
        await client.fetchCsrf();
      } else {
        client = await t.as(override?.user ?? USER_OF[who]);
      }
      const from = await lastId();
      const res = await send(client, method, req);
      expect(res.statusCode, res.body).toBeLessThan(300);

      const rows = await t.database.db.select().from(auditEvents).where(gt(auditEvents.id, from));
      expect(rows.length, `audit rows written by ${route}`).toBe(ROWS[route]?.rows ?? 1);
      for (const r of rows) {
        expect(isAuditAction(r.action), `${r.action} is in the closed list`).toBe(true);
        expect(isAuditEntity(r.entityType), `${r.entityType} is in the closed list`).toBe(true);
      }
      // The office reads each of them in words: every field named, no id left.
      for (const r of rows) {
        const page = (await f.office.get(`/api/audit?entityType=${r.entityType}&pageSize=200`)).json();
        const item = (page.items as AuditEvent[]).find((i) => i.id === r.id)!;
        expect(item, `row ${r.id} listed`).toBeDefined();
        for (const ch of item.changes) {
          expect(ch.label, `${r.action}: label of ${ch.field}`).not.toBe("Thông tin khác");
          expect(`${ch.before ?? ""} ${ch.after ?? ""}`, `${r.action}: ${ch.field}`).not.toMatch(UUID);
        }
      }
    });
  }
});
